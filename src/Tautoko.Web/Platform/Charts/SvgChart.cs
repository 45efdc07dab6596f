using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace Tautoko.Web.Platform.Charts;

/// <summary>One series of a bar chart: its name (the legend's) and one value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// A chart ready for a page: the SVG (role="img", labelled by its &lt;title&gt; and &lt;desc&gt;) and the same numbers as a
/// table, which <c>_Chart.cshtml</c> shows under it for anyone who would rather read them (and for screen readers).
/// </summary>
public sealed record ChartModel(string Id, string Title, string Description, HtmlString Svg, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// A small server-side SVG renderer for the few charts Tautoko draws: horizontal bars (grouped or stacked, with an optional
/// reference line such as 100 % full) and a calibration curve. Written here rather than with ScottPlot because the SVG
/// has to be accessible (role, title, desc, labelled axes as text), deterministic for the tests, and free of inline
/// <c>style</c> (the Content-Security-Policy allows styles from the site only): every colour is a presentation attribute.
/// </summary>
public static class SvgChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Colours with at least 3:1 contrast against white (WCAG 1.4.11), in series order.</summary>
    public static readonly string[] Palette = ["#1f5f8b", "#b34700", "#6a3d9a", "#0e7a5f", "#5b6770", "#8a6d00"];

    private const int Width = 680;
    private const int LabelWidth = 200;
    private const int RightMargin = 70;
    private const int PlotWidth = Width - LabelWidth - RightMargin;

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Horizontal bars, one row per category. With several series the bars are grouped (or stacked when
    /// <paramref name="stacked"/>); <paramref name="max"/> fixes the scale (else the largest value or sum), and
    /// <paramref name="reference"/> draws a dashed line at that value (labelled <paramref name="referenceLabel"/>).
    /// </summary>
    public static HtmlString Bars(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series,
        bool stacked = false, double? max = null, string unit = "", double? reference = null, string? referenceLabel = null)
    {
        var perCategory = stacked || series.Count == 1 ? 20 : (series.Count * 12) + 8;
        var gap = 10;
        var legendHeight = series.Count > 1 ? 24 : 0;
        var top = 10 + legendHeight;
        var plotHeight = Math.Max(1, categories.Count) * (perCategory + gap);
        var height = top + plotHeight + 34;
        var largest = categories.Count == 0 ? 0 : stacked
            ? Enumerable.Range(0, categories.Count).Max(i => series.Sum(s => s.Values[i]))
            : series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var scaleMax = max ?? Math.Max(1, Math.Max(largest, reference ?? 0));
        double X(double value) => LabelWidth + (PlotWidth * Math.Clamp(value, 0, scaleMax) / scaleMax);

        var root = Root(id, title, description, height);
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        for (var s = 0; s < series.Count && series.Count > 1; s++)
        {
            var x = LabelWidth + (s * 150);
            legend.Add(
                new XElement(Svg + "rect", new XAttribute("x", x), new XAttribute("y", 6), new XAttribute("width", 12), new XAttribute("height", 12), new XAttribute("fill", Palette[s % Palette.Length])),
                Text(x + 16, 16, series[s].Name, "start"));
        }

        root.Add(legend);
        var axis = new XElement(Svg + "g", new XAttribute("class", "axis"));
        for (var t = 0; t <= 4; t++)
        {
            var value = scaleMax * t / 4;
            var x = X(value);
            axis.Add(
                new XElement(Svg + "line", new XAttribute("x1", N(x)), new XAttribute("x2", N(x)), new XAttribute("y1", top), new XAttribute("y2", top + plotHeight), new XAttribute("stroke", "#d0d4d8")),
                Text(x, top + plotHeight + 16, N(Math.Round(value, 1)) + unit, "middle"));
        }

        root.Add(axis);
        var bars = new XElement(Svg + "g", new XAttribute("class", "bars"));
        for (var c = 0; c < categories.Count; c++)
        {
            var y = top + (c * (perCategory + gap)) + (gap / 2);
            bars.Add(Text(LabelWidth - 8, y + (perCategory / 2) + 4, categories[c], "end"));
            var start = 0.0;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                var (x0, x1) = stacked ? (X(start), X(start + value)) : (X(0), X(value));
                var barY = stacked || series.Count == 1 ? y : y + (s * 12);
                var barHeight = stacked || series.Count == 1 ? perCategory : 10;
                bars.Add(new XElement(Svg + "rect",
                    new XAttribute("x", N(x0)), new XAttribute("y", barY), new XAttribute("width", N(Math.Max(0, x1 - x0))), new XAttribute("height", barHeight),
                    new XAttribute("fill", Palette[s % Palette.Length]),
                    new XElement(Svg + "title", $"{categories[c]}, {series[s].Name}: {N(value)}{unit}")));
                start += value;
            }

            var total = stacked ? start : series.Count == 1 ? series[0].Values[c] : double.NaN;
            if (!double.IsNaN(total))
            {
                bars.Add(Text(X(total) + 4, y + (perCategory / 2) + 4, N(total) + unit, "start"));
            }
        }

        root.Add(bars);
        if (reference is { } r)
        {
            root.Add(new XElement(Svg + "g", new XAttribute("class", "reference"),
                new XElement(Svg + "line", new XAttribute("x1", N(X(r))), new XAttribute("x2", N(X(r))), new XAttribute("y1", top - 4), new XAttribute("y2", top + plotHeight),
                    new XAttribute("stroke", "#222"), new XAttribute("stroke-dasharray", "4 3")),
                referenceLabel is null ? null : Text(X(r), top + plotHeight + 30, referenceLabel, "middle")));
        }

        return new HtmlString(root.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>
    /// Observed against predicted on 0–1 axes, with the diagonal of a perfectly calibrated model: one point per group
    /// (<paramref name="points"/>: mean predicted, observed).
    /// </summary>
    public static HtmlString Calibration(string id, string title, string description, IReadOnlyList<(double Predicted, double Observed)> points)
    {
        const int size = 300;
        const int left = 60;
        const int top = 14;
        var root = Root(id, title, description, size + 60, left + size + 30);
        double X(double v) => left + (size * Math.Clamp(v, 0, 1));
        double Y(double v) => top + size - (size * Math.Clamp(v, 0, 1));
        var axis = new XElement(Svg + "g", new XAttribute("class", "axis"));
        for (var t = 0; t <= 4; t++)
        {
            var v = t / 4.0;
            axis.Add(
                new XElement(Svg + "line", new XAttribute("x1", N(X(v))), new XAttribute("x2", N(X(v))), new XAttribute("y1", top), new XAttribute("y2", top + size), new XAttribute("stroke", "#d0d4d8")),
                new XElement(Svg + "line", new XAttribute("x1", left), new XAttribute("x2", left + size), new XAttribute("y1", N(Y(v))), new XAttribute("y2", N(Y(v))), new XAttribute("stroke", "#d0d4d8")),
                Text(X(v), top + size + 16, N(v), "middle"),
                Text(left - 6, Y(v) + 4, N(v), "end"));
        }

        axis.Add(Text(left + (size / 2), top + size + 36, "Mean predicted chance", "middle"), Text(14, top + (size / 2), "Observed share", "middle", rotate: true));
        root.Add(axis);
        root.Add(new XElement(Svg + "line", new XAttribute("class", "reference"), new XAttribute("x1", N(X(0))), new XAttribute("y1", N(Y(0))), new XAttribute("x2", N(X(1))), new XAttribute("y2", N(Y(1))),
            new XAttribute("stroke", "#5b6770"), new XAttribute("stroke-dasharray", "4 3")));
        var ordered = points.OrderBy(p => p.Predicted).ToList();
        root.Add(new XElement(Svg + "polyline", new XAttribute("class", "curve"), new XAttribute("fill", "none"), new XAttribute("stroke", Palette[0]), new XAttribute("stroke-width", 2),
            new XAttribute("points", string.Join(' ', ordered.Select(p => $"{N(X(p.Predicted))},{N(Y(p.Observed))}")))));
        var dots = new XElement(Svg + "g", new XAttribute("class", "points"));
        foreach (var p in ordered)
        {
            dots.Add(new XElement(Svg + "circle", new XAttribute("cx", N(X(p.Predicted))), new XAttribute("cy", N(Y(p.Observed))), new XAttribute("r", 4), new XAttribute("fill", Palette[0]),
                new XElement(Svg + "title", $"predicted {p.Predicted:0.000}, observed {p.Observed:0.000}")));
        }

        root.Add(dots);
        return new HtmlString(root.ToString(SaveOptions.DisableFormatting));
    }

    private static XElement Root(string id, string title, string description, int height, int width = Width) =>
        new(Svg + "svg",
            new XAttribute("id", id),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("width", width),
            new XAttribute("height", height),
            new XAttribute("font-family", "system-ui, sans-serif"),
            new XAttribute("font-size", 12),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description));

    private static XElement Text(double x, double y, string text, string anchor, bool rotate = false) =>
        new(Svg + "text",
            new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#222"),
            rotate ? new XAttribute("transform", $"rotate(-90 {N(x)} {N(y)})") : null,
            text);
}
