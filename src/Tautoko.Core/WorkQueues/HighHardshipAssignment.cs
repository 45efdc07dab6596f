using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.WorkQueues;

/// <summary>
/// R-081 (003): for a high-hardship referral in the site F2F queue, the connector determines the case management
/// service, assigns a case manager and the programme tag, and completes the task.
/// </summary>
public static class HighHardshipAssignment
{
    public const string Rule = "R-081";

    /// <summary>The programme tags that are a case management service (LTCM and LMI1 are status tags).</summary>
    public static readonly IReadOnlyList<ProgrammeTagCode> Services =
    [
        ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.EmploymentCaseManagementReserve, ProgrammeTagCode.PhoneBasedCaseManagement,
        ProgrammeTagCode.DedicatedCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement, ProgrammeTagCode.IntensiveClientSupport,
        ProgrammeTagCode.GeneralCaseManagement,
    ];

    /// <summary>The connector (or the site's manager) decides; null when <paramref name="role"/> may.</summary>
    public static DomainError? MayAssign(StaffRole role) =>
        role is StaffRole.Connector or StaffRole.ServiceCentreManager
            ? null
            : new DomainError(Rule, "The connector (or the site's manager) decides the service and assigns the case manager.");

    /// <summary>Only a high-hardship referral is assigned a case manager from the queue; null when the task is one.</summary>
    public static DomainError? MayAssignFrom(WorkQueueTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Origin == TaskOrigin.HighHardship
            ? null
            : new DomainError(Rule, "Assigning a case manager from the queue is for high-hardship referrals.");
    }
}
