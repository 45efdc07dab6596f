using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace Tautoko.Web.Features.Measures;

/// <summary>
/// A measure's trend as a small server-rendered SVG line (role="img", titled and described, no inline style — colours are
/// presentation attributes, as the platform's charts draw them), with the target as a dashed line where it has a number.
/// Points without a value (nothing counted) break the line.
/// </summary>
public static class TrendChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const int Width = 320;
    private const int Height = 90;
    private const int Left = 34;
    private const int Bottom = 16;
    private const int Top = 8;

    public static HtmlString Draw(string id, MeasureLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var values = line.Series.Select(p => p.Value).ToList();
        var largest = (double)Math.Max(values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max(), line.TargetMin ?? 0);
        var max = line.Kind == "Percent" ? 100 : Math.Max(1, Math.Ceiling(largest * 1.1));
        var plotWidth = Width - Left - 6;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (values.Count <= 1 ? plotWidth / 2.0 : plotWidth * i / (double)(values.Count - 1));
        double Y(double v) => Top + plotHeight - (plotHeight * Math.Clamp(v, 0, max) / max);
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var described = string.Join("; ", line.Series.Select(p => $"{p.Start:yyyy-MM-dd}: {(p.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "no data")}"));
        var root = new XElement(Svg + "svg",
            new XAttribute("id", id), new XAttribute("role", "img"), new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), $"{line.Name}: trend"),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), described));
        root.Add(new XElement(Svg + "line", new XAttribute("x1", Left), new XAttribute("x2", Left), new XAttribute("y1", Top), new XAttribute("y2", Top + plotHeight), new XAttribute("stroke", "#5b6770")));
        root.Add(new XElement(Svg + "line", new XAttribute("x1", Left), new XAttribute("x2", Width - 6), new XAttribute("y1", Top + plotHeight), new XAttribute("y2", Top + plotHeight), new XAttribute("stroke", "#5b6770")));
        root.Add(Label(Left - 4, Top + 8, N(max), "end"), Label(Left - 4, Top + plotHeight, "0", "end"));
        if (line.Series.Count > 0)
        {
            root.Add(Label(Left, Height - 3, line.Series[0].Start.ToString("d MMM", CultureInfo.GetCultureInfo("en-NZ")), "start"));
            root.Add(Label(Width - 6, Height - 3, line.Series[^1].Start.ToString("d MMM yy", CultureInfo.GetCultureInfo("en-NZ")), "end"));
        }

        if (line.TargetMin is { } target)
        {
            var y = N(Y((double)target));
            root.Add(new XElement(Svg + "line", new XAttribute("class", "target"), new XAttribute("x1", Left), new XAttribute("x2", Width - 6), new XAttribute("y1", y), new XAttribute("y2", y),
                new XAttribute("stroke", "#b34700"), new XAttribute("stroke-dasharray", "4 3")));
        }

        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1)
            {
                root.Add(new XElement(Svg + "polyline", new XAttribute("points", string.Join(' ', segment)), new XAttribute("fill", "none"), new XAttribute("stroke", "#1f5f8b"), new XAttribute("stroke-width", 2)));
            }

            segment.Clear();
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                Flush();
                continue;
            }

            var point = $"{N(X(i))},{N(Y((double)v))}";
            segment.Add(point);
            root.Add(new XElement(Svg + "circle", new XAttribute("cx", N(X(i))), new XAttribute("cy", N(Y((double)v))), new XAttribute("r", 2), new XAttribute("fill", "#1f5f8b")));
        }

        Flush();
        return new HtmlString(root.ToString(SaveOptions.DisableFormatting));
    }

    private static XElement Label(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", x.ToString("0.#", CultureInfo.InvariantCulture)), new XAttribute("y", y.ToString("0.#", CultureInfo.InvariantCulture)),
            new XAttribute("font-size", 9), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#333"), text);
}
