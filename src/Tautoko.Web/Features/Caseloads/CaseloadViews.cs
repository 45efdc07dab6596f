using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Web.Features.Caseloads;

/// <summary>One caseload's fill against capacity .</summary>
public sealed record CaseloadFill(
    Guid StaffId,
    string CaseManager,
    Guid SiteId,
    string Site,
    CaseManagementService Service,
    string ServiceShortName,
    int Capacity,
    int TargetCapacity,
    int Filled,
    bool OnLeaveToday)
{
    public int Free => Math.Max(0, Capacity - Filled);

    public int FillPercent => Capacity == 0 ? 0 : (int)Math.Round(100.0 * Filled / Capacity);
}

/// <summary>A client on a caseload, with time in service and cohort .</summary>
public sealed record CaseloadClient(
    Guid PlacementId,
    Guid ClientId,
    string ClientNumber,
    string Name,
    DateOnly StartedOn,
    int MonthsInService,
    TimeInServiceBand Band,
    string BandName,
    string? Cohort,
    bool HasLmi1,
    string PlacedBy,
    string PlacedHow,
    string PlacedReason);

/// <summary>Fill added up over a group of caseloads (a site, region or the country), by service.</summary>
public sealed record FillTotals(string Name, Guid? Id, int CaseManagers, int Capacity, int Filled, int EmploymentCapacity, int EmploymentFilled)
{
    public int Free => Math.Max(0, Capacity - Filled);

    public int EmploymentFree => Math.Max(0, EmploymentCapacity - EmploymentFilled);

    public int FillPercent => Capacity == 0 ? 0 : (int)Math.Round(100.0 * Filled / Capacity);
}

public sealed record MyCaseloadView(CaseloadFill Caseload, IReadOnlyList<CaseloadClient> Clients, int Total, int Green, int Orange, int Red, int Page, int PageSize)
{
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record SiteCaseloadsView(Guid SiteId, string Site, Guid RegionId, string Region, IReadOnlyList<CaseloadFill> Caseloads, IReadOnlyList<FillTotals> ByService, FillTotals Total);

public sealed record RollUpView(string Name, Guid? Id, IReadOnlyList<FillTotals> Rows, FillTotals Total);

/// <summary>What a change did: the record it concerns and the sentence that says so.</summary>
public sealed record Changed(Guid Id, string Message);

/// <summary>The caseloads' conflicts (409): a rule of the moment refused the change, named by its id.</summary>
public static class CaseloadFailures
{
    public const string RuleTitle = "The request breaks a rule";

    public static Failure Conflict(string rule, string message) => Failure.Conflict(new DomainError(rule, message), RuleTitle);

    public static Failure Conflict(DomainError error) => Failure.Conflict(error, RuleTitle);

    /// <summary>A conflict decided in Core, given the title the caseloads' conflicts carry; other failures as they are.</summary>
    public static Failure Titled(Failure failure) =>
        failure is Failure.StateConflict { Title: null } conflict ? Conflict(conflict.Error) : failure;
}
