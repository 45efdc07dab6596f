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
        var (refusal, plan) = await placements.CheckAsync(request.ClientId, new PlaceInput(request.CaseManagerId.Value, request.Reason, request.Lmi1Reason), ct);
        if (plan is null)
        {
            return AsFailure(refusal!);
        }

        if (request.Service is { } service && plan.Service.Tag() != service)
        {
            return Failure.Broken(new DomainError("R-081", $"{plan.CaseManagerName}'s caseload is {plan.Service.DisplayName()} ({plan.Service.ShortName()}): choose a case manager of the service decided on."));
        }

        var taken = await placements.TakeAsync(plan, ct);
        return taken is CaseloadChange.Done done ? new PlacementTaken(done.PlacementId, plan.Service, plan.CaseManagerName) : AsFailure(taken);
    }

    public Failure? RefusalOnSave(Exception exception) =>
        exception is DbUpdateException update && update.Refused(CaseloadPlacementConfiguration.OneOpenPlacementPerClient) ? AsFailure(PlacementHandler.DuplicatePlacement) : null;

    private static Failure AsFailure(CaseloadChange change) => change switch
    {
        CaseloadChange.Invalid invalid => Failure.Invalid(invalid.Problems),
        CaseloadChange.Missing missing => Failure.Invalid("caseManagerId", $"Choose a case manager with a caseload. {missing.What}"),
        CaseloadChange.Refused refused => Failure.Refused(refused.Decision),
        CaseloadChange.Broken broken => Failure.Broken(broken.Error),
        CaseloadChange.Conflict conflict => Failure.Conflict(conflict.Error),
        _ => throw new InvalidOperationException($"A placement that was made is not a refusal: {change}."),
    };
}
