using System.Globalization;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assignment;

/// <summary>
/// National office's weights for assignment proposals. The solver maximises, over all proposed placements,
/// <code>
///   Σ placed (KeepFull + CohortPriority[cohort] + WaitingPerWeek × min(weeks waited, WaitingCapWeeks))
///   − MixOvershoot × Σ caseloads Σ cohorts max(0, clients of the cohort − target count)
///   − AwayFromHomeSite × (clients placed at another site of their region)
/// </code>
/// The defaults keep caseloads full first, then keep each one at its cohort mix, then put
/// youth first, then the longest waits. docs/ASSIGNMENT.md explains each term.
/// </summary>
public sealed record AssignmentWeights(
    int KeepFull,
    int YouthPriority,
    int UnderTwoYearsPriority,
    int OverTwoYearsPriority,
    int WithChildrenPriority,
    int WaitingPerWeek,
    int WaitingCapWeeks,
    int MixOvershoot,
    int? AwayFromHomeSite)
{
    public const int MaximumWeight = 1_000_000;

    public static AssignmentWeights Default { get; } = new(
        KeepFull: 1000,
        YouthPriority: 100,
        UnderTwoYearsPriority: 40,
        OverTwoYearsPriority: 20,
        WithChildrenPriority: 40,
        WaitingPerWeek: 1,
        WaitingCapWeeks: 52,
        MixOvershoot: 150,
        AwayFromHomeSite: 200);

    public int Priority(PriorityCohort cohort) => cohort switch
    {
        PriorityCohort.Youth => YouthPriority,
        PriorityCohort.UnderTwoYears => UnderTwoYearsPriority,
        PriorityCohort.OverTwoYears => OverTwoYearsPriority,
        PriorityCohort.WithChildren => WithChildrenPriority,
    };

    /// <summary>Weeks of waiting that count: whole weeks, capped.</summary>
    public int CountedWeeks(int waitedDays) => Math.Clamp(waitedDays / 7, 0, WaitingCapWeeks);

    /// <summary>What placing one client is worth before the mix and site terms.</summary>
    public long PlacementValue(PriorityCohort cohort, int waitedDays) => PlacementValueForWeeks(cohort, CountedWeeks(waitedDays));

    /// <summary><see cref="PlacementValue"/> of a client whose counted weeks of waiting are known.</summary>
    public long PlacementValueForWeeks(PriorityCohort cohort, int countedWeeks) =>
        KeepFull + (long)Priority(cohort) + ((long)WaitingPerWeek * countedWeeks);

    public void Validate()
    {
        int[] all = [KeepFull, YouthPriority, UnderTwoYearsPriority, OverTwoYearsPriority, WithChildrenPriority, WaitingPerWeek, WaitingCapWeeks, MixOvershoot, AwayFromHomeSite ?? 0];
        if (all.Any(w => w is < 0 or > MaximumWeight))
        {
            throw new DomainException(new DomainError("assignment-weights", string.Create(CultureInfo.InvariantCulture, $"Every weight is between 0 and {MaximumWeight}.")));
        }

        if (WaitingCapWeeks > 520)
        {
            throw new DomainException(new DomainError("assignment-weights", "Waiting counts for at most 520 weeks."));
        }
    }

    /// <summary>
    /// Plain-language checks of what the weights imply, shown beside every proposal: with the wrong weights
    /// priority silently beats the mix or the reverse, so say which way these weights lean.
    /// </summary>
    public IReadOnlyList<string> Implications()
    {
        var notes = new List<string>();
        var priorities = PriorityCohorts.All.Select(Priority).ToArray();
        var maxGain = priorities.Max() - priorities.Min() + ((long)WaitingPerWeek * WaitingCapWeeks);
        var maxPlacement = (long)KeepFull + priorities.Max() + ((long)WaitingPerWeek * WaitingCapWeeks);
        notes.Add(KeepFull > MixOvershoot + (AwayFromHomeSite ?? 0)
            ? "Caseloads are filled first: a free place is always taken when an eligible client is there (R-014)."
            : "KeepFull is not above MixOvershoot + AwayFromHomeSite: free places may stay empty rather than break the mix (R-014 at risk).");
        notes.Add(MixOvershoot > maxGain
            ? "The mix comes before priority: no cohort goes over its share while another is below it (R-015)."
            : string.Create(CultureInfo.InvariantCulture, $"Priority and waiting (up to {maxGain}) can outweigh MixOvershoot ({MixOvershoot}): caseloads may drift from the mix (R-015) — check the mix report."));
        var youthFirst = PriorityCohorts.All.Where(c => c != PriorityCohort.Youth)
            .All(c => YouthPriority > Priority(c) + ((long)WaitingPerWeek * WaitingCapWeeks));
        notes.Add(youthFirst
            ? "Within the mix, youth come first whatever the others waited (R-016)."
            : "Waiting time can outweigh youth priority: a long-waiting client may be chosen before a young one (R-016 at risk).");
        notes.Add(AwayFromHomeSite is null
            ? "Clients go only to their home site (or the phone-based unit serving their region)."
            : AwayFromHomeSite >= maxPlacement
                ? "Another site of the region is never used (the cost is above the value of a placement)."
                : "Home site first; another site of the region only when the home site has no free place.");
        return notes;
    }
}

/// <summary>The weights and the target mix together: what national office sets and every proposal records.</summary>
public sealed record AssignmentPolicy(AssignmentWeights Weights, CohortMix Mix)
{
    public static AssignmentPolicy Default { get; } = new(AssignmentWeights.Default, CohortMix.Seed);

    public void Validate()
    {
        Weights.Validate();
        Mix.Validate();
    }
}
