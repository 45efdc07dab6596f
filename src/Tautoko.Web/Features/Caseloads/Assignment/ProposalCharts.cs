using System.Globalization;
using Tautoko.Core.Caseloads;
using Tautoko.Web.Platform.Charts;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>A proposal's cohort mix drawn against the target mix (50/30/10/10 by default, R-015).</summary>
public static class ProposalCharts
{
    public static ChartModel CohortMix(ProposalView view)
    {
        var f = view.Figures;
        var cohorts = PriorityCohorts.All.ToList();
        var placed = f.AddedByCohort.Sum();
        var target = cohorts.Select(k => (double)view.Policy.Mix.Share(k)).ToList();
        var ofPlaced = cohorts.Select(k => placed == 0 ? 0 : Math.Round(100.0 * f.AddedByCohort[(int)k] / placed, 1)).ToList();
        var after = cohorts.Select(k => Math.Round(f.SharesAfter[(int)k], 1)).ToList();
        const string id = "mix-chart";
        var title = $"Cohort mix of this proposal against the target {string.Join('/', target.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))}";
        var description = $"For each priority cohort: the target share, the share of the {placed:N0} proposed placements, and the cohort's share of the caseloads after the proposal, in per cent.";
        var svg = SvgChart.Bars(id, title, description, cohorts.Select(k => k.DisplayName()).ToList(),
            [new ChartSeries("Target", target), new ChartSeries("Proposed placements", ofPlaced), new ChartSeries("Caseloads after", after)], max: 100, unit: "%");
        return new ChartModel(id, title, description, svg, ["Cohort", "Target %", "Placed", "Placed %", "Caseloads after %"],
            cohorts.Select(k => (IReadOnlyList<string>)[k.DisplayName(), P(target[(int)k]), f.AddedByCohort[(int)k].ToString(CultureInfo.InvariantCulture), P(ofPlaced[(int)k]), P(after[(int)k])]).ToList());
    }

    private static string P(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
