using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.Trials;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials;

/// <summary>One outcome measure compared between the arms; null numbers are suppressed (small cells) or not computable.</summary>
public sealed record OutcomeMeasure(
    string Measure, string Label, int? TreatmentCount, int? ControlCount, double? Treatment, double? Control,
    double? Difference, double? Lower, double? Upper, double? PValue, string? Caution);

/// <summary>One group (all clients, or an age group) at a time point: each arm's n and the three measures.</summary>
public sealed record OutcomeGroup(string Group, int? TreatmentN, int? ControlN, IReadOnlyList<OutcomeMeasure> Measures, string? Caution);

public sealed record OutcomeTimePoint(int Months, DateOnly Date, bool Available, string? Note, IReadOnlyList<OutcomeGroup> Groups);

public sealed record OutcomeReport(Guid TrialId, string Name, DateOnly SelectionDate, bool Randomised, string Method, bool Protected, string? ProtectionNote, IReadOnlyList<OutcomeTimePoint> TimePoints);

/// <summary>
/// The outcome report (SPEC §10, seed 004): treatment against control at 12, 24 and 36 months after selection, from
/// Tautoko's benefit history, by intention to treat (every client analysed in the arm they were drawn into, whatever
/// service they actually got), overall and by age group. National office sees it whole; anyone else — or national office
/// asking for the release version — sees small cells protected (<see cref="TrialDisclosure"/>).
/// </summary>
public sealed class OutcomesHandler(TautokoDbContext db, CurrentStaff me, TimeProvider clock)
{
    public const string Method =
        "Intention to treat: every client is analysed in the group they were randomly assigned to, whatever service they received. " +
        "Off benefit and off benefit into work: the difference in proportions (treatment − control) with a Wald 95 % confidence interval, and the two-sided " +
        "p-value of the two-proportion z-test with a pooled standard error. Days on benefit since selection: the difference in means with Welch's t-test " +
        "(unequal variances, Welch–Satterthwaite degrees of freedom) and its 95 % confidence interval. Computed with MathNet.Numerics. " +
        "A client is off benefit at a time point when no benefit spell covers that day; off benefit into work when, in addition, the last spell ended for work.";

    public async Task<Outcome<OutcomeReport>> ReportAsync(Guid trialId, bool release, CancellationToken ct)
    {
        if (TrialAccess.SiteOrNational(me, "see a trial's outcomes") is { } refused)
        {
            return refused;
        }

        var trial = await db.Trials.AsNoTracking().SingleOrDefaultAsync(t => t.Id == trialId, ct);
        if (trial is null)
        {
            return Failure.NotFound("There is no such trial.");
        }

        var protect = release || me.Role != StaffRole.NationalOffice;
        var today = DateDisplay.TodayInAuckland(clock);
        var assigned = await db.TrialAssignments.AsNoTracking().Where(a => a.TrialId == trialId)
            .Select(a => new { a.ClientId, a.Arm, a.AgeGroup }).ToListAsync(ct);
        var ids = assigned.Select(a => a.ClientId).ToList();
        var spells = new List<BenefitSpell>();
        foreach (var chunk in ids.Chunk(2000))
        {
            spells.AddRange(await db.BenefitSpells.AsNoTracking().Where(s => chunk.Contains(s.ClientId)).ToListAsync(ct));
        }

        var byClient = spells.ToLookup(s => s.ClientId);
        var groups = new List<string> { "All" };
        groups.AddRange(trial.Criteria.AgeGroups.Select(g => g.Label));
        var points = new List<OutcomeTimePoint>();
        foreach (var months in TrialOutcomes.MonthsAfterSelection)
        {
            var date = trial.SelectionDate.AddMonths(months);
            if (date > today)
            {
                points.Add(new OutcomeTimePoint(months, date, false, $"Follow-up too short: the {months}-month point is {date:d MMMM yyyy}, after today, so there is nothing to compare yet.", []));
                continue;
            }

            var outcomes = assigned.Select(a => (a.Arm, a.AgeGroup, Outcome: TrialOutcomes.At([.. byClient[a.ClientId]], trial.SelectionDate, date))).ToList();
            var rows = groups.Select(g => Group(g, [.. outcomes.Where(o => g == "All" || o.AgeGroup == g).Select(o => (o.Arm, o.Outcome))], protect, trial.RandomSeed ?? 0, $"{months}/{g}")).ToList();
            points.Add(new OutcomeTimePoint(months, date, true, null, rows));
        }

        // Aggregates only (no client is named), so the report is not a read of client information; the assignment list is audited.
        var note = protect
            ? $"Small cells protected: counts are randomly rounded to base 3 (R-105: no count moves more than 2) and the proportions, intervals and p-values are computed from the rounded counts; a group with fewer than {TrialDisclosure.SuppressBelow} clients in either arm is suppressed."
            : null;
        return new OutcomeReport(trial.Id, trial.Name, trial.SelectionDate, trial.IsRandomised, Method, protect, note, points);
    }

