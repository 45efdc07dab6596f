using System.Globalization;
using System.Xml.Linq;
using Tautoko.Web.Platform.Charts;

namespace Tautoko.Web.Tests.Charts;

/// <summary>The small SVG renderer: well-formed, accessible (role, title, desc), no inline style, bars to scale.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Bars_AreAccessible_ToScale_AndCarryNoInlineStyle()
    {
        var html = SvgChart.Bars("c1", "Fill <by> site", "Filled & free", ["Ōtaki", "Masterton"], [new ChartSeries("Fill", [50, 100])], max: 100, unit: "%", reference: 100, referenceLabel: "full");

        var svg = XElement.Parse(html.Value!);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Fill <by> site", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Filled & free", svg.Element(Svg + "desc")!.Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        var bars = svg.Descendants(Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(bars[1] / 2, bars[0], 3);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Ōtaki");
    }

    [Fact]
    public void StackedBars_AddUpPerCategory()
    {
        var html = SvgChart.Bars("c2", "Age", "Tasks by age", ["Queue A"], [new ChartSeries("< 1 day", [3]), new ChartSeries("1–3 days", [1])], stacked: true);

        var svg = XElement.Parse(html.Value!);
        var rects = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "bars").Elements(Svg + "rect").ToList();
        Assert.Equal(2, rects.Count);
        var first = rects[0];
        var second = rects[1];
        Assert.Equal(
            double.Parse((string)first.Attribute("x")!, CultureInfo.InvariantCulture) + double.Parse((string)first.Attribute("width")!, CultureInfo.InvariantCulture),
            double.Parse((string)second.Attribute("x")!, CultureInfo.InvariantCulture), 3);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "4");
    }

    [Fact]
    public void Calibration_PlotsEveryPoint_WithTheDiagonal()
    {
        var html = SvgChart.Calibration("c3", "Calibration", "Observed against predicted", [(0.1, 0.05), (0.5, 0.55), (0.9, 0.8)]);

        var svg = XElement.Parse(html.Value!);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal(3, svg.Descendants(Svg + "circle").Count());
        Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "reference");
    }
}
