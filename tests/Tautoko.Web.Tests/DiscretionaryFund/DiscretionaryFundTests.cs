using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Complaints;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.DiscretionaryFund;

/// <summary>R-094 (004 §2.6): an ICSM grants up to $500 on the spot; more needs the named Service Centre Manager; never debt.</summary>
public abstract class DiscretionaryFundTests(TautokoServer server)
{
    private static string ThisMonth => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private Task<Guid> ClientAsync() => ComplaintTestData.MastertonClientAsync(server);

    private async Task<HttpResponseMessage> AskAsync(Guid client, object body, string account = Accounts.Icsm) =>
        await (await server.AsAsync(account)).PostJsonAsync($"/api/clients/{client}/discretionary-fund/grants", body);

    private async Task<decimal> SpendThisMonthAsync(string account = Accounts.Manager)
    {
        var spend = await (await server.AsAsync(account)).GetJsonAsync($"/api/discretionary-fund/spend?from={ThisMonth}&to={ThisMonth}");
        return spend["total"]!.GetValue<decimal>();
    }

    [Fact]
    public async Task Grant_UpTo500_IsGrantedOnTheSpot_AndAddsNoDebt_R094()
    {
        var client = await ClientAsync();

        using var response = await AskAsync(client, new { amount = 500.00m, purpose = "driverLicenceTesting", detail = "Third attempt at the restricted licence test." });

        var grant = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("granted", grant.Text("status"));
        Assert.False(grant["recoverable"]!.GetValue<bool>());
        Assert.Null(grant["approvingManagerId"]);
        var history = await (await server.AsAsync(Accounts.Icsm)).GetJsonAsync($"/api/clients/{client}/discretionary-fund");
        Assert.Equal(500.00m, history["totalGranted"]!.GetValue<decimal>());
        Assert.Equal(0m, history["debtAdded"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Grant_Over500WithoutManager_Returns422NamingR094()
    {
        using var response = await AskAsync(await ClientAsync(), new { amount = 500.01m, purpose = "smallBusinessStartUp", detail = "Coffee cart licence and first stock." });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-094", problem.Text("rule"));
        Assert.Contains("Service Centre Manager", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grant_Over500NamingSomeoneWhoIsNotTheSitesManager_Returns422NamingR094()
    {
        var connector = await ComplaintTestData.StaffIdAsync(server, Accounts.Connector);

        using var response = await AskAsync(await ClientAsync(), new { amount = 800m, purpose = "other", detail = "Tools for a job.", approvingManagerId = connector });

        Assert.Equal("R-094", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Grant_Over500WithManager_WaitsForThatManager_WhoApproves_AndIsRecorded_R094()
    {
        var client = await ClientAsync();
        var before = await SpendThisMonthAsync();
        var managerId = await ComplaintTestData.StaffIdAsync(server, Accounts.Manager);
        using var asked = await AskAsync(client, new { amount = 750.50m, purpose = "rehabilitationFees", detail = "Residential programme deposit.", approvingManagerId = managerId });
        var grant = await asked.ReadJsonAsync(HttpStatusCode.Created);
        var grantId = grant["id"]!.GetValue<Guid>();
        Assert.Equal("awaitingManager", grant.Text("status"));
        Assert.Equal(before, await SpendThisMonthAsync());

        var manager = await server.AsAsync(Accounts.Manager);
        Assert.Contains((await manager.GetJsonAsync("/api/discretionary-fund/awaiting-me")).AsArray(), g => g!["id"]!.GetValue<Guid>() == grantId);
        using (var other = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{client}/discretionary-fund/grants/{grantId}/decision", new { approve = true, version = 0 }))
        {
            Assert.Equal("R-094", (await other.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        using (var approved = await manager.PostJsonAsync($"/api/clients/{client}/discretionary-fund/grants/{grantId}/decision", new { approve = true, note = "Programme confirmed.", version = 0 }))
        {
            var done = await approved.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("granted", done.Text("status"));
            Assert.Equal(await server.StaffNameAsync(Accounts.Manager), done.Text("decidedBy"));
        }

        Assert.Equal(before + 750.50m, await SpendThisMonthAsync());
        using var twice = await manager.PostJsonAsync($"/api/clients/{client}/discretionary-fund/grants/{grantId}/decision", new { approve = false, version = 1 });
        Assert.Equal("fund-decided", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-20")]
    [InlineData("12.345")]
    [InlineData("10000.01")]
    public async Task Grant_ImplausibleAmount_Returns400NamingAmount(string amount)
    {
        using var response = await AskAsync(await ClientAsync(), new { amount = decimal.Parse(amount, CultureInfo.InvariantCulture), purpose = "other", detail = "Bus fares." });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["amount"]);
    }

    [Fact]
    public async Task Grant_MissingFields_Return400NamingEach()
    {
        using var response = await AskAsync(await ClientAsync(), new { detail = " " });

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
        Assert.NotNull(errors["amount"]);
        Assert.NotNull(errors["purpose"]);
        Assert.NotNull(errors["detail"]);
    }

    [Fact]
    public async Task Grant_ByAnotherRole_IsRefused()
    {
        using var response = await AskAsync(await ClientAsync(), new { amount = 50m, purpose = "other", detail = "Bus fares." }, Accounts.CaseManager);

        Assert.Equal("role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task Spend_IsExactPerCaseManagerSiteAndMonth_AndScopedByRole()
    {
        var before = await SpendThisMonthAsync();
        var client = await ClientAsync();
        foreach (var amount in new[] { 123.45m, 0.10m, 0.20m })
        {
            using var response = await AskAsync(client, new { amount, purpose = "other", detail = "Work boots and bus fares." });
            await response.ReadJsonAsync(HttpStatusCode.Created);
        }

        Assert.Equal(before + 123.75m, await SpendThisMonthAsync());
        var icsmId = await ComplaintTestData.StaffIdAsync(server, Accounts.Icsm);
        var spend = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/discretionary-fund/spend?from={ThisMonth}&to={ThisMonth}");
        var row = spend["rows"]!.AsArray().Single(r => r!["caseManagerId"]!.GetValue<Guid>() == icsmId)!;
        Assert.Equal(ThisMonth, row.Text("month"));
        Assert.Equal("Masterton", row.Text("site"));
        Assert.Equal(spend["total"]!.GetValue<decimal>(), spend["bySite"]!.AsArray().Sum(s => s!["amount"]!.GetValue<decimal>()));

        var national = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/discretionary-fund/spend?from={ThisMonth}&to={ThisMonth}&siteId={await server.MastertonSiteIdAsync()}");
        Assert.Equal(spend["total"]!.GetValue<decimal>(), national["total"]!.GetValue<decimal>());
        var own = await (await server.AsAsync(Accounts.Icsm)).GetJsonAsync($"/api/discretionary-fund/spend?from={ThisMonth}&to={ThisMonth}");
        Assert.All(own["rows"]!.AsArray(), r => Assert.Equal(icsmId, r!["caseManagerId"]!.GetValue<Guid>()));

        using (var caseManager = await (await server.AsAsync(Accounts.CaseManager)).GetAsync("/api/discretionary-fund/spend"))
        {
            await caseManager.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        foreach (var (query, field) in new[] { ("from=2026-13", "from"), ("to=soon", "to"), ("from=2026-06&to=2026-01", "to"), ("from=1990-01&to=1990-02", "from") })
        {
            using var bad = await (await server.AsAsync(Accounts.Manager)).GetAsync($"/api/discretionary-fund/spend?{query}");
            Assert.NotNull((await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]![field]);
        }
    }

    [Fact]
    public async Task Purposes_AreTheSeedsExamplesAndOther_R094()
    {
        var purposes = (await (await server.AsAsync(Accounts.Icsm)).GetJsonAsync("/api/discretionary-fund/purposes")).AsArray();

        Assert.Equal(["rehabilitationFees", "smallBusinessStartUp", "driverLicenceTesting", "other"], purposes.Select(p => p.Text("purpose")));
        Assert.Equal("Initial funding for clients to set up their own small business", purposes[1].Text("seedText"));
        Assert.Equal(3, purposes.Count(p => p!["fromSeed"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Pages_IcsmRequestsOnTheClientsPage_ManagerSeesSpend()
    {
        var client = await ClientAsync();
        using var icsm = await server.PagesAsAsync(Accounts.Icsm);
        var page = await icsm.GetAsync($"/clients/{client}/discretionary-fund");

        using (var posted = await icsm.SubmitAsync(page, "#fund-request", new Dictionary<string, string> { ["amount"] = "80.50", ["purpose"] = "DriverLicenceTesting", ["detail"] = "Practical test fee." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        var after = await icsm.GetAsync($"/clients/{client}/discretionary-fund");
        Assert.Contains("Granted on the spot", after.Document.QuerySelector("#message")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("$80.50", after.Document.QuerySelector("#fund-total")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("$0.00", after.Document.QuerySelector("#fund-debt")!.TextContent, StringComparison.Ordinal);

        using var manager = await server.PagesAsAsync(Accounts.Manager);
        var spend = await manager.GetAsync("/discretionary-fund/spend");
        Assert.NotNull(spend.Document.QuerySelector("#fund-spend"));
        Assert.NotNull(spend.Document.QuerySelector("nav a[href='/discretionary-fund/spend']"));
        using var caseManager = await server.PagesAsAsync(Accounts.CaseManager);
        using var refused = await caseManager.GetRawAsync("/discretionary-fund/spend");
        Assert.Contains("/Error", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class DiscretionaryFundTestsSqlite(SqliteServer server) : DiscretionaryFundTests(server);

[Collection(PostgresServer.Collection)]
public sealed class DiscretionaryFundTestsPostgres(PostgresServer server) : DiscretionaryFundTests(server);
