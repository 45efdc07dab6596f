using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Caseloads;

/// <summary>What another feature asks of the caseloads: put this client on this case manager's caseload.</summary>
/// <param name="Service">When set, the case manager's caseload must be of this service (the connector decided it, R-081).</param>
public sealed record PlacementRequest(ClientId ClientId, StaffId CaseManagerId, string Reason, string? Lmi1Reason, ProgrammeTagCode? Service);

/// <summary>The place that was taken.</summary>
public sealed record PlacementTaken(Guid PlacementId, CaseManagementService Service, string CaseManagerName);

/// <summary>
/// A place on a case manager's caseload taken for another feature's use case (R-081: the connector assigns a
/// high-hardship client a case manager), with the caseloads' own checks and capacity guard
/// . It runs in the caller's transaction: the place is taken at once by the guarded update, and the placement,
/// its programme tag, log entry and audit rows join the caller's unit of work, saved with the caller's own change.
/// </summary>
public interface ICaseloadPlacement
{
    Task<Outcome<PlacementTaken>> TakeAsync(PlacementRequest request, CancellationToken ct);

    /// <summary>
    /// The failure to answer when saving the caller's unit of work was refused because the client was placed on a
    /// caseload meanwhile (the one-open-placement constraint), or null when the error is something else.
    /// </summary>
    Failure? RefusalOnSave(Exception exception);
}
