using Tautoko.Core.Appointments;
using Tautoko.Core.Releases;

namespace Tautoko.Web.Features.Releases;

/// <summary>
/// What every table of one release is counted with: its periods (and the instants bounding them in New Zealand time),
/// the moment it was built (records decided, completed or received later are left out, so a re-run reproduces it), its
/// release key, and whether the reader may see true counts.
/// </summary>
public sealed class ReleaseTableContext(StatisticalRelease release, ReleaseKeys keys, bool showsUnrounded)
{
    public IReadOnlyList<ReleasePeriod> Periods { get; } = release.PeriodList;

    public DateTimeOffset BuiltAt { get; } = release.BuiltAt;

    public HashKey ReleaseKey { get; } = release.Key;

    public bool ShowsUnrounded { get; } = showsUnrounded;

    public ReleaseKeys Keys { get; } = keys;

    /// <summary>The first instant of the earliest period (midnight in Auckland).</summary>
    public DateTimeOffset Start => NzLocalTime.ToUtc(Periods.Min(p => p.From), TimeOnly.MinValue);

    /// <summary>The instant after the latest period ends, or the build if earlier.</summary>
    public DateTimeOffset End
    {
        get
        {
            var end = NzLocalTime.ToUtc(Periods.Max(p => p.To).AddDays(1), TimeOnly.MinValue);
            return end < BuiltAt ? end : BuiltAt;
        }
    }

    public IReadOnlyList<string> PeriodLabels => [.. Periods.Select(p => p.Label)];

    /// <summary>The indexes of the periods holding <paramref name="instant"/>'s New Zealand day (overlapping periods may both).</summary>
    public IEnumerable<int> PeriodsOf(DateTimeOffset instant) => PeriodsOf(NzLocalTime.DateOf(instant));

    public IEnumerable<int> PeriodsOf(DateOnly day)
    {
        for (var i = 0; i < Periods.Count; i++)
        {
            if (Periods[i].Contains(day))
            {
                yield return i;
            }
        }
    }

    /// <summary>A count as published: rounded by its cell key when the table is, with the true count for the analyst.</summary>
    public ReleaseCellView Cell(CellTally tally, bool rounded) =>
        rounded
            ? new ReleaseCellView(CellKeyRounding.Round(ReleaseKey, tally), null, ShowsUnrounded ? tally.Count : null)
            : new ReleaseCellView(tally.Count, null, null);

    /// <summary>The rows of a cross-tab, each with its label, then the total row; with the total column when asked.</summary>
    public IReadOnlyList<ReleaseRowView> Rows(CrossTab tab, IReadOnlyList<string> labels, bool rounded, bool totalColumn, string totalLabel = "Total")
    {
        var rows = new List<ReleaseRowView>(tab.Rows + 1);
        for (var r = 0; r <= tab.Rows; r++)
        {
            var cells = new List<ReleaseCellView>(tab.Columns + 1);
            for (var c = 0; c < tab.Columns + (totalColumn ? 1 : 0); c++)
            {
                cells.Add(Cell(tab[r, c], rounded));
            }

            rows.Add(new ReleaseRowView(r < tab.Rows ? labels[r] : totalLabel, cells));
        }

        return rows;
    }

    public static ReleaseTableView NoData(ReleaseTableInfo info) =>
        new(info.Code, info.Number, info.Title, null, false, string.Empty, [], [], info.Notes, info.NoDataBecause);
}
