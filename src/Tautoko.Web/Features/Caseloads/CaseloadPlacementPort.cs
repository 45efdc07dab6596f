using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Configurations;

namespace Tautoko.Web.Features.Caseloads;

/// <summary>The caseloads' answer to <see cref="ICaseloadPlacement"/>: the same checks and guard as a direct placement.</summary>
public sealed class CaseloadPlacementPort(PlacementHandler placements) : ICaseloadPlacement
{
    public async Task<Outcome<PlacementTaken>> TakeAsync(PlacementRequest request, CancellationToken ct)
    {
        if (!(await placements.CheckAsync(request.ClientId, new PlaceInput(request.CaseManagerId.Value, request.Reason, request.Lmi1Reason), ct)).TryGet(out var plan, out var refusal))
        {
            return ForCaller(refusal);
        }

        if (request.Service is { } service && DirectPlacement.WhyNotOfService(service, plan.Service, plan.CaseManagerName) is { } otherService)
        {
            return Failure.Broken(otherService);
        }

        var taken = await placements.TakeAsync(plan, ct);
        return taken.IsDone ? new PlacementTaken(taken.Value.Id, plan.Service, plan.CaseManagerName) : ForCaller(taken.Failure);
    }

    public Failure? RefusalOnSave(Exception exception) =>
        exception is DbUpdateException update && update.Refused(CaseloadPlacementConfiguration.OneOpenPlacementPerClient) ? ForCaller(PlacementHandler.DuplicatePlacement) : null;

    /// <summary>
    /// The caller asked about a case manager it chose, so a missing caseload is a field to fix; a refusal links to no
    /// client's break-glass and a conflict carries the caller's own title.
    /// </summary>
    private static Failure ForCaller(Failure failure) => failure switch
    {
        Failure.Missing missing => Failure.Invalid("caseManagerId", $"Choose a case manager with a caseload. {missing.What}"),
        Failure.AccessRefused refused => Failure.Refused(refused.Decision),
        Failure.StateConflict conflict => Failure.Conflict(conflict.Error),
        _ => failure,
    };
}
