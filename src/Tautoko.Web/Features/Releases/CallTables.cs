using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Calls;
using Tautoko.Core.Releases;
using Tautoko.Data;

namespace Tautoko.Web.Features.Releases;

/// <summary>Seed 003 Appendix One from the imported call records.</summary>
public static class CallTables
{
    private static readonly BusinessUnit[] Units = Enum.GetValues<BusinessUnit>();

    private static readonly string[] Measures = ["calls offered", "calls answered", "calls abandoned", "average speed of answer (seconds)", "average handle time (seconds)", "call-backs offered", "call-backs accepted"];

    /// <summary>
    /// Appendix One: for each business unit and the total, in each period, calls offered, answered and abandoned, the
    /// average speed of answer and handle time (seconds, over answered calls; never rounded), and call-backs offered and
    /// accepted. A call counts in the period of the New Zealand day it was offered, if it was imported by the time the
    /// release was built (so a re-run reproduces it). Counts are cells like any other: rounded by their cell keys only if
    /// the table is (the seed publishes it unrounded; R-105).
    /// </summary>
    public static async Task<ReleaseTableView> CallsAsync(TautokoDbContext db, ReleaseTableContext context, bool rounded, CancellationToken ct)
    {
        var info = ReleaseCatalogue.Info(ReleaseTable.Calls);
        var periods = context.Periods.Count;
        var offered = new CrossTab(Units.Length, periods);
        var answered = new CrossTab(Units.Length, periods);
        var abandoned = new CrossTab(Units.Length, periods);
        var callbacksOffered = new CrossTab(Units.Length, periods);
        var callbacksAccepted = new CrossTab(Units.Length, periods);
        var toAnswer = new long[Units.Length + 1, periods];
        var handle = new long[Units.Length + 1, periods];

        var start = context.Start;
        var end = context.End;
        var builtAt = context.BuiltAt;
        var calls = db.CallRecords.AsNoTracking()
            .Where(c => c.OfferedAt >= start && c.OfferedAt < end && c.ImportedAt <= builtAt)
            .Select(c => new { c.Id, c.BusinessUnit, c.OfferedAt, c.SecondsToAnswer, c.HandleSeconds, c.Abandoned, c.CallbackOffered, c.CallbackAccepted })
            .AsAsyncEnumerable();
        await foreach (var c in calls.WithCancellation(ct))
        {
            var row = Array.IndexOf(Units, c.BusinessUnit);
            var key = context.Keys.KeyOf(c.Id);
            foreach (var period in context.PeriodsOf(c.OfferedAt))
            {
                foreach (var r in new[] { row, Units.Length })
                {
                    offered.Add(r, period, key);
                    if (c.SecondsToAnswer is { } seconds)
                    {
                        answered.Add(r, period, key);
                        toAnswer[r, period] += seconds;
                        handle[r, period] += c.HandleSeconds ?? 0;
                    }

                    if (c.Abandoned)
                    {
                        abandoned.Add(r, period, key);
                    }

                    if (c.CallbackOffered)
                    {
                        callbacksOffered.Add(r, period, key);
                    }

                    if (c.CallbackAccepted)
                    {
                        callbacksAccepted.Add(r, period, key);
                    }
                }
            }
        }

        var columns = context.PeriodLabels.SelectMany(l => Measures.Select(m => $"{l}: {m}")).ToList();
        var rows = new List<ReleaseRowView>();
        for (var u = 0; u <= Units.Length; u++)
        {
            var cells = new List<ReleaseCellView>();
            for (var p = 0; p < periods; p++)
            {
                var answeredCount = answered[u, p].Count;
                cells.Add(context.Cell(offered[u, p], rounded));
                cells.Add(context.Cell(answered[u, p], rounded));
                cells.Add(context.Cell(abandoned[u, p], rounded));
                cells.Add(answeredCount == 0 ? ReleaseCellView.Empty : new ReleaseCellView(null, Math.Round((decimal)toAnswer[u, p] / answeredCount, 1), null));
                cells.Add(answeredCount == 0 ? ReleaseCellView.Empty : new ReleaseCellView(null, Math.Round((decimal)handle[u, p] / answeredCount, 1), null));
                cells.Add(context.Cell(callbacksOffered[u, p], rounded));
                cells.Add(context.Cell(callbacksAccepted[u, p], rounded));
            }

            rows.Add(new ReleaseRowView(u < Units.Length ? Units[u].DisplayName() : "Total", cells));
        }

        return new ReleaseTableView(info.Code, info.Number, info.Title, null, rounded, "Business unit", columns, rows, ReleaseCatalogue.NotesFor(info.Table, rounded), null);
    }
}
