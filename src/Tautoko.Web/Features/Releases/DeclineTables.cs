using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Hardship;
using Tautoko.Core.Releases;
using Tautoko.Data;

namespace Tautoko.Web.Features.Releases;

/// <summary>
/// Seed 000 Tables One to Five: declines of hardship applications counted in the period they were decided.
/// Each table is one query over the declines' ids, reasons and times; the record keys are derived from the ids (SipHash)
/// and summed per cell as the rows stream in.
/// </summary>
public static class DeclineTables
{
    private static readonly DeclineReason[] Reasons = Enum.GetValues<DeclineReason>();

    /// <summary>Table One: food declines by reason (rows, with Total) and period (columns).</summary>
    public static async Task<ReleaseTableView> FoodAsync(TautokoDbContext db, ReleaseTableContext context, bool rounded, CancellationToken ct)
    {
        var info = ReleaseCatalogue.Info(ReleaseTable.FoodDeclines);
        var tab = new CrossTab(Reasons.Length, context.Periods.Count);
        var start = context.Start;
        var end = context.End;
        var declines = db.HardshipApplications.AsNoTracking()
            .Where(a => a.Need == HardshipNeed.Food && a.Decision == DecisionKind.Decline && a.DecidedAt >= start && a.DecidedAt < end)
            .Select(a => new { a.Id, a.DeclineReason, a.DecidedAt })
            .AsAsyncEnumerable();
        await foreach (var d in declines.WithCancellation(ct))
        {
            var key = context.Keys.KeyOf(d.Id);
            var row = (int)(d.DeclineReason ?? DeclineReason.Other);
            foreach (var period in context.PeriodsOf(d.DecidedAt!.Value))
            {
                tab.Add(row, period, key);
                tab.Add(tab.Rows, period, key);
            }
        }

        return new ReleaseTableView(info.Code, info.Number, info.Title, null, rounded, "Reason for decline", context.PeriodLabels,
            context.Rows(tab, [.. Reasons.Select(r => r.SeedText())], rounded, totalColumn: false),
            ReleaseCatalogue.NotesFor(info.Table, rounded), null);
    }

    /// <summary>
    /// Tables Two to Five: one table per period of household-item declines by the ten reasons the seed lists (the other
    /// six counted in Other) and the four item groups, with totals both ways.
    /// </summary>
    public static async Task<IReadOnlyList<ReleaseTableView>> HouseholdAsync(TautokoDbContext db, ReleaseTableContext context, bool rounded, CancellationToken ct)
    {
        var info = ReleaseCatalogue.Info(ReleaseTable.HouseholdItemDeclines);
        var reasons = HardshipLists.HouseholdItemDeclineReasons;
        var groups = HardshipLists.HouseholdItemGroups;
        var tabs = context.Periods.Select(_ => new CrossTab(reasons.Count, groups.Count)).ToArray();
        var start = context.Start;
        var end = context.End;
        var declines = db.HardshipApplications.AsNoTracking()
            .Where(a => a.Need != HardshipNeed.Food && a.Need != HardshipNeed.Other && a.Decision == DecisionKind.Decline && a.DecidedAt >= start && a.DecidedAt < end)
            .Select(a => new { a.Id, a.Need, a.DeclineReason, a.DecidedAt })
            .AsAsyncEnumerable();
        var other = IndexOf(reasons, DeclineReason.Other);
        await foreach (var d in declines.WithCancellation(ct))
        {
            var column = IndexOf(groups, d.Need);
            if (column < 0)
            {
                continue;
            }

            var row = d.DeclineReason is { } reason && IndexOf(reasons, reason) is var r and >= 0 ? r : other;
            var key = context.Keys.KeyOf(d.Id);
            foreach (var period in context.PeriodsOf(d.DecidedAt!.Value))
            {
                tabs[period].AddWithTotals(row, column, key);
            }
        }

        var labels = reasons.Select(r => r.SeedText()).ToList();
        var columns = groups.Select(g => g.SeedText()!).Append("Total").ToList();
        return [.. context.Periods.Select((period, i) => new ReleaseTableView(info.Code, info.Number, info.Title, period.Label, rounded, "Reason for decline", columns,
            context.Rows(tabs[i], labels, rounded, totalColumn: true), ReleaseCatalogue.NotesFor(info.Table, rounded), null))];
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T value)
        where T : struct, Enum
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value))
            {
                return i;
            }
        }

        return -1;
    }
}
