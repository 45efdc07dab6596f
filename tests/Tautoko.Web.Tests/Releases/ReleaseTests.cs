using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Core.Hardship;
using Tautoko.Data;
using Tautoko.Web.Tests.Exports;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Releases;

/// <summary>
/// Statistical releases (R-105, R-106, R-107): the analyst builds one, it is recorded and reproduces exactly; rounded cells are
/// multiples of 3 within 2 of the truth and the same records round the same way in every table and release with the key;
/// only the analyst sees true counts; CSV, XLSX and PDF carry the seed's notes.
/// </summary>
public abstract class ReleaseTests(TautokoServer server)
{
    private static JsonArray Tables(JsonNode release) => release["tables"]!.AsArray();

    private static JsonNode Table(JsonNode release, string code, string? period = null) =>
        Tables(release).First(t => t.Text("code") == code && (period is null || t.Text("period") == period))!;

    /// <summary>The published count of the row's cell in the column.</summary>
    private static int? Count(JsonNode table, string row, int column) =>
        table["rows"]!.AsArray().First(r => r.Text("label") == row)!["cells"]![column]!["count"]?.GetValue<int>();

    private static int? Unrounded(JsonNode table, string row, int column) =>
        table["rows"]!.AsArray().First(r => r.Text("label") == row)!["cells"]![column]!["unrounded"]?.GetValue<int>();

