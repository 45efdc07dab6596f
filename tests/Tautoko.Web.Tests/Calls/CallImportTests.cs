using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Calls;

/// <summary>
/// Contact-centre figures (seed 003 Appendix One): the telephony CSV import is all or nothing, idempotent on the call id and
/// names each bad line and field; the figures by business unit and Auckland month follow their definitions; the release's
/// Appendix One counts the imported calls; only national office and contact-centre managers import and read.
/// Hand-made calls are in years the demo calls (the last twelve months) do not reach, with call ids of their own.
/// </summary>
public abstract class CallImportTests(TautokoServer server)
{
    private const string Header = "call id,queue,offered time,answered time,end time,abandoned,call-back offered,call-back accepted";

    private static int Year(int yearsAgo) => DateTime.UtcNow.Year - yearsAgo;

    private static string Csv(params string[] lines) => string.Join("\n", [Header, .. lines]) + "\n";

    private static string Prefix() => "T" + Guid.NewGuid().ToString("N")[..10];

    private async Task<HttpResponseMessage> ImportAsync(string account, string csv) =>
        await (await server.AsAsync(account)).PostRawAsync("/api/calls/imports", csv, "text/csv");

    private async Task<int> HeldAsync(string prefix)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        return await db.CallRecords.CountAsync(c => c.CallId.StartsWith(prefix));
    }

    [Fact]
    public async Task Import_AddsTheCalls_AndImportingAgainAddsNothing()
    {
        var p = Prefix();
        var y = Year(6);
        var csv = Csv(
            $"{p}-1,WI-GENERAL,{y}-03-02 09:00:00,{y}-03-02 09:01:00,{y}-03-02 09:10:00,false,false,false",
            $"{p}-2,studylink-loan,{y}-03-02 10:00:00,,{y}-03-02 10:03:00,true,true,false",
            $"{p}-3,SENIORS-NZSUPER,{y}-03-03T10:00:00+13:00,{y}-03-03T10:00:20+13:00,{y}-03-03T10:05:00+13:00,false,false,false");

        var first = await (await ImportAsync(Accounts.NationalOffice, csv)).ReadJsonAsync(HttpStatusCode.OK);
        var again = await (await ImportAsync(Accounts.NationalOffice, csv)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(3, first["lines"]!.GetValue<int>());
        Assert.Equal(3, first["added"]!.GetValue<int>());
        Assert.Equal(0, first["alreadyHeld"]!.GetValue<int>());
        Assert.Equal(0, again["added"]!.GetValue<int>());
        Assert.Equal(3, again["alreadyHeld"]!.GetValue<int>());
        Assert.Equal(3, await HeldAsync(p));
    }

    [Fact]
    public async Task Import_AsMultipartFile_Works()
    {
        var p = Prefix();
        var y = Year(6);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Csv($"{p}-1,DEBT-COLLECTION,{y}-05-04 11:00:00,{y}-05-04 11:00:30,{y}-05-04 11:04:30,false,false,false")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "calls.csv");

        using var response = await (await server.AsAsync(Accounts.NationalOffice)).SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/calls/imports") { Content = form });

        Assert.Equal(1, (await response.ReadJsonAsync(HttpStatusCode.OK))["added"]!.GetValue<int>());
        Assert.Equal(1, await HeldAsync(p));
    }

    [Fact]
    public async Task BadLines_AreReportedWithLineAndField_AndNothingIsWritten()
    {
        var p = Prefix();
        var y = Year(6);
        var csv = Csv(
            $"{p}-1,WI-GENERAL,{y}-06-01 09:00:00,{y}-06-01 09:01:00,{y}-06-01 09:10:00,false,false,false",
            $"{p}-2,WI-GENERAL,{y}-06-01 09:00:00,{y}-06-01 08:59:00,{y}-06-01 09:10:00,false,false,false",
            $"{p}-3,NO-SUCH-QUEUE,{y}-06-01 09:00:00,,{y}-06-01 09:10:00,true,false,false",
            $"{p}-4,WI-GENERAL,yesterday,,{y}-06-01 09:10:00,maybe,false,true",
            $"{p}-1,WI-GENERAL,{y}-06-01 09:00:00,{y}-06-01 09:01:00,{y}-06-01 09:10:00,false,false,false",
            $"{p}-6,WI-GENERAL,{y}-06-01 09:00:00,{y}-06-01 09:01:00,{y}-06-01 09:10:00,true,false,false");

        var problem = await (await ImportAsync(Accounts.NationalOffice, csv)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();

        Assert.Contains("line 3: answered", errors.Select(e => e.Key));
        Assert.Contains("line 4: queue", errors.Select(e => e.Key));
        Assert.Contains("line 5: offered", errors.Select(e => e.Key));
        Assert.Contains("line 5: abandoned", errors.Select(e => e.Key));
        Assert.Contains("line 5: callbackAccepted", errors.Select(e => e.Key));
        Assert.Contains("line 6: callId", errors.Select(e => e.Key));
        Assert.Contains("line 7: abandoned", errors.Select(e => e.Key));
        Assert.DoesNotContain("line 2: answered", errors.Select(e => e.Key));
        Assert.Contains("NO-SUCH-QUEUE", errors["line 4: queue"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("line 2", errors["line 6: callId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await HeldAsync(p));
    }

    [Fact]
    public async Task CallIdHeldWithOtherValues_IsALineConflict_AndNothingIsWritten()
    {
        var p = Prefix();
        var y = Year(6);
        await (await ImportAsync(Accounts.NationalOffice, Csv($"{p}-1,WI-HOUSING,{y}-07-01 09:00:00,{y}-07-01 09:01:00,{y}-07-01 09:10:00,false,false,false"))).ReadJsonAsync(HttpStatusCode.OK);

        var problem = await (await ImportAsync(Accounts.NationalOffice, Csv(
            $"{p}-2,WI-HOUSING,{y}-07-02 09:00:00,{y}-07-02 09:01:00,{y}-07-02 09:10:00,false,false,false",
            $"{p}-1,WI-HOUSING,{y}-07-01 09:00:00,{y}-07-01 09:01:00,{y}-07-01 09:12:00,false,false,false"))).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("already held with other values", problem["errors"]!["line 3: callId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, await HeldAsync(p));
    }

    [Fact]
    public async Task MissingColumns_AndEmptyBody_Are400()
    {
        var missing = await (await ImportAsync(Accounts.NationalOffice, "call id,queue,offered\nX1,WI-GENERAL,2020-01-01 09:00:00\n")).ReadProblemAsync(HttpStatusCode.BadRequest);
        var empty = await (await ImportAsync(Accounts.NationalOffice, string.Empty)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(missing["errors"]!["line 1: header"]);
        Assert.NotNull(empty["errors"]!["file"]);
    }

    [Fact]
    public async Task Figures_ByUnitAndAucklandMonth_AverageSpeedOfAnswerAndHandleTime()
    {
        var p = Prefix();
        var y = Year(5);
        await (await ImportAsync(Accounts.NationalOffice, Csv(
            // 23:59 on 31 March in Auckland: March (answered after 30 s, handled for 300 s).
            $"{p}-a,WI-GENERAL,{y}-03-31 23:59:00,{y}-03-31 23:59:30,{y}-04-01 00:04:30,false,false,false",
            // 00:30 on 1 April in Auckland is still 31 March in UTC: April (90 s to answer, 600 s handled).
            $"{p}-b,WI-HARDSHIP,{y}-04-01 00:30:00,{y}-04-01 00:31:30,{y}-04-01 00:41:30,false,false,false",
            $"{p}-c,WI-GENERAL,{y}-04-02T10:00:00+12:00,,{y}-04-02T10:02:00+12:00,true,true,false",
            // 09:00 UTC on 10 April is 21:00 or 22:00 in Auckland the same day (10 s to answer, 600 s handled).
            $"{p}-d,STUDYLINK-LOAN,{y}-04-10T09:00:00Z,{y}-04-10T09:00:10Z,{y}-04-10T09:10:10Z,false,false,false",
            $"{p}-e,STUDYLINK-LOAN,{y}-04-11 09:00:00,,{y}-04-11 09:01:00,false,true,true"))).ReadJsonAsync(HttpStatusCode.OK);

        var report = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/calls/figures?from={y}-03-01&to={y}-04-30");
        var april = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/calls/figures?from={y}-04-01&to={y}-04-30");

        JsonNode Row(JsonNode r, string unit, string? month) =>
            r["rows"]!.AsArray().Concat(r["unitTotals"]!.AsArray()).Append(r["total"]).Single(x => x!.Text("businessUnit") == unit && x.Text("month") == month)!;
        static void Expect(JsonNode row, int offered, int answered, int abandoned, decimal? asa, decimal? aht, int cbOffered, int cbAccepted)
        {
            Assert.Equal(offered, row["offered"]!.GetValue<int>());
            Assert.Equal(answered, row["answered"]!.GetValue<int>());
            Assert.Equal(abandoned, row["abandoned"]!.GetValue<int>());
            Assert.Equal(asa, row["averageSpeedOfAnswerSeconds"]?.GetValue<decimal>());
            Assert.Equal(aht, row["averageHandleTimeSeconds"]?.GetValue<decimal>());
            Assert.Equal(cbOffered, row["callbacksOffered"]!.GetValue<int>());
            Assert.Equal(cbAccepted, row["callbacksAccepted"]!.GetValue<int>());
        }

        Expect(Row(report, "Work and Income", $"{y}-03"), 1, 1, 0, 30m, 300m, 0, 0);
        Expect(Row(report, "Work and Income", $"{y}-04"), 2, 1, 1, 90m, 600m, 1, 0);
        Expect(Row(report, "StudyLink", $"{y}-04"), 2, 1, 0, 10m, 600m, 1, 1);
        Expect(Row(report, "Work and Income", null), 3, 2, 1, 60m, 450m, 1, 0);
        Expect(Row(report, "All business units", null), 5, 3, 1, 43.3m, 500m, 2, 1);
        Assert.Equal(3, report["rows"]!.AsArray().Count);
        Expect(Row(april, "All business units", null), 4, 2, 1, 50m, 600m, 2, 1);
        Assert.DoesNotContain(april["rows"]!.AsArray(), r => r!.Text("month") == $"{y}-03");
        Assert.StartsWith("No data", report["selfService"].Text("noData"), StringComparison.Ordinal);
        Assert.Empty(report["selfService"]!["months"]!.AsArray());
    }

    [Fact]
    public async Task Figures_BadPeriod_Is400NamingTheField()
    {
        var problem = await (await (await server.AsAsync(Accounts.NationalOffice)).GetAsync("/api/calls/figures?from=2024-05-01&to=2024-04-01")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["to"]);
    }

    [Theory]
    [InlineData("to=0001-01-01", "to")]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    public async Task Figures_ImplausibleDay_Is400NamingTheField_NeverA500(string query, string field)
    {
        var problem = await (await (await server.AsAsync(Accounts.NationalOffice)).GetAsync($"/api/calls/figures?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Theory]
    [InlineData(Accounts.CaseManager)]
    [InlineData(Accounts.Csr)]
    [InlineData(Accounts.Manager)]
    [InlineData(Accounts.Quality)]
    public async Task OtherRoles_AreRefused_AndWriteNothing(string account)
    {
        var p = Prefix();
        var csv = Csv($"{p}-1,WI-GENERAL,{Year(6)}-08-01 09:00:00,{Year(6)}-08-01 09:01:00,{Year(6)}-08-01 09:10:00,false,false,false");

        using var import = await ImportAsync(account, csv);
        using var figures = await (await server.AsAsync(account)).GetAsync("/api/calls/figures");
        var pages = await server.PagesAsAsync(account);
        await pages.GetAsync("/calls", HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, figures.StatusCode);
        Assert.Equal(0, await HeldAsync(p));
    }

    [Fact]
    public async Task Page_ShowsTheFigures_AndTheLineErrorsOfAnUpload()
    {
        var p = Prefix();
        var y = Year(6);
        var pages = await server.PagesAsAsync(Accounts.NationalOffice);
        var page = await pages.GetAsync($"/calls?from={y}-09-01&to={y}-09-30");
        Assert.NotNull(page.Document.QuerySelector("#import-calls"));
        Assert.Contains("No data", page.Document.QuerySelector("#self-service")!.TextContent, StringComparison.Ordinal);

        var bad = Csv($"{p}-1,WI-GENERAL,{y}-09-01 09:00:00,,{y}-09-01 08:00:00,false,false,false");
        var refused = await PageClient.ParseAsync(await pages.SubmitFileAsync(page, "#import-calls", "file", "calls.csv", Encoding.UTF8.GetBytes(bad), "text/csv"));
        Assert.Contains("line 2: ended", refused.Document.QuerySelector("#line-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await HeldAsync(p));

        var good = Csv($"{p}-1,WI-GENERAL,{y}-09-01 09:00:00,,{y}-09-01 09:02:00,true,false,false");
        var done = await PageClient.ParseAsync(await pages.SubmitFileAsync(page, "#import-calls", "file", "calls.csv", Encoding.UTF8.GetBytes(good), "text/csv"));
        Assert.Contains("1 calls added", done.Document.QuerySelector("#imported")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await HeldAsync(p));
    }

    [Fact]
    public async Task Release_AppendixOne_CountsTheImportedCalls_UnroundedBySeed_RoundedWhenAsked_R105()
    {
        var p = Prefix();
        var y = Year(4);
        var lines = Enumerable.Range(1, 7).Select(i => $"{p}-{i},WI-GENERAL,{y}-02-{i:00} 09:00:00,{y}-02-{i:00} 09:00:{i * 5:00},{y}-02-{i:00} 09:10:00,false,{(i <= 2 ? "true" : "false")},false")
            .Append($"{p}-8,STUDYLINK-ALLOWANCE,{y}-02-09 09:00:00,,{y}-02-09 09:01:00,true,false,false").ToArray();
        await (await ImportAsync(Accounts.NationalOffice, Csv(lines))).ReadJsonAsync(HttpStatusCode.OK);
        var period = new { from = $"{y}-01-01", to = $"{y}-12-31" };
        var api = await server.AsAsync(Accounts.NationalOffice);

        var plain = await (await api.PostJsonAsync("/api/releases", new { title = "Calls", periods = new[] { period }, tables = new[] { new { table = "calls" } } })).ReadJsonAsync(HttpStatusCode.Created);
        var rounded = await (await api.PostJsonAsync("/api/releases", new { title = "Calls rounded", periods = new[] { period }, tables = new[] { new { table = "calls", rounded = true } } })).ReadJsonAsync(HttpStatusCode.Created);

        var table = plain["tables"]![0]!;
        Assert.Null(table.Text("noData"));
        Assert.False(table["rounded"]!.GetValue<bool>(), "R-105: the seed publishes Appendix One unrounded");
        var wi = table["rows"]!.AsArray().Single(r => r!.Text("label") == "Work and Income")!["cells"]!.AsArray();
        Assert.Equal(7, wi[0]!["count"]!.GetValue<int>());
        Assert.Equal(7, wi[1]!["count"]!.GetValue<int>());
        Assert.Equal(0, wi[2]!["count"]!.GetValue<int>());
        Assert.Equal(20m, wi[3]!["value"]!.GetValue<decimal>());
        Assert.Equal(2, wi[5]!["count"]!.GetValue<int>());
        var total = table["rows"]!.AsArray().Single(r => r!.Text("label") == "Total")!["cells"]!.AsArray();
        Assert.True(total[0]!["count"]!.GetValue<int>() >= 8);
        var sl = table["rows"]!.AsArray().Single(r => r!.Text("label") == "StudyLink")!["cells"]!.AsArray();
        Assert.True(sl[2]!["count"]!.GetValue<int>() >= 1);

        var roundedWi = rounded["tables"]![0]!["rows"]!.AsArray().Single(r => r!.Text("label") == "Work and Income")!["cells"]!.AsArray();
        Assert.Equal(7, roundedWi[0]!["unrounded"]!.GetValue<int>());
        Assert.Contains(roundedWi[0]!["count"]!.GetValue<int>(), new[] { 6, 9 });
        Assert.Equal(20m, roundedWi[3]!["value"]!.GetValue<decimal>());
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CallImportTestsSqlite(SqliteServer server) : CallImportTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CallImportTestsPostgres(PostgresServer server) : CallImportTests(server);
