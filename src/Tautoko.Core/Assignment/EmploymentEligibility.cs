using System.Globalization;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assignment;

/// <summary>What the assignment rules need to know of one client today.</summary>
public sealed record ClientAssignmentFacts(
    ClientId ClientId,
    SiteId HomeSiteId,
    RegionId HomeRegionId,
    DateOnly DateOfBirth,
    BenefitType Benefit,
    DateOnly? BenefitStartDate,
    WorkObligation Obligation,
    ClientFlags Flags,
    bool HasDependentChildren,
    bool HasLmi1,
    bool HasLowTrustTag,
    bool IsOnCaseload,
    DateOnly? LastPlacementEndedOn,
    bool LastPlacementEndedForContractedService);

/// <summary>Either a candidate for a proposal or the rule that keeps the client out, in words.</summary>
public sealed record EligibilityDecision(Candidate? Candidate, string Rule, string Explanation)
{
    public bool IsCandidate => Candidate is not null;
}

/// <summary>
/// Who an employment assignment proposal may place: on benefit, in a priority cohort,
/// not tagged Labour Market Indicator 1, not already on a caseload, not back from a contracted service.
/// </summary>
public static class EmploymentEligibility
{
    public const string ContinuityRule = "continuity";

    /// <param name="explain">False when only the decision is needed (a national proposal assesses hundreds of thousands of clients).</param>
    public static EligibilityDecision Assess(ClientAssignmentFacts facts, DateOnly today, bool regionHasPhoneService, bool explain = true)
    {
        // Continuity: clients already on a caseload are not moved by a proposal (a transfer moves them).
        if (facts.IsOnCaseload)
        {
            return new(null, ContinuityRule, "Already on a caseload: not moved by a proposal (continuity); a transfer request moves a client (R-007).");
        }

        if (facts.Benefit == BenefitType.None)
        {
            return new(null, "R-015", "Not on a main benefit.");
        }

        // LMI1 clients are likely to find work unaided; proposals leave them out, a case manager may still add them.
        if (facts.HasLmi1)
        {
            return new(null, "R-020", "Labour Market Indicator 1: likely to find work within three months without case management (R-019). Not proposed; a case manager may still add them, stating why (R-020).");
        }

        // after leaving for a contracted service a client is not re-assigned automatically.
        if (facts.LastPlacementEndedForContractedService)
        {
            var when = facts.LastPlacementEndedOn is { } d ? " on " + d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : string.Empty;
            return new(null, "R-027", $"Left case management for a contracted service{when}: not re-assigned automatically (R-027); a case manager may assign them back.");
        }

        var cohortFacts = new CohortFacts(facts.DateOfBirth, facts.Benefit, facts.BenefitStartDate, facts.Obligation, facts.HasDependentChildren);
        if (PriorityCohorts.CohortOf(cohortFacts, today) is not { } k)
        {
            return new(null, "R-015", explain ? PriorityCohorts.Classify(cohortFacts, today).Reason + "." : string.Empty);
        }

        string? phoneNote = null;
        if (facts.Benefit != BenefitType.JobseekerSupportWorkReady)
        {
            phoneNote = "phone-based is for Jobseeker Work Ready clients only (R-017)";
        }
        else if (facts.HasLowTrustTag || (facts.Flags & PhoneBasedRules.ExceptionFlags) != 0)
        {
            phoneNote = "phone-based exception: " + string.Join(", ", PhoneBasedRules.ExceptionsFor(facts.Flags, facts.HasLowTrustTag)) + " (R-018)";
        }
        else if (!regionHasPhoneService)
        {
            phoneNote = "phone-based case management does not serve the client's region (R-017)";
        }

        var since = Later(facts.BenefitStartDate, facts.LastPlacementEndedOn);
        var waited = since is { } s ? Math.Max(0, today.DayNumber - s.DayNumber) : 0;
        var candidate = new Candidate(facts.ClientId, facts.HomeSiteId, facts.HomeRegionId, k, waited, phoneNote is null, phoneNote);
        return new(candidate, "R-015", explain ? $"Eligible: {k.DisplayName()} ({PriorityCohorts.Classify(cohortFacts, today).Reason})." : string.Empty);
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