    private async Task<JsonNode> BuildAsync(string account, object body)
    {
        using var response = await (await server.AsAsync(account)).PostJsonAsync("/api/releases", body);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Build_AsAnalyst_IsRecorded_AndReadsBackExactly_R105()
    {
        var year = ReleaseTestData.Year(9);
        await ReleaseTestData.SeedDeclinesAsync(server, year, 3, HardshipNeed.Food, DeclineReason.NotAnEssentialNeed, 7);
        var built = await BuildAsync(Accounts.NationalOffice, new { title = "Food declines", periods = new[] { ReleaseTestData.Period(year) } });
        var id = built["id"]!.GetValue<Guid>();

        var again = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/releases/{id}");
        var third = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/releases/{id}");

        // Every table of the seeds, the seed's rounding by default (R-105): decline tables rounded, Six to Eight not.
        Assert.Equal(Tables(built).ToJsonString(), Tables(again).ToJsonString());
        Assert.Equal(Tables(again).ToJsonString(), Tables(third).ToJsonString());
        Assert.Equal(ReleaseTestData.Year(9).ToString(System.Globalization.CultureInfo.InvariantCulture), built["periods"]![0]!.GetValue<string>());
        Assert.True(Table(built, "food-declines")["rounded"]!.GetValue<bool>());
        Assert.True(Table(built, "household-declines")["rounded"]!.GetValue<bool>());
        foreach (var code in new[] { "staff", "reviews", "complaints" })
        {
            Assert.False(Table(built, code)["rounded"]!.GetValue<bool>(), $"R-105: {code} is published unrounded by default");
        }

        Assert.Equal(7, Unrounded(Table(built, "food-declines"), "Not an essential need", 0));
        Assert.Contains(Count(Table(built, "food-declines"), "Not an essential need", 0), new int?[] { 6, 9 });
        Assert.Null(Table(built, "calls").Text("noData"));
        Assert.StartsWith("No data", Table(built, "self-service").Text("noData"));
        Assert.Contains(Table(built, "food-declines")["notes"]!.AsArray(), n => n!.GetValue<string>().StartsWith("The tables show the number of declines, not the number of clients", StringComparison.Ordinal));
        Assert.Matches("^[0-9a-f]{32}$", built.Text("releaseKey"));

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var row = await db.StatisticalReleases.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal(built.Text("releaseKey"), row.ReleaseKey);
        Assert.Contains("food-declines:rounded", row.Tables, StringComparison.Ordinal);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityId == id.ToString() && a.Action == AuditAction.Create));
    }

    [Fact]
    public async Task RoundedCells_AreMultiplesOfThree_WithinTwo_TotalsRoundedAsTheirOwnCells_R105()
    {
        var year = ReleaseTestData.Year(8);
        foreach (var (reason, count) in new[] { (DeclineReason.Other, 4), (DeclineReason.NotAQualifyingNeed, 5), (DeclineReason.LackOfRepresentation, 1) })
        {
            await ReleaseTestData.SeedDeclinesAsync(server, year, 2, HardshipNeed.Food, reason, count);
            await ReleaseTestData.SeedDeclinesAsync(server, year, 5, HardshipNeed.OtherAppliances, reason, count);
        }

        var release = await BuildAsync(Accounts.NationalOffice, new { title = "Checks", periods = new[] { ReleaseTestData.Period(year), ReleaseTestData.Period(ReleaseTestData.Year(1)) }, tables = new[] { new { table = "food-declines" }, new { table = "household-declines" } } });

        var cells = 0;
        foreach (var table in Tables(release))
        {
            foreach (var cell in table!["rows"]!.AsArray().SelectMany(r => r!["cells"]!.AsArray()))
            {
                var published = cell!["count"]!.GetValue<int>();
                var truth = cell["unrounded"]!.GetValue<int>();
                Assert.True(published % 3 == 0, $"R-105: {published} is not a multiple of 3");
                Assert.True(Math.Abs(published - truth) <= 2, $"R-105: {truth} published as {published}");
                Assert.True(truth != 0 || published == 0, "R-105: zero stays zero");
                cells++;
            }
        }

        Assert.True(cells > 100);
        var food = Table(release, "food-declines");
        Assert.Equal(10, Unrounded(food, "Total", 0));
        Assert.Equal(4, Unrounded(food, "Other", 0));
        var household = Table(release, "household-declines", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, Unrounded(household, "Total", 1));
        Assert.Equal(10, Unrounded(household, "Total", 4));
        // Other Appliances is the only group with declines: its column total and the grand total are the same records, so they round alike.
        Assert.Equal(Count(household, "Total", 1), Count(household, "Total", 4));
    }

    [Fact]
    public async Task SameRecords_RoundIdentically_InOverlappingPeriodsAndOtherReleases_OtherKeysIndependently_R105()
    {
        var year = ReleaseTestData.Year(7);
        await ReleaseTestData.SeedDeclinesAsync(server, year, 3, HardshipNeed.Food, DeclineReason.NotAnEmergencySituation, 5);
        await ReleaseTestData.SeedDeclinesAsync(server, year, 4, HardshipNeed.Food, DeclineReason.SufficientFinancialResource, 4);
        // The whole year and its first half hold the same records: every cell of the two columns rounds alike.
        var first = await BuildAsync(Accounts.NationalOffice, new { title = "A", periods = new[] { ReleaseTestData.Period(year), ReleaseTestData.Period(year, 1, 6) }, tables = new[] { new { table = "food-declines" } } });
        var second = await BuildAsync(Accounts.NationalOffice, new { title = "B", periods = new[] { ReleaseTestData.Period(year, 1, 6) }, tables = new[] { new { table = "food-declines" } } });

        var a = Table(first, "food-declines");
        var b = Table(second, "food-declines");
        foreach (var row in new[] { "Not an emergency situation", "Sufficient financial resource", "Total" })
        {
            Assert.Equal(Count(a, row, 0), Count(a, row, 1));
            Assert.Equal(Count(a, row, 0), Count(b, row, 0));
        }

        // Another release key rounds the same records independently: over many keys the published total averages the truth (9 → 9).
        var totals = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            var key = Convert.ToHexStringLower(BitConverter.GetBytes((long)i * 7919 + 1)) + "0123456789abcdef";
            var other = await BuildAsync(Accounts.NationalOffice, new { title = $"Key {i}", periods = new[] { ReleaseTestData.Period(year) }, tables = new[] { new { table = "food-declines" } }, releaseKey = key });
            var table = Table(other, "food-declines");
            Assert.Equal(key, other.Text("releaseKey"));
            totals.Add(Count(table, "Not an emergency situation", 0)!.Value);
        }

        // 5 rounds to 6 (p 2/3) or 3 (p 1/3): twelve keys all alike would have probability below 0.8%.
        Assert.All(totals, t => Assert.Contains(t, new[] { 3, 6 }));
        Assert.True(totals.Distinct().Count() == 2, "R-105: different release keys give different, independent roundings");
    }

    [Fact]
    public async Task OtherRoles_SeePublishedFiguresOnly_AndCannotBuild()
    {
        var year = ReleaseTestData.Year(6);
        await ReleaseTestData.SeedDeclinesAsync(server, year, 8, HardshipNeed.Food, DeclineReason.NotAnEconomicPurchase, 2);
        var built = await BuildAsync(Accounts.NationalOffice, new { title = "For everyone", periods = new[] { ReleaseTestData.Period(year) } });
        var id = built["id"]!.GetValue<Guid>();

        foreach (var account in new[] { Accounts.Manager, Accounts.CaseManager, Accounts.Quality, Accounts.Csr })
        {
            var api = await server.AsAsync(account);
            var seen = await api.GetJsonAsync($"/api/releases/{id}");
            Assert.False(seen["showsUnrounded"]!.GetValue<bool>());
            Assert.Null(seen["releaseKey"]);
            Assert.All(Tables(seen).SelectMany(t => t!["rows"]!.AsArray()).SelectMany(r => r!["cells"]!.AsArray()), c => Assert.Null(c!["unrounded"]));
            Assert.Equal(Count(Table(built, "food-declines"), "Not an economic purchase", 0), Count(Table(seen, "food-declines"), "Not an economic purchase", 0));
            Assert.Contains((await api.GetJsonAsync("/api/releases")).AsArray(), r => r!["id"]!.GetValue<Guid>() == id);

            using var refused = await api.PostJsonAsync("/api/releases", new { title = "Mine", periods = new[] { ReleaseTestData.Period(year) } });
            Assert.Equal("role", (await refused.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        using var anonymous = await server.Http.GetAsync($"/api/releases/{id}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task BadInput_Is400NamingTheField()
    {
        var api = await server.AsAsync(Accounts.NationalOffice);
        using var response = await api.PostJsonAsync("/api/releases", new
        {
            title = "",
            periods = new object[] { new { from = "2024-12-31", to = "2024-01-01" }, new { from = "1900-01-01", to = "1900-12-31" } },
            tables = new[] { new { table = "no-such-table" } },
            releaseKey = "xyz",
        });
        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
        foreach (var field in new[] { "title", "periods[0]", "periods[1]", "tables[0]", "releaseKey" })
        {
            Assert.NotNull(errors[field]);
        }

        using var none = await api.PostJsonAsync("/api/releases", new { title = "No periods" });
        Assert.NotNull((await none.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["periods"]);

        var built = await BuildAsync(Accounts.NationalOffice, new { title = "Format", periods = new[] { ReleaseTestData.Period(ReleaseTestData.Year(1)) }, tables = new[] { new { table = "staff" } } });
        using var format = await api.GetAsync($"/api/releases/{built["id"]}?format=docx");
        Assert.NotNull((await format.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["format"]);
        using var missing = await api.GetAsync($"/api/releases/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Files_CsvXlsxPdf_CarryThePublishedFiguresAndTheSeedsNotes_Audited()
    {
        var year = ReleaseTestData.Year(5);
        await ReleaseTestData.SeedDeclinesAsync(server, year, 6, HardshipNeed.Food, DeclineReason.DidNotParticipateInBudgeting, 4);
        var built = await BuildAsync(Accounts.NationalOffice, new { title = "Files", periods = new[] { ReleaseTestData.Period(year) }, tables = new[] { new { table = "food-declines" }, new { table = "staff" }, new { table = "calls" } } });
        var id = built["id"]!.GetValue<Guid>();
        var published = Count(Table(built, "food-declines"), "Did not participate in budgeting", 0)!.Value;
        var api = await server.AsAsync(Accounts.Manager);

        using var csv = await api.GetAsync($"/api/releases/{id}?format=csv");
        Assert.True(csv.StatusCode == HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"Did not participate in budgeting,{published}", text, StringComparison.Ordinal);
        Assert.Contains("The tables show the number of declines, not the number of clients", text, StringComparison.Ordinal);
        Assert.Contains("From the call records imported from the telephony system", text, StringComparison.Ordinal);

        using var xlsx = await api.GetAsync($"/api/releases/{id}?format=xlsx");
        var rows = XlsxReader.Read(await xlsx.Content.ReadAsByteArrayAsync(), out var sheet);
        Assert.Equal("Files", sheet);
        Assert.Contains(rows, r => r[0] == "Did not participate in budgeting" && r[1] == published.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, r => r.Count > 0 && r[0].Contains("random rounding to base three", StringComparison.Ordinal));

        using var pdf = await api.GetAsync($"/api/releases/{id}?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(PdfFacts.Read(bytes).Pages >= 1);

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        Assert.True(await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Export && a.Detail!.Contains("Files")) + await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Export && a.Detail!.Contains(id.ToString())) >= 3);
    }

    [Fact]
    public async Task Pages_AnalystBuildsOnThePage_OthersSeeTheListWithoutTheForm()
    {
        using var analyst = await server.PagesAsAsync(Accounts.NationalOffice);
        var form = await analyst.GetAsync("/releases");
        using var posted = await analyst.SubmitAsync(form, "#build-release", new Dictionary<string, string> { ["title"] = "Built on the page" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        var detail = await analyst.GetAsync(location);
        Assert.Equal("Built on the page", detail.Document.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(detail.Document.QuerySelectorAll("section.release-table table"));
        Assert.NotEmpty(detail.Document.QuerySelectorAll(".unrounded"));
        using var xlsx = await analyst.GetRawAsync(location + "?handler=download&format=xlsx");
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.NotNull(document.WorkbookPart);
        }

        using var manager = await server.PagesAsAsync(Accounts.Manager);
        var list = await manager.GetAsync("/releases");
        Assert.Null(list.Document.QuerySelector("#build-release"));
        Assert.NotNull(list.Document.QuerySelector($"#releases a[href='{location}']"));
        var seen = await manager.GetAsync(location);
        Assert.Empty(seen.Document.QuerySelectorAll(".unrounded"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ReleaseTestsSqlite(SqliteServer server) : ReleaseTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ReleaseTestsPostgres(PostgresServer server) : ReleaseTests(server);
