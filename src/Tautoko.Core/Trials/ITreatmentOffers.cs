using Tautoko.Core.Common;

namespace Tautoko.Core.Trials;

/// <summary>A treatment client the offer could not place, and why (in words a case manager can act on).</summary>
public sealed record NotOffered(ClientId ClientId, string Reason);

/// <summary>What offering a trial's treatment clients did: the proposal it made and applied, and who was not placed.</summary>
public sealed record TreatmentOffered(Guid ProposalId, int Placed, int AlreadyInService, IReadOnlyList<NotOffered> NotPlaced);

/// <summary>
/// a randomised trial's treatment clients offered to the caseloads of the service it tests through the national
/// assignment machinery (a proposal solved by the same min-cost flow, applied under the same capacity guard, R-014).
/// The caseloads answer it; the trials feature asks after checking who may offer.
/// </summary>
public interface ITreatmentOffers
{
    /// <summary>Makes the trial's proposal (of <paramref name="site"/>'s treatment clients only, when given) and applies it.</summary>
    Task<Outcome<TreatmentOffered>> OfferAsync(Guid trialId, SiteId? site, CancellationToken ct);
}
