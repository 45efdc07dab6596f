using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>Who may open which client: scope, break-glass and restricted records, each refusal naming its rule.</summary>
public abstract class ClientAccessTests(TautokoServer server)
{
    [Fact]
    public async Task Get_CaseManagerAtAnotherSite_Returns403ScopeWithBreakGlassOffered()
    {
        // a case manager sees their own site's clients; outside it they are told why and may break glass.
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);

        using var response = await api.GetAsync($"/api/clients/{maka.NeverBrokenInto}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("scope", problem.Text("rule"));
        Assert.True(problem["canBreakGlass"]!.GetValue<bool>());
        Assert.Equal($"/api/clients/{maka.NeverBrokenInto}/break-glass", problem.Text("breakGlass"));
        Assert.False(string.IsNullOrWhiteSpace(problem.Text("detail")));
    }

    [Fact]
    public async Task Refusal_CaseManagerAtAnotherSite_IsAudited()
    {
        // refused attempts are recorded too.
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);
        var name = await server.StaffNameAsync(Accounts.CaseManagerOtherSite);
        using (var refused = await api.GetAsync($"/api/clients/{maka.NeverBrokenInto}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{maka.NeverBrokenInto}/audit?pageSize=100");

        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "AccessRefused" && r.Text("who") == name);
    }

    [Fact]
    public async Task Notes_CaseManagerAtAnotherSite_Returns403Scope()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);

        using var list = await api.GetAsync($"/api/clients/{maka.NeverBrokenInto}/notes");
        using var add = await api.PostJsonAsync($"/api/clients/{maka.NeverBrokenInto}/notes", new { text = "Should not be written." });

        Assert.Equal("scope", (await list.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        Assert.Equal("scope", (await add.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task BreakGlass_WithReason_OpensTheRecordAndIsReportedToTheManager()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);
        var reason = $"Client phoned our site in distress, needs urgent help today ({Guid.NewGuid():N})";

        using (var before = await api.GetAsync($"/api/clients/{maka.BreakGlassTarget}"))
        {
            Assert.Equal("scope", (await before.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        using (var tooShort = await api.PostJsonAsync($"/api/clients/{maka.BreakGlassTarget}/break-glass", new { reason = "because" }))
        {
            var problem = await tooShort.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]?["reason"]);
        }

        using (var granted = await api.PostJsonAsync($"/api/clients/{maka.BreakGlassTarget}/break-glass", new { reason }))
        {
            var grant = await granted.ReadJsonAsync(HttpStatusCode.OK);
            Assert.True(grant["expiresAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
        }

        using (var after = await api.GetAsync($"/api/clients/{maka.BreakGlassTarget}"))
        {
            var client = await after.ReadJsonAsync(HttpStatusCode.OK);
            Assert.True(client["viaBreakGlass"]!.GetValue<bool>());
        }

        // The reads after break-glass are marked so in the audit trail.
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{maka.BreakGlassTarget}/audit?pageSize=100");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "BreakGlass" && r.Text("detail") == reason);
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "Read" && r!["viaBreakGlass"]!.GetValue<bool>());

        using var pages = await server.PagesAsAsync(Accounts.Manager);
        var report = await pages.GetAsync("/manager/break-glass");
        var rows = report.Document.QuerySelectorAll("#break-glass tbody tr");
        Assert.Contains(rows, row => row.TextContent.Contains(reason, StringComparison.Ordinal) && row.TextContent.Contains("Māka", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BreakGlass_ClientAlreadyInScope_Returns403()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{maka.NeverBrokenInto}/break-glass", new { reason = "Just testing whether I can break glass here." });

        Assert.Equal("break-glass", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task BreakGlassReport_CaseManager_IsNotAllowed()
    {
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        using var response = await pages.GetRawAsync("/manager/break-glass");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, $"Got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Get_RestrictedRecordByCaseManager_Returns403R122()
    {
        // staff who are clients get protected records, open only to named roles.
        var restricted = await server.RestrictedClientIdsAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync($"/api/clients/{restricted[0]}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("R-122", problem.Text("rule"));
        Assert.False(problem["canBreakGlass"]!.GetValue<bool>());
    }

    [Fact]
    public async Task BreakGlass_RestrictedRecord_Returns403R122()
    {
        // break-glass does not open a restricted record.
        var restricted = await server.RestrictedClientIdsAsync();
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);

        using var response = await api.PostJsonAsync($"/api/clients/{restricted[0]}/break-glass", new { reason = "Trying to open a restricted record by break-glass." });

        Assert.Equal("R-122", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Theory]
    [InlineData(Accounts.RemoteClientServices)]
    [InlineData(Accounts.NationalOffice)]
    public async Task Get_RestrictedRecordByNamedRole_Returns200(string account)
    {
        // Remote Client Services case managers and National Office may open restricted records.
        var restricted = await server.RestrictedClientIdsAsync();
        var api = await server.AsAsync(account);

        using var response = await api.GetAsync($"/api/clients/{restricted[0]}");

        var client = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(client["isRestricted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_CsrAnyClient_Returns200()
    {
        // The contact centre serves the whole country: a CSR may look any client up (read-mostly).
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.Csr);

        using var response = await api.GetAsync($"/api/clients/{maka.NeverBrokenInto}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ClientAccessTestsSqlite(SqliteServer server) : ClientAccessTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ClientAccessTestsPostgres(PostgresServer server) : ClientAccessTests(server);
