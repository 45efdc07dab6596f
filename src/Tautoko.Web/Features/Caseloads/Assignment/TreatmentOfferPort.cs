using Tautoko.Core.Assignment;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>
/// The caseloads' answer to <see cref="ITreatmentOffers"/>: a trial's proposal made by the assignment machinery
/// (<see cref="TrialProposals"/>) and applied at once by <see cref="ProposalDecisionHandler"/> (capacity guard R-014,
/// protected controls R-113). The proposal is kept, so its lines and every client's explanation can be reviewed after.
/// The trials feature has already decided who may offer, and for which site.
/// </summary>
public sealed class TreatmentOfferPort(AssignmentData data, TrialProposals trials, ProposalDecisionHandler decisions, CurrentStaff me) : ITreatmentOffers
{
    public async Task<Outcome<TreatmentOffered>> OfferAsync(Guid trialId, SiteId? site, CancellationToken ct)
    {
        var scope = await data.ScopeAsync(ProposalScope.Trial, trialId, site, ct);
        if (scope is null)
        {
            return Failure.NotFound("There is no such trial (or site).");
        }

        var actor = Actor.From(me);
        if (!(await trials.CreateAsync(scope, actor, ct)).TryGet(out var made, out var refused))
        {
            return refused;
        }

        if (!(await decisions.ApplyAsync(made.Id, actor, null, ct)).TryGet(out var applied, out var notApplied))
        {
            return notApplied;
        }

        return new TreatmentOffered(made.Id, applied.Placements, made.AlreadyInService, made.NotPlaced);
    }
}
