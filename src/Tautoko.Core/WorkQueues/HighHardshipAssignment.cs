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

    /// <summary>
    /// 003 ("Deep Dive: Supporting clients with high hardship needs"): the connector will "Determine what case management
    /// service will meet the client's needs" and "Assign a C19 CM or ISCM and add appropriate programme tag" — the
    /// general case managers (the C19 case managers) or Integrated Services Case Management, and nothing else.
    /// </summary>
    public static readonly IReadOnlyList<ProgrammeTagCode> Services =
    [
        ProgrammeTagCode.GeneralCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement,
    ];

    /// <summary>The service as the seed names it, for the connector's choice.</summary>
    public static string SeedName(ProgrammeTagCode service) => service switch
    {
        ProgrammeTagCode.GeneralCaseManagement => "C19 CM – general case management (GCM)",
        ProgrammeTagCode.IntegratedServicesCaseManagement => "ISCM – Integrated Services Case Management",
        _ => $"{service.ShortName()} – {service.DisplayName()}",
    };

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
