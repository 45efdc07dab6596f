using System.Globalization;
using Tautoko.Core.Clients;

namespace Tautoko.Core.Caseloads;

/// <summary>R-015: the priority cohorts of an employment caseload (002), in the order of the target mix 50/30/10/10.</summary>
public enum PriorityCohort
{
    /// <summary>Aged 18–24 with part- or full-time work obligations (mostly JS-WR, some JS-HCD or SPS). First priority .</summary>
    Youth = 0,

    /// <summary>Jobseeker Support – Work Ready, on benefit for less than 24 months.</summary>
    UnderTwoYears = 1,

    /// <summary>Jobseeker Support – Work Ready, on benefit for more than 24 months.</summary>
    OverTwoYears = 2,

    /// <summary>Jobseeker Support – Work Ready with dependent children.</summary>
    WithChildren = 3,
}

/// <summary>What the cohort rules need to know of a client.</summary>
public sealed record CohortFacts(DateOnly DateOfBirth, BenefitType Benefit, DateOnly? BenefitStartDate, WorkObligation Obligation, bool HasDependentChildren);

/// <summary>A client's cohort, or why they are in none.</summary>
public sealed record CohortDecision(PriorityCohort? Cohort, string Reason);

public static class PriorityCohorts
{
    public const int Count = 4;

    public static IReadOnlyList<PriorityCohort> All { get; } = Enum.GetValues<PriorityCohort>();

    /// <summary>
    /// A client who fits two cohorts counts in the first of: youth (first priority), dependent
    /// children (the smallest cohort, which would otherwise be crowded out), under 24 months, over 24 months.
    /// </summary>
    public static CohortDecision Classify(CohortFacts facts, DateOnly today)
    {
        var cohort = CohortOf(facts, today);
        return new(cohort, Reason(facts, today, cohort));
    }

    /// <summary>The cohort alone, without the words: for proposals that classify hundreds of thousands of clients.</summary>
    public static PriorityCohort? CohortOf(CohortFacts facts, DateOnly today)
    {
        var age = AgeOn(facts.DateOfBirth, today);

        // first priority goes to 18–24 year olds with part- or full-time work obligations (any benefit).
        if (age is >= 18 and <= 24 && facts.Obligation is WorkObligation.FullTime or WorkObligation.PartTime)
        {
            return PriorityCohort.Youth;
        }

        if (facts.Benefit != BenefitType.JobseekerSupportWorkReady)
        {
            return null;
        }

        if (facts.HasDependentChildren)
        {
            return PriorityCohort.WithChildren;
        }

        return MonthsOnBenefit(facts.BenefitStartDate, today) < 24 ? PriorityCohort.UnderTwoYears : PriorityCohort.OverTwoYears;
    }

    private static string Reason(CohortFacts facts, DateOnly today, PriorityCohort? cohort)
    {
        var age = AgeOn(facts.DateOfBirth, today);
        var months = MonthsOnBenefit(facts.BenefitStartDate, today);
        return cohort switch
        {
            PriorityCohort.Youth => string.Create(CultureInfo.InvariantCulture, $"aged {age} with {facts.Obligation.DisplayName().ToLowerInvariant()} work obligations"),
            PriorityCohort.WithChildren => "Jobseeker Work Ready with dependent children",
            PriorityCohort.UnderTwoYears or PriorityCohort.OverTwoYears => string.Create(CultureInfo.InvariantCulture, $"Jobseeker Work Ready, {months} months on benefit"),
            null => "Not in a priority cohort: " + (age is >= 18 and <= 24
                ? $"aged {age.ToString(CultureInfo.InvariantCulture)} but with {facts.Obligation.DisplayName().ToLowerInvariant()} obligations"
                : $"{facts.Benefit.ShortName()}, not Jobseeker Support – Work Ready, and not aged 18–24 with part- or full-time obligations"),
        };
    }

    public static string DisplayName(this PriorityCohort cohort) => cohort switch
    {
        PriorityCohort.Youth => "18–24 with work obligations",
        PriorityCohort.UnderTwoYears => "JS-WR under 24 months",
        PriorityCohort.OverTwoYears => "JS-WR over 24 months",
        PriorityCohort.WithChildren => "JS-WR with dependent children",
    };

    public static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        return date < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    /// <summary>Whole months since the benefit started; an unknown start counts as just started.</summary>
    public static int MonthsOnBenefit(DateOnly? start, DateOnly today) =>
        start is { } s ? TimeInService.Months(s, today) : 0;
}
