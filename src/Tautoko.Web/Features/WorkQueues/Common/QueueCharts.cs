using System.Globalization;
using Tautoko.Web.Platform.Charts;

namespace Tautoko.Web.Features.WorkQueues.Common;

/// <summary>The work queues' age profiles drawn: each queue's open tasks stacked by how long they have waited (R-083).</summary>
public static class QueueCharts
{
    public static ChartModel AgeProfiles(IReadOnlyList<QueueAgeProfileView> profiles, IReadOnlyList<string> bands)
    {
        const string id = "age-chart";
        var title = "Open tasks by age, per queue";
        var open = profiles.Sum(p => p.Open);
        var overdue = profiles.Sum(p => p.Overdue);
        var description = $"For each of {profiles.Count} queues, its open tasks stacked by how long they have waited ({string.Join(", ", bands)}). {open:N0} open tasks in all, {overdue:N0} overdue.";
        var categories = profiles.Select(p => p.Queue.Length > 30 ? p.Queue[..29] + "…" : p.Queue).ToList();
        var series = bands.Select((label, b) => new ChartSeries(label, profiles.Select(p => (double)(p.Bands.FirstOrDefault(x => x.Label == label)?.Count ?? 0)).ToList())).ToList();
        var svg = SvgChart.Bars(id, title, description, categories, series, stacked: true);
        return new ChartModel(id, title, description, svg, ["Queue", .. bands, "Open", "Overdue"],
            profiles.Select(p => (IReadOnlyList<string>)[p.Queue, .. bands.Select(label => I(p.Bands.FirstOrDefault(x => x.Label == label)?.Count ?? 0)), I(p.Open), I(p.Overdue)]).ToList());
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
