using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Trials;

/// <summary>One client's outcome at a time point, from their benefit spells (seed 004: off-benefit outcomes).</summary>
public sealed record ClientOutcome(bool OffBenefit, bool OffBenefitIntoWork, int DaysOnBenefit);

/// <summary>
/// The outcome measures at a time point, from Tautoko's benefit history. A spell covers the days from its start up to,
/// but not including, its end date (the end date is the first day off that benefit). At the time point T:
/// <list type="bullet">
/// <item><b>off benefit</b>: no spell covers T;</item>
/// <item><b>off benefit into work</b>: off benefit at T, and the last spell that ended on or before T ended for work;</item>
/// <item><b>days on benefit</b>: the days from the selection date up to T (not including T) that some spell covers.</item>
/// </list>
/// </summary>
public static class TrialOutcomes
{
    /// <summary>The report's time points: 12, 24 and 36 months after selection (seed 004).</summary>
    public static IReadOnlyList<int> MonthsAfterSelection { get; } = [12, 24, 36];

    public static ClientOutcome At(IReadOnlyList<BenefitSpell> spells, DateOnly selectionDate, DateOnly timePoint)
    {
        static bool Covers(BenefitSpell s, DateOnly day) => s.StartedOn <= day && (s.EndedOn is null || s.EndedOn > day);

        var off = !spells.Any(s => Covers(s, timePoint));
        var last = spells.Where(s => s.EndedOn is { } end && end <= timePoint).OrderByDescending(s => s.EndedOn).FirstOrDefault();
        var intoWork = off && last?.EndReason == BenefitEndReason.Work;

        // The union of the spells' days within [selection, T), so overlapping spells are not counted twice.
        var intervals = spells
            .Select(s => (From: Max(s.StartedOn, selectionDate), To: Min(s.EndedOn ?? timePoint, timePoint)))
            .Where(i => i.From < i.To)
            .OrderBy(i => i.From)
            .ToList();
        var days = 0;
        DateOnly? coveredTo = null;
        foreach (var (from, to) in intervals)
        {
            var start = coveredTo is { } c && c > from ? c : from;
            if (to > start)
            {
                days += to.DayNumber - start.DayNumber;
                coveredTo = to;
            }
        }

        return new ClientOutcome(off, intoWork, days);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>
/// Small cells when the report leaves the analyst role (national office): counts are randomly rounded to base 3, as the
/// seed's statistical releases do (R-105: a count never moves more than 2; 1 or 2 may become 0 or 3), and any group
/// of fewer than <see cref="SuppressBelow"/> clients is suppressed — its statistics are not shown at all. The rounding
/// is seeded by the trial and cell, so the same report always shows the same rounded numbers (no averaging away).
/// </summary>
public static class TrialDisclosure
{
    public const int SuppressBelow = 10;

    public static int RandomRound3(int count, long trialSeed, string cell)
    {
        var remainder = count % 3;
        if (remainder == 0)
        {
            return count;
        }

        var hash = new TrialRandomisation.SplitMix64(trialSeed ^ StableHash(cell)).NextDouble();
        // Round up with probability remainder/3, down otherwise: unbiased in expectation.
        return hash < remainder / 3.0 ? count + (3 - remainder) : count - remainder;
    }

    private static long StableHash(string text)
    {
        unchecked
        {
            long h = (long)14695981039346656037UL;
            foreach (var ch in text)
            {
                h = (h ^ ch) * 1099511628211L;
            }

            return h;
        }
    }
}

/// <summary>
/// while a trial runs, its control group stays in business as usual. Every path that places a client in the
/// tested service asks this first: direct placement, a caseload add through another feature, a transfer, and the
/// national assignment's proposal and accept.
/// </summary>
public static class TrialProtection
{
    public static DomainError Refusal(string trialName) => new(
        "R-113",
        $"This client is in the control group of the randomised trial \"{trialName}\", so they stay in business as usual and cannot be placed in the tested service while the trial runs.");
}
