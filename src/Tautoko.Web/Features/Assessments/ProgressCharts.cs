using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Charts;

namespace Tautoko.Web.Features.Assessments;

/// <summary>
/// The progress page's charts (004 §2.5: staff asked for reports showing each client's progress): lines over time, one point
/// per record, drawn server-side as accessible SVG (role="img", title, desc; colours as attributes, no script), the numbers
/// as a table under each through the shared _Chart partial.
/// </summary>
public static class ProgressCharts
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const int Width = 680;
    private const int Left = 50;
    private const int Right = 20;
    private const int Top = 34;
    private const int PlotHeight = 200;

    public static ChartModel? Pcoms(ClientProgress progress)
    {
        const string id = "progress-pcoms-chart";
        var rated = progress.SessionMeasures.Where(m => !m.Skipped).ToList();
        if (rated.Count == 0)
        {
            return null;
        }

        var title = "PCOMS: how the client rates life and the session";
        var description = "The client's Outcome Rating Scale total (0–40, four 0–10 items) and Session Rating Scale total (0–40) at each appointment where they rated (R-116).";
        var labels = rated.Select(m => DateDisplay.Show(m.SessionOn)).ToList();
        var svg = Lines(id, title, description, labels,
            [new ChartSeries("Outcome (ORS) total", [.. rated.Select(m => (double)m.OutcomeTotal!.Value)]), new ChartSeries("Session (SRS) total", [.. rated.Select(m => (double)m.SessionTotal!.Value)])], 40);
        return new ChartModel(id, title, description, svg, ["Appointment", "Outcome total", "Session total"],
            [.. rated.Select(m => (IReadOnlyList<string>)[DateDisplay.Show(m.SessionOn), Num(m.OutcomeTotal!.Value), Num(m.SessionTotal!.Value)])]);
    }

    public static ChartModel? Beut(ClientProgress progress)
    {
        const string id = "progress-beut-chart";
        if (progress.Beuts.Count == 0)
        {
            return null;
        }

        var title = "BEUT: how well placed the case manager rates the client";
        var description = "The mean of the BEUT factor ratings (1 very poorly placed to 5 well placed) and work readiness at each BEUT (R-115).";
        var labels = progress.Beuts.Select(b => $"{DateDisplay.Show(b.CompletedOn)} ({b.Point})").ToList();
        var svg = Lines(id, title, description, labels,
            [new ChartSeries("Mean of all factors", [.. progress.Beuts.Select(b => b.Mean)]),
             new ChartSeries("Work readiness", [.. progress.Beuts.Select(b => (double)(b.Ratings.FirstOrDefault(r => r.Factor == "workReadiness")?.Rating ?? 0))])], 5);
        var factors = progress.Beuts[0].Ratings.Select(r => r.Name).ToList();
        return new ChartModel(id, title, description, svg, ["Factor", .. labels],
            [.. factors.Select((name, i) => (IReadOnlyList<string>)[name, .. progress.Beuts.Select(b => Num(b.Ratings[i].Rating))]),
             ["Mean", .. progress.Beuts.Select(b => b.Mean.ToString("0.##", CultureInfo.InvariantCulture))]]);
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Lines over evenly spaced points (one per record, labelled below), on a 0–<paramref name="max"/> scale.</summary>
    public static HtmlString Lines(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, double max)
    {
        var height = Top + PlotHeight + 60;
        var plotWidth = Width - Left - Right;
        double X(int i) => labels.Count == 1 ? Left + (plotWidth / 2.0) : Left + (plotWidth * i / (double)(labels.Count - 1));
        double Y(double v) => Top + PlotHeight - (PlotHeight * Math.Clamp(v, 0, max) / max);
        var root = new XElement(Svg + "svg",
            new XAttribute("id", id), new XAttribute("class", "chart"), new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"), new XAttribute("viewBox", $"0 0 {Width} {height}"),
            new XAttribute("width", Width), new XAttribute("height", height), new XAttribute("font-family", "system-ui, sans-serif"), new XAttribute("font-size", 12),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description));
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        for (var s = 0; s < series.Count; s++)
        {
            var x = Left + (s * 200);
            legend.Add(new XElement(Svg + "rect", new XAttribute("x", x), new XAttribute("y", 8), new XAttribute("width", 12), new XAttribute("height", 12), new XAttribute("fill", SvgChart.Palette[s % SvgChart.Palette.Length])),
                Text(x + 16, 18, series[s].Name, "start"));
        }

        root.Add(legend);
        var axis = new XElement(Svg + "g", new XAttribute("class", "axis"));
        for (var t = 0; t <= 4; t++)
        {
            var value = max * t / 4;
            axis.Add(new XElement(Svg + "line", new XAttribute("x1", Left), new XAttribute("x2", Width - Right), new XAttribute("y1", N(Y(value))), new XAttribute("y2", N(Y(value))), new XAttribute("stroke", "#d0d4d8")),
                Text(Left - 6, Y(value) + 4, N(value), "end"));
        }

        for (var i = 0; i < labels.Count; i++)
        {
            axis.Add(Text(X(i), Top + PlotHeight + 18 + (i % 2 * 14), labels[i], "middle"));
        }

        root.Add(axis);
        for (var s = 0; s < series.Count; s++)
        {
            var colour = SvgChart.Palette[s % SvgChart.Palette.Length];
            var line = new XElement(Svg + "g", new XAttribute("class", "series"), new XAttribute("data-series", series[s].Name));
            if (labels.Count > 1)
            {
                line.Add(new XElement(Svg + "polyline", new XAttribute("fill", "none"), new XAttribute("stroke", colour), new XAttribute("stroke-width", 2),
                    new XAttribute("points", string.Join(' ', series[s].Values.Select((v, i) => $"{N(X(i))},{N(Y(v))}")))));
            }

            for (var i = 0; i < series[s].Values.Count; i++)
            {
                line.Add(new XElement(Svg + "circle", new XAttribute("cx", N(X(i))), new XAttribute("cy", N(Y(series[s].Values[i]))), new XAttribute("r", 4), new XAttribute("fill", colour),
                    new XElement(Svg + "title", $"{labels[i]}, {series[s].Name}: {N(series[s].Values[i])}")));
            }

            root.Add(line);
        }

        return new HtmlString(root.ToString(SaveOptions.DisableFormatting));
    }

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#222"), text);
}
