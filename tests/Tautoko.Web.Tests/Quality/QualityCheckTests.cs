using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;
using Tautoko.Web.Tests.Releases;

namespace Tautoko.Web.Tests.Quality;

/// <summary>
/// Quality checks (seed 001, R-100): a sample drawn with a recorded seed is drawn again by the same seed over the same
/// actions; results and error types are recorded once, independently; the accuracy measure comes from them with its sample
/// size and 95 % Wilson interval. Each test uses hardship decisions in a month of its own, years before the demo history.
/// </summary>
public abstract class QualityCheckTests(TautokoServer server)
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(Guid Site, DateOnly From, DateOnly To)> DeclinesAsync(int yearsAgo, int month, int count)
    {
        var year = ReleaseTestData.Year(yearsAgo);
        // Need "other" is in no release table, so these declines never change a release test's counts on the shared server.
        await ReleaseTestData.SeedDeclinesAsync(server, year, month, HardshipNeed.Other, DeclineReason.NotAnEmergencySituation, count);
        var staff = new StaffId(await Complaints.ComplaintTestData.StaffIdAsync(server, Accounts.CaseManager));
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var site = await db.Staff.Where(s => s.Id == staff).Select(s => s.SiteId).SingleAsync();
        var from = new DateOnly(year, month, 1);
        return (site.Value, from, from.AddMonths(1).AddDays(-1));
    }

    private async Task<JsonNode> DrawAsync(Guid site, DateOnly from, DateOnly to, int size, long? seed)
    {
        using var response = await (await server.AsAsync(Accounts.Quality)).PostJsonAsync("/api/quality-samples",
            new { siteId = site, from = Day(from), to = Day(to), size, kinds = new[] { "hardshipDecision" }, seed });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private static List<string> ActionIds(JsonNode sample) => [.. sample["checks"]!.AsArray().Select(c => c.Text("actionId")!)];

    [Fact]
    public async Task Draw_SameSeedOverSameActions_DrawsTheSameSample_SeedRecorded_R100()
    {
        var (site, from, to) = await DeclinesAsync(6, 2, 20);
        var first = await DrawAsync(site, from, to, 5, 424242);
        var again = await DrawAsync(site, from, to, 5, 424242);
        var other = await DrawAsync(site, from, to, 5, 7);
        Assert.Equal(20, first["populationSize"]!.GetValue<int>());
        Assert.Equal(5, ActionIds(first).Count);
        Assert.Equal(ActionIds(first), ActionIds(again));
        Assert.NotEqual(ActionIds(first), ActionIds(other));
        Assert.Equal(424242, first["seed"]!.GetValue<long>());

        // Stored with the sample: read back, the seed and the draw are the same.
        var read = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/quality-samples/{first.Text("id")}");
        Assert.Equal(424242, read["seed"]!.GetValue<long>());
        Assert.Equal(ActionIds(first), ActionIds(read));

        // Without a seed a fresh one is drawn and recorded; it reproduces the sample.
        var fresh = await DrawAsync(site, from, to, 5, null);
        var seed = fresh["seed"]!.GetValue<long>();
        Assert.Equal(ActionIds(fresh), ActionIds(await DrawAsync(site, from, to, 5, seed)));
    }

    [Fact]
    public async Task Accuracy_FromRecordedChecks_WithSampleSizeAndWilsonInterval_R100()
    {
        var (site, from, to) = await DeclinesAsync(7, 4, 10);
        var sample = await DrawAsync(site, from, to, 10, 99);
        var checks = sample["checks"]!.AsArray().Select(c => c.Text("id")!).ToList();
        Assert.Equal(10, checks.Count);
        var quality = await server.AsAsync(Accounts.Quality);

        // An error names its type (422, R-100).
        using (var noType = await quality.PostJsonAsync($"/api/quality-checks/{checks[0]}/result", new { result = "error" }))
        {
            var problem = await noType.ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("R-100", problem.Text("rule"));
        }

        using (var error = await quality.PostJsonAsync($"/api/quality-checks/{checks[0]}/result", new { result = "error", errorType = "incorrectAmount", note = "Granted more than the need." }))
        {
            var view = await error.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("error", view.Text("result"));
            Assert.Equal("incorrectAmount", view.Text("errorType"));
        }

        foreach (var id in checks.Skip(1))
        {
            using var ok = await quality.PostJsonAsync($"/api/quality-checks/{id}/result", new { result = "correct" });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        // Once per action: a second result is a conflict.
        using (var twice = await quality.PostJsonAsync($"/api/quality-checks/{checks[1]}/result", new { result = "error", errorType = "other" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        var report = await quality.GetJsonAsync($"/api/quality-accuracy?siteId={site}&from={Day(from)}&to={Day(to)}");
        var accuracy = report["accuracy"]!;
        Assert.Equal(10, accuracy["checked"]!.GetValue<int>());
        Assert.Equal(9, accuracy["correct"]!.GetValue<int>());
        Assert.Equal(0.9, accuracy["accuracy"]!.GetValue<double>(), 9);
        // Wilson 95 % for 9 of 10: 0.5958 to 0.9821.
        Assert.Equal(0.5958, accuracy["lower"]!.GetValue<double>(), 3);
        Assert.Equal(0.9821, accuracy["upper"]!.GetValue<double>(), 3);
        Assert.Equal(0.95, accuracy["target"]!.GetValue<double>(), 9);
        Assert.False(accuracy["meetsTarget"]!.GetValue<bool>());
        Assert.Contains("Wilson", accuracy.Text("method"), StringComparison.Ordinal);
        Assert.Equal(1, report["errorTypes"]!.AsArray().Single(e => e.Text("errorType") == "incorrectAmount")!["count"]!.GetValue<int>());

        // The monitors-and-measures report takes its accuracy line from the same checks (R-100).
        var measures = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/measures?level=site&id={site}&from={Day(from)}&to={Day(to)}");
        var line = measures["measures"]!.AsArray().Single(m => m.Text("code") == "accuracy")!;
        Assert.Equal(9, line["numerator"]!.GetValue<long>());
        Assert.Equal(10, line["denominator"]!.GetValue<long>());
        Assert.True(line["hasData"]!.GetValue<bool>());
        Assert.False(line["meetsTarget"]!.GetValue<bool>());

        // The sample shows its own accuracy too.
        var read = await quality.GetJsonAsync($"/api/quality-samples/{sample.Text("id")}");
        Assert.Equal(9, read["accuracy"]!["correct"]!.GetValue<int>());

        // The site's manager reads their own site; a manager of another site does not.
        var manager = await server.AsAsync(Accounts.Manager);
        using var own = await manager.GetAsync($"/api/quality-accuracy?siteId={site}&from={Day(from)}&to={Day(to)}");
        using var national = await manager.GetAsync($"/api/quality-accuracy?from={Day(from)}&to={Day(to)}");
        Assert.Equal(HttpStatusCode.Forbidden, national.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Draw_ByCaseManager_Is403_AndBadInputNamesTheField()
    {
        var (site, from, to) = await DeclinesAsync(8, 6, 1);
        using (var refused = await (await server.AsAsync(Accounts.CaseManager)).PostJsonAsync("/api/quality-samples", new { siteId = site, from = Day(from), to = Day(to) }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var quality = await server.AsAsync(Accounts.Quality);
        using (var size = await quality.PostJsonAsync("/api/quality-samples", new { siteId = site, from = Day(from), to = Day(to), size = 0 }))
        {
            var problem = await size.ReadJsonAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]!["size"]);
        }

        using (var noSite = await quality.PostJsonAsync("/api/quality-samples", new { from = Day(from), to = Day(to), kinds = new[] { "lunch" } }))
        {
            var problem = await noSite.ReadJsonAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]!["siteId"]);
            Assert.NotNull(problem["errors"]!["kinds"]);
        }

        using (var backwards = await quality.PostJsonAsync("/api/quality-samples", new { siteId = site, from = Day(to), to = Day(from) }))
        {
            var problem = await backwards.ReadJsonAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]!["to"]);
        }
    }

    [Fact]
    public async Task Pages_QualityCheckerDrawsAndRecordsOnThePage()
    {
        var (site, from, to) = await DeclinesAsync(9, 8, 3);
        using var pages = await server.PagesAsAsync(Accounts.Quality);
        var form = await pages.GetAsync("/quality");
        using var posted = await pages.SubmitAsync(form, "#draw-sample", new Dictionary<string, string>
        {
            ["siteId"] = site.ToString(), ["from"] = Day(from), ["to"] = Day(to), ["size"] = "3", ["seed"] = "31",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        var sample = await pages.GetAsync(location);
        Assert.Contains("Seed 31", sample.Document.QuerySelector("#seed")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, sample.Document.QuerySelectorAll("#checks tbody tr").Length);
        var firstRow = sample.Document.QuerySelector("#checks tbody tr")!.Id!;
        using var recorded = await pages.SubmitAsync(sample, $"#{firstRow} form", new Dictionary<string, string> { ["result"] = "correct" });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var after = await pages.GetAsync(location);
        Assert.Equal("Correct", after.Document.QuerySelector($"#{firstRow} .result")!.TextContent.Trim());
        Assert.Equal("1", after.Document.QuerySelector(".accuracy .checked")!.TextContent.Trim());

        using var caseManager = await server.PagesAsAsync(Accounts.CaseManager);
        await caseManager.GetAsync(location, HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class QualityCheckTestsSqlite(SqliteServer server) : QualityCheckTests(server);

[Collection(PostgresServer.Collection)]
public sealed class QualityCheckTestsPostgres(PostgresServer server) : QualityCheckTests(server);
