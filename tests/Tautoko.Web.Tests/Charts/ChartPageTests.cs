using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Charts;

/// <summary>
/// The charts on the pages people look at: an accessible SVG (role="img", title, desc) beside a table whose numbers are
/// the data's — checked against the API's answer for the same view — and the Content-Security-Policy left strict.
/// </summary>
public abstract class ChartPageTests(TautokoServer server)
{
    public const string StrictPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static List<List<string>> TableRows(IDocument page, string chartId)
    {
        var table = page.QuerySelector($"#{chartId}-table") ?? throw new InvalidOperationException($"no table for {chartId}");
        return table.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
    }

    private static void AssertAccessibleChart(IDocument page, string chartId)
    {
        var svg = page.QuerySelector($"svg#{chartId}") ?? throw new InvalidOperationException($"no chart {chartId}");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal($"{chartId}-title {chartId}-desc", svg.GetAttribute("aria-labelledby"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{chartId}-title")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{chartId}-desc")?.TextContent));
        Assert.Null(svg.QuerySelector("[style]"));
    }

    [Fact]
    public async Task SiteCaseloads_FillChart_TableMatchesTheCaseloads_AndCspStaysStrict()
    {
        var site = await server.MastertonSiteIdAsync();
        var json = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/caseloads/sites/{site}");
        using var pages = await server.PagesAsAsync(Accounts.Manager);

        using var raw = await pages.GetRawAsync($"/caseloads/sites/{site}");
        Assert.Equal(StrictPolicy, raw.Headers.GetValues("Content-Security-Policy").Single());
        var page = await PageClient.ParseAsync(raw);

        AssertAccessibleChart(page.Document, "fill-chart");
        var rows = TableRows(page.Document, "fill-chart");
        var caseloads = json["caseloads"]!.AsArray();
        Assert.Equal(caseloads.Count, rows.Count);
        for (var i = 0; i < caseloads.Count; i++)
        {
            Assert.Equal(caseloads[i]!["filled"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), rows[i][1]);
            Assert.Equal(caseloads[i]!["capacity"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), rows[i][2]);
            Assert.Equal(caseloads[i]!["fillPercent"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), rows[i][3]);
        }
    }

    [Fact]
    public async Task NationalCaseloads_FillByRegion_TableMatchesTheRollUp()
    {
        var json = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync("/api/caseloads/national");
        using var pages = await server.PagesAsAsync(Accounts.NationalOffice);

        var page = await pages.GetAsync("/caseloads/national");

        AssertAccessibleChart(page.Document, "fill-chart");
        var rows = TableRows(page.Document, "fill-chart");
        var regions = json["rows"]!.AsArray();
        Assert.Equal(regions.Select(r => r!.Text("name")), rows.Select(r => r[0]));
        Assert.Equal(regions.Select(r => r!["filled"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[1]));
    }

    [Fact]
    public async Task QueueAgeProfiles_Chart_OnTheQueuesPages_TableMatchesTheProfiles_R083()
    {
        var json = (await (await server.AsAsync(Accounts.Manager)).GetJsonAsync("/api/work-queues/age-profiles")).AsArray();
        using var pages = await server.PagesAsAsync(Accounts.Manager);

        foreach (var path in new[] { "/queues", "/queues/age-profiles" })
        {
            var page = await pages.GetAsync(path);
            AssertAccessibleChart(page.Document, "age-chart");
            var rows = TableRows(page.Document, "age-chart");
            Assert.Equal(json.Count, rows.Count);
            for (var i = 0; i < json.Count; i++)
            {
                Assert.Equal(json[i]!.Text("queue"), rows[i][0]);
                var bands = json[i]!["bands"]!.AsArray();
                Assert.Equal(bands.Select(b => b!["count"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture)), rows[i].Skip(1).Take(bands.Count));
                Assert.Equal(json[i]!["open"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), rows[i][bands.Count + 1]);
            }
        }
    }

    [Fact]
    public async Task Proposal_CohortMixChart_AgainstTheTarget_TableMatchesTheFigures_R015()
    {
        using var created = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync("/api/assignment/proposals", new { scope = "site", id = await server.MastertonSiteIdAsync() });
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var proposal = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync($"/api/assignment/proposals/{id}");
        using var pages = await server.PagesAsAsync(Accounts.Connector);

        var page = await pages.GetAsync($"/assignment/{id}");

        AssertAccessibleChart(page.Document, "mix-chart");
        var rows = TableRows(page.Document, "mix-chart");
        Assert.Equal(4, rows.Count);
        var mix = proposal["policy"]!["mix"]!;
        var added = proposal["figures"]!["addedByCohort"]!.AsArray().Select(a => a!.GetValue<int>()).ToList();
        var after = proposal["figures"]!["sharesAfter"]!.AsArray().Select(a => a!.GetValue<double>()).ToList();
        var target = new[] { "youth", "underTwoYears", "overTwoYears", "withChildren" }.Select(k => mix[k]!.GetValue<int>().ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal(target, rows.Select(r => r[1]));
        Assert.Equal(added.Select(a => a.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[2]));
        Assert.Equal(after.Select(a => Math.Round(a, 1).ToString("0.0", CultureInfo.InvariantCulture)), rows.Select(r => r[4]));
    }

    [Fact]
    public async Task Lmi1_CalibrationChart_WithHeldOutAuc_TableMatchesTheModel_R019()
    {
        var national = await server.AsAsync(Accounts.NationalOffice);
        using (var ran = await national.PostJsonAsync("/api/lmi1/runs", new { }))
        {
            await ran.ReadJsonAsync(HttpStatusCode.OK);
        }

        var model = (await national.GetJsonAsync("/api/lmi1"))["latest"]!;
        using var pages = await server.PagesAsAsync(Accounts.NationalOffice);

        var page = await pages.GetAsync("/lmi1");

        AssertAccessibleChart(page.Document, "calibration-chart");
        Assert.Contains($"AUC {model["auc"]!.GetValue<double>().ToString("0.000", CultureInfo.InvariantCulture)}", page.Document.QuerySelector("#calibration-chart-title")!.TextContent, StringComparison.Ordinal);
        var rows = TableRows(page.Document, "calibration-chart");
        var bins = model["calibration"]!.AsArray();
        Assert.Equal(bins.Count, rows.Count);
        Assert.Equal(bins.Count, page.Document.QuerySelectorAll("svg#calibration-chart circle").Length);
        for (var i = 0; i < bins.Count; i++)
        {
            Assert.Equal(bins[i]!["count"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), rows[i][1]);
            Assert.Equal(bins[i]!["observed"]!.GetValue<double>().ToString("0.000", CultureInfo.InvariantCulture), rows[i][3]);
        }
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ChartPageTestsSqlite(SqliteServer server) : ChartPageTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ChartPageTestsPostgres(PostgresServer server) : ChartPageTests(server);
