using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Trials;

/// <summary>
/// What eligibility needs to know of one client. <see cref="Benefit"/> and <see cref="Obligation"/> are those of the
/// spell open on the selection date (the client's current benefit when the history has none); the first benefit is the
/// earliest spell in the history, or the client's recorded first benefit and age at first entry when the history
/// does not reach back that far.
/// </summary>
public sealed record EligibilityFacts(
    ClientId ClientId,
    DateOnly DateOfBirth,
    BenefitType Benefit,
    WorkObligation Obligation,
    DateOnly? FirstBenefitStartedOn,
    BenefitType? FirstBenefit,
    int? FirstBenefitAge);

/// <summary>The answer for one client: eligible in an age group (the stratum), or each failed criterion in words.</summary>
public sealed record EligibilityAnswer(ClientId ClientId, int AgeOnSelection, AgeGroup? Group, IReadOnlyList<string> Reasons)
{
    public bool Eligible => Group is not null && Reasons.Count == 0;
}

/// <summary>Applies a trial's <see cref="TrialCriteria"/> on its selection date (seed 004 §3.1; R-110, R-111, R-112).</summary>
public static class TrialEligibility
{
    /// <summary>Whole years of age on a date (a birthday on the date counts: someone turning 25 that day is 25).</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        return date < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    public static EligibilityAnswer Check(TrialCriteria criteria, DateOnly selectionDate, EligibilityFacts facts)
    {
        var reasons = new List<string>();
        var age = AgeOn(facts.DateOfBirth, selectionDate);

        // R-110: the benefit and obligation combination on the selection date.
        if (facts.Benefit == BenefitType.None)
        {
            reasons.Add("R-110: not on a main benefit on the selection date.");
        }
        else if (!criteria.Benefits.Any(b => b.Benefit == facts.Benefit && b.Obligations.Contains(facts.Obligation)))
        {
            reasons.Add($"R-110: on {facts.Benefit.DisplayName()} with {facts.Obligation.DisplayName().ToLowerInvariant()} obligations on the selection date, which is not one of the trial's benefit and obligation combinations.");
        }

        // R-111: first entered the benefit system before age N (a first benefit that starts on the Nth birthday is too late).
        if (criteria.FirstEnteredBeforeAge is { } before)
        {
            if (facts.FirstBenefitStartedOn is { } firstOn)
            {
                if (firstOn >= facts.DateOfBirth.AddYears(before))
                {
                    reasons.Add($"R-111: first entered the benefit system on {firstOn:d MMMM yyyy}, at age {AgeOn(facts.DateOfBirth, firstOn)}, not before age {before}.");
                }
            }
            else if (facts.FirstBenefitAge is { } firstAge)
            {
                if (firstAge >= before)
                {
                    reasons.Add($"R-111: first entered the benefit system at age {firstAge}, not before age {before}.");
                }
            }
            else
            {
                reasons.Add($"R-111: the record does not show when the client first entered the benefit system, so entry before age {before} cannot be shown.");
            }
        }

        // R-111: the first benefit was not one of the excluded benefits (Sickness Benefit, SLP).
        if (criteria.FirstBenefitNotIn.Count > 0)
        {
            if (facts.FirstBenefit is { } first && criteria.FirstBenefitNotIn.Contains(first))
            {
                reasons.Add($"R-111: the first benefit was {first.DisplayName()}, which the trial excludes.");
            }
            else if (facts.FirstBenefit is null)
            {
                reasons.Add("R-111: the record does not show the client's first benefit.");
            }
        }

        // R-112: the age group on the selection date.
        var group = criteria.AgeGroups.FirstOrDefault(g => g.Contains(age));
        if (group is null)
        {
            reasons.Add($"R-112: aged {age} on the selection date, outside the age groups {string.Join(" and ", criteria.AgeGroups.Select(g => g.Label))}.");
        }

        return new EligibilityAnswer(facts.ClientId, age, group, reasons);
    }
}
