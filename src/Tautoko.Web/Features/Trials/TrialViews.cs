using Tautoko.Core.Clients;
using Tautoko.Core.Trials;

namespace Tautoko.Web.Features.Trials;

/// <summary>One benefit with its qualifying work obligations .</summary>
public sealed record BenefitObligationInput(BenefitType? Benefit, IReadOnlyList<WorkObligation>? Obligations);

/// <summary>An age group on the selection date, both ends included .</summary>
public sealed record AgeGroupInput(int? From, int? To);

/// <summary>The eligibility criteria as data (seed 004 §3.1): omit to use the ICS-X criteria.</summary>
public sealed record CriteriaInput(IReadOnlyList<BenefitObligationInput>? Benefits, int? FirstEnteredBeforeAge, IReadOnlyList<BenefitType>? FirstBenefitNotIn, IReadOnlyList<AgeGroupInput>? AgeGroups);

/// <summary>
/// A new trial. <c>name</c>, <c>service</c> and <c>selectionDate</c> are required; <c>endsOn</c> defaults to 36 months after
/// selection (the last outcome), <c>criteria</c> to ICS-X, the ratio to 1:1.
/// </summary>
public sealed record TrialInput(string? Name, string? Service, DateOnly? SelectionDate, DateOnly? EndsOn, CriteriaInput? Criteria, bool? StratifyBySite, int? TreatmentWeight, int? ControlWeight, int? CapacityPerSite);

public sealed record TrialView(
    Guid Id, string Name, string Service, string ServiceName, DateOnly SelectionDate, DateOnly EndsOn, IReadOnlyList<string> Criteria,
    IReadOnlyList<string> AgeGroups, bool StratifyBySite, string Ratio, int? CapacityPerSite, bool Randomised, long? RandomSeed,
    DateTimeOffset? RandomisedAt, bool Running, int Treatment, int Control);

public sealed record TrialList(IReadOnlyList<TrialView> Trials);

/// <summary>An eligible client on the selection date, in their age group.</summary>
public sealed record EligibleClient(Guid ClientId, string ClientNumber, string Name, int AgeOnSelection, string AgeGroup, Guid SiteId, string SiteName);

public sealed record EligibleList(Guid TrialId, DateOnly SelectionDate, int Count, IReadOnlyList<EligibleClient> Clients);

/// <summary>Whether one client is eligible, and every failed criterion in words with its rule id.</summary>
public sealed record EligibilityView(Guid TrialId, Guid ClientId, bool Eligible, int AgeOnSelection, string? AgeGroup, IReadOnlyList<string> Reasons, string? Arm);

public sealed record StratumCount(string Stratum, int Treatment, int Control);

public sealed record RandomisationView(Guid TrialId, long Seed, DateTimeOffset RandomisedAt, int Assigned, int NotEnrolled, IReadOnlyList<StratumCount> Strata);

public sealed record AssignmentRow(Guid ClientId, string ClientNumber, string Name, string Arm, string AgeGroup, string Stratum, string SiteName, int Sequence, string? PlacedWith);

public sealed record AssignmentList(Guid TrialId, long? Seed, IReadOnlyList<StratumCount> Strata, IReadOnlyList<AssignmentRow> Clients);

/// <summary>
/// Treatment clients offered to the tested service's case managers at their home site through an assignment proposal
/// (kept at <c>/api/assignment/proposals/{proposalId}</c>), applied under the capacity guard.
/// </summary>
public sealed record OfferResult(Guid TrialId, int Placed, int AlreadyPlaced, int NoPlace, IReadOnlyList<string> Notes, Guid ProposalId, IReadOnlyList<NotPlacedRow> NotPlaced);

/// <summary>A treatment client the offer left unassigned, and why.</summary>
public sealed record NotPlacedRow(Guid ClientId, string ClientNumber, string Reason);

internal static class TrialText
{
    public static string Arm(TrialArm arm) => arm == TrialArm.Treatment ? "treatment" : "control";
}