    private static OutcomeGroup Group(string name, IReadOnlyList<(TrialArm Arm, ClientOutcome Outcome)> rows, bool protect, long seed, string cell)
    {
        var t = rows.Where(r => r.Arm == TrialArm.Treatment).Select(r => r.Outcome).ToList();
        var c = rows.Where(r => r.Arm == TrialArm.Control).Select(r => r.Outcome).ToList();
        if (protect && (t.Count < TrialDisclosure.SuppressBelow || c.Count < TrialDisclosure.SuppressBelow))
        {
            return new OutcomeGroup(name, null, null, [], $"Suppressed: fewer than {TrialDisclosure.SuppressBelow} clients in an arm.");
        }

        int R(int n, string what) => protect ? TrialDisclosure.RandomRound3(n, seed, $"{cell}/{what}") : n;
        var nt = R(t.Count, "nt");
        var nc = R(c.Count, "nc");
        var caution = t.Count < TrialStatistics.MinimumPerArm || c.Count < TrialStatistics.MinimumPerArm
            ? $"Too few clients to conclude anything: fewer than {TrialStatistics.MinimumPerArm} in an arm."
            : null;
        var measures = new List<OutcomeMeasure>
        {
            Proportion("offBenefit", "Off benefit", R(t.Count(o => o.OffBenefit), "off-t"), nt, R(c.Count(o => o.OffBenefit), "off-c"), nc),
            Proportion("offBenefitIntoWork", "Off benefit into work", R(t.Count(o => o.OffBenefitIntoWork), "work-t"), nt, R(c.Count(o => o.OffBenefitIntoWork), "work-c"), nc),
        };
        var days = TrialStatistics.Welch([.. t.Select(o => (double)o.DaysOnBenefit)], [.. c.Select(o => (double)o.DaysOnBenefit)]);
        measures.Add(new OutcomeMeasure("daysOnBenefit", "Days on benefit since selection (mean)", null, null, days?.Treatment, days?.Control, days?.Difference, days?.Lower, days?.Upper, days?.PValue,
            days is null ? "Too few clients to compare." : null));
        return new OutcomeGroup(name, nt, nc, measures, caution);
    }

    private static OutcomeMeasure Proportion(string measure, string label, int yesT, int nT, int yesC, int nC)
    {
        var yT = Math.Min(yesT, nT);
        var yC = Math.Min(yesC, nC);
        var comparison = TrialStatistics.TwoProportions(yT, nT, yC, nC);
        var caution = comparison is null ? "An arm is empty."
            : TrialStatistics.SmallExpectedCell(yT, nT, yC, nC) ? $"An expected count is below {TrialStatistics.MinimumExpectedCell:0}: the normal approximation does not hold, so do not rely on the interval or p-value."
            : null;
        return new OutcomeMeasure(measure, label, yT, yC, comparison?.Treatment, comparison?.Control, comparison?.Difference, comparison?.Lower, comparison?.Upper, comparison?.PValue, caution);
    }
}
