using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Hardship;
using Tautoko.Core.Releases;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Fairness;

/// <summary>The breakdowns of the fairness report, in the order shown.</summary>
public enum FairnessDimension
{
    Cohort = 0,
    AgeGroup = 1,
    Gender = 2,
    Ethnicity = 3,
    Site = 4,
}

/// <summary>One category of a breakdown: a stable code (API) and the words shown.</summary>
public sealed record FairnessCategory(string Code, string Label);

/// <summary>
/// How the fairness report puts a client into each breakdown (SPEC §9 and §11; the "fairness and decisions").
/// Cohort is R-015's priority cohort of the client's current record classified at the period's end (or none); age group
/// is the age at the period's end in the bands under 18, 18–24, 25–29, 30–39, 40–49, 50–64 and 65+; gender and
/// ethnicity are as self-identified, "not recorded" a category of its own; ethnicity counts a person in every group they
/// name (total response), so its rows can add to more than the total.
/// </summary>
public static class FairnessRules
{
    public const string NoCohort = "none";
    public const string NotRecorded = "notRecorded";

    public static IReadOnlyList<FairnessCategory> Cohorts { get; } =
        [.. PriorityCohorts.All.Select(c => new FairnessCategory(Code(c), c.DisplayName())), new FairnessCategory(NoCohort, "Not in a priority cohort")];

    public static IReadOnlyList<(int Min, int Max, FairnessCategory Category)> AgeBands { get; } =
    [
        (0, 17, new("under18", "Under 18")),
        (18, 24, new("18-24", "18–24")),
        (25, 29, new("25-29", "25–29")),
        (30, 39, new("30-39", "30–39")),
        (40, 49, new("40-49", "40–49")),
        (50, 64, new("50-64", "50–64")),
        (65, int.MaxValue, new("65+", "65 and over")),
    ];

    public static IReadOnlyList<FairnessCategory> Genders { get; } =
        [.. Enum.GetValues<Gender>().Where(g => g != Staff.Gender.Undeclared).Select(g => new FairnessCategory(Code(g), g.DisplayName())),
            new FairnessCategory(Code(Staff.Gender.Undeclared), Staff.Gender.Undeclared.DisplayName()), new FairnessCategory(NotRecorded, "Not recorded")];

    public static IReadOnlyList<FairnessCategory> Ethnicities { get; } =
        [.. EthnicGroupNames.Groups.Select(g => new FairnessCategory(Code(g), g.DisplayName())), new FairnessCategory(NotRecorded, "Not recorded")];

    /// <summary>The outcomes of reviews that overturn the decision: at internal review or at the Benefit Review Committee.</summary>
    public static bool Overturns(ReviewOutcome outcome) => outcome is ReviewOutcome.OverturnedAtInternalReview or ReviewOutcome.OverturnedAtBrc;

    public static string CohortOf(CohortFacts facts, DateOnly periodEnd) =>
        PriorityCohorts.CohortOf(facts, periodEnd) is { } cohort ? Code(cohort) : NoCohort;

    public static string AgeGroupOf(DateOnly dateOfBirth, DateOnly periodEnd)
    {
        var age = PriorityCohorts.AgeOn(dateOfBirth, periodEnd);
        return AgeBands.First(b => age <= b.Max).Category.Code;
    }

    public static string GenderOf(Gender? gender) => gender is { } g ? Code(g) : NotRecorded;

    /// <summary>Every ethnicity category the client counts in (total response): their groups, or "not recorded".</summary>
    public static IEnumerable<string> EthnicitiesOf(EthnicGroups groups) =>
        groups == EthnicGroups.NotRecorded ? [NotRecorded] : groups.Each().Select(Code);

    private static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

/// <summary>A count as the reader sees it: the value (null when suppressed) and whether it was suppressed.</summary>
public sealed record ProtectedCount(int? Value, bool Suppressed);

/// <summary>
/// Small-cell protection of the fairness report, as releases protect their cells: for anyone but the analyst role
/// every count is rounded by its cell key (<see cref="CellKeyRounding"/>, the records' keys under the standing key), so the
/// same records round the same way in every breakdown, every release with that key and every re-run; a rounded count
/// below <see cref="Threshold"/> (0 or 3) is suppressed; a rate is computed from the rounded counts and shown only when
/// both are shown. The analyst sees true counts and rates, flagged as unrounded.
/// </summary>
public sealed class FairnessProtection(HashKey key, bool unrounded)
{
    public const int Threshold = 6;

    public const string Rule = CellKeyRounding.Rule;

    public bool Unrounded { get; } = unrounded;

    public ProtectedCount Count(CellTally cell)
    {
        if (Unrounded)
        {
            return new ProtectedCount(cell.Count, false);
        }

        var rounded = CellKeyRounding.Round(key, cell);
        return rounded < Threshold ? new ProtectedCount(null, true) : new ProtectedCount(rounded, false);
    }

    /// <summary>Numerator over denominator of the counts as shown (rounded for all but the analyst); null when either is suppressed or the denominator is 0.</summary>
    public static decimal? Rate(ProtectedCount numerator, ProtectedCount denominator) =>
        numerator.Value is { } n && denominator.Value is { } d && d > 0 ? Math.Round((decimal)n / d, 4) : null;

    public string Describe() => Unrounded
        ? "True counts (analyst view, unrounded): not for publication."
        : $"Counts are randomly rounded to base 3 by cell key ({Rule}, the same records round the same way wherever they are counted); a rounded count under {Threshold} is suppressed; rates are computed from the rounded counts and shown only when both counts are.";
}
