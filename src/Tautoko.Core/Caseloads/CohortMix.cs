using System.Globalization;
using Tautoko.Core.Common;

namespace Tautoko.Core.Caseloads;

/// <summary>
/// the target shares of an employment caseload, in percent: 50% youth, 30% JS-WR under 24 months,
/// 10% JS-WR over 24 months, 10% JS-WR with dependent children. National office (or a what-if) may change them.
/// </summary>
public sealed record CohortMix(int Youth, int UnderTwoYears, int OverTwoYears, int WithChildren)
{
    public static CohortMix Seed { get; } = new(50, 30, 10, 10);

    public int Share(PriorityCohort cohort) => cohort switch
    {
        PriorityCohort.Youth => Youth,
        PriorityCohort.UnderTwoYears => UnderTwoYears,
        PriorityCohort.OverTwoYears => OverTwoYears,
        PriorityCohort.WithChildren => WithChildren,
    };

    public void Validate()
    {
        if (Youth < 0 || UnderTwoYears < 0 || OverTwoYears < 0 || WithChildren < 0 || Youth + UnderTwoYears + OverTwoYears + WithChildren != 100)
        {
            throw new DomainException(new DomainError("R-015", "The cohort mix is four shares of 0–100% that add up to 100%."));
        }
    }

    /// <summary>
    /// Target counts for a full caseload of <paramref name="capacity"/>: each share of the capacity, rounded
    /// by largest remainder so they add up to the capacity exactly (105 → 53/32/10/10 at 50/30/10/10).
    /// </summary>
    public int[] Targets(int capacity)
    {
        var targets = new int[PriorityCohorts.Count];
        var remainders = new (int Remainder, int Cohort)[PriorityCohorts.Count];
        var assigned = 0;
        for (var k = 0; k < PriorityCohorts.Count; k++)
        {
            var exact = capacity * Share((PriorityCohort)k);
            targets[k] = exact / 100;
            remainders[k] = (exact % 100, k);
            assigned += targets[k];
        }

        // Ties go to the higher-priority cohort.
        foreach (var (_, cohort) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Cohort).Take(capacity - assigned))
        {
            targets[cohort]++;
        }

        return targets;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Youth}/{UnderTwoYears}/{OverTwoYears}/{WithChildren}");
}
