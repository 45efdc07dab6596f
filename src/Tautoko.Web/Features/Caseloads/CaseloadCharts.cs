using System.Globalization;
using Tautoko.Web.Platform.Charts;

namespace Tautoko.Web.Features.Caseloads;

/// <summary>Caseload fill drawn: each site's (or region's, or case manager's) filled places as a share of capacity.</summary>
public static class CaseloadCharts
{
    public static ChartModel Fill(RollUpView view)
    {
        var national = view.Id is null;
        return Fill("fill-chart", $"Caseload fill by {(national ? "region" : "site")}: {view.Name}",
            $"Filled places as a share of capacity for each {(national ? "region" : "site")} of {view.Name}; the dashed line is full (100 %). Overall {view.Total.FillPercent} % ({view.Total.Filled:N0} of {view.Total.Capacity:N0}).",
            national ? "Region" : "Site", view.Rows.Select(r => (r.Name, r.Filled, r.Capacity, r.FillPercent)).ToList());
    }

    public static ChartModel Fill(SiteCaseloadsView view) =>
        Fill("fill-chart", $"Caseload fill at {view.Site}",
            $"Filled places as a share of capacity for each caseload at {view.Site}; the dashed line is full (100 %). Overall {view.Total.FillPercent} % ({view.Total.Filled:N0} of {view.Total.Capacity:N0}).",
            "Caseload", view.Caseloads.Select(c => ($"{c.CaseManager} ({c.ServiceShortName})", c.Filled, c.Capacity, c.FillPercent)).ToList());

    private static ChartModel Fill(string id, string title, string description, string what, IReadOnlyList<(string Name, int Filled, int Capacity, int Percent)> rows)
    {
        var svg = SvgChart.Bars(id, title, description, rows.Select(r => r.Name).ToList(), [new ChartSeries("Fill", rows.Select(r => (double)r.Percent).ToList())],
            max: Math.Max(100, rows.Select(r => r.Percent).DefaultIfEmpty(0).Max()), unit: "%", reference: 100, referenceLabel: "full");
        return new ChartModel(id, title, description, svg, [what, "Filled", "Capacity", "Fill %"],
            rows.Select(r => (IReadOnlyList<string>)[r.Name, I(r.Filled), I(r.Capacity), I(r.Percent)]).ToList());
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
