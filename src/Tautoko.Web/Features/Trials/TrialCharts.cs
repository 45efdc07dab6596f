using System.Globalization;
using Tautoko.Web.Platform.Charts;

namespace Tautoko.Web.Features.Trials;

/// <summary>The outcome report's chart: the share off benefit in each arm, by group and time point, with the numbers as a table.</summary>
public static class TrialCharts
{
    public static ChartModel? OffBenefit(OutcomeReport report)
    {
        const string id = "trial-off-benefit-chart";
        var rows = report.TimePoints.Where(p => p.Available)
            .SelectMany(p => p.Groups.Select(g => (Label: $"{p.Months} months · {g.Group}", Measure: g.Measures.FirstOrDefault(m => m.Measure == "offBenefit"))))
            .Where(r => r.Measure is { Treatment: not null, Control: not null })
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var title = $"Off benefit, treatment against control — {report.Name}";
        var description = "The share of each arm off benefit at 12, 24 and 36 months after selection, overall and by age group (intention to treat).";
        var svg = SvgChart.Bars(id, title, description, [.. rows.Select(r => r.Label)],
            [new ChartSeries("Treatment", [.. rows.Select(r => r.Measure!.Treatment!.Value * 100)]), new ChartSeries("Control", [.. rows.Select(r => r.Measure!.Control!.Value * 100)])],
            max: 100, unit: "%");
        static string P(double? v) => v is { } x ? (x * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";
        return new ChartModel(id, title, description, svg, ["Time point and group", "Treatment", "Control", "Difference (95 % CI)", "p"],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Label, P(r.Measure!.Treatment), P(r.Measure.Control),
                $"{P(r.Measure.Difference)} ({P(r.Measure.Lower)} to {P(r.Measure.Upper)})", r.Measure.PValue?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—"])]);
    }
}
