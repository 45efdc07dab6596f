using System.Globalization;
using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>Special cautions and must-view notes: added with a reason, shown before anything else.</summary>
public abstract class WarningsTests(TautokoServer server)
{
    [Fact]
    public async Task AddCaution_Valid_Returns201AndOverviewShowsIt()
    {
        // special cautions are checked before acting.
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{id}/cautions", new { kind = "safetyOfStaff", text = "Two staff present for face-to-face appointments." });

        var added = await response.ReadJsonAsync(HttpStatusCode.Created);
        var cautionId = added["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/clients/{id}/cautions/{cautionId}", response.Headers.Location?.OriginalString);
        var overview = await api.GetJsonAsync($"/api/clients/{id}");
        var caution = Assert.Single(overview["specialCautions"]!.AsArray())!;
        Assert.Equal("Two staff present for face-to-face appointments.", caution.Text("text"));
        Assert.Equal(await server.StaffNameAsync(Accounts.CaseManager), caution.Text("addedBy"));
    }

    [Fact]
    public async Task AddMustViewNote_WithExpiry_Returns201AndOverviewShowsIt()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var expires = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var response = await api.PostJsonAsync($"/api/clients/{id}/must-view-notes", new { text = "Client prefers to be called after 3pm.", expires });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var overview = await api.GetJsonAsync($"/api/clients/{id}");
        var note = Assert.Single(overview["mustViewNotes"]!.AsArray())!;
        Assert.Equal(expires, note.Text("expires"));
    }

    [Theory]
    [InlineData("{\"kind\": \"gossip\", \"text\": \"x\"}")]
    [InlineData("{\"kind\": 99, \"text\": \"Unknown kind by number.\"}")]
    [InlineData("{\"kind\": \"other\", \"text\": \"\"}")]
    [InlineData("{\"text\": \"No kind given.\"}")]
    public async Task AddCaution_Invalid_Returns400Problem(string body)
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostRawAsync($"/api/clients/{id}/cautions", body);

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AddMustViewNote_ExpiredAlready_Returns400()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{id}/must-view-notes", new { text = "Old news.", expires = "2020-01-01" });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["expires"]);
    }

    [Fact]
    public async Task AddCaution_Quality_Returns403Role()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.Quality);

        using var response = await api.PostJsonAsync($"/api/clients/{id}/cautions", new { kind = "other", text = "Quality checkers do not change records." });

        Assert.Equal("role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task AddCaution_OtherSite_Returns403Scope()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);

        using var response = await api.PostJsonAsync($"/api/clients/{maka.NeverBrokenInto}/cautions", new { kind = "other", text = "Should not be written." });

        Assert.Equal("scope", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task AddCaution_ByCaseManager_IsAudited()
    {
        // every change of a client record leaves an audit row.
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var response = await api.PostJsonAsync($"/api/clients/{id}/cautions", new { kind = "healthOrWellbeing", text = "Check in about wellbeing first." });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{id}/audit");

        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "AddWarning");
    }
}

[Collection(SqliteServer.Collection)]
public sealed class WarningsTestsSqlite(SqliteServer server) : WarningsTests(server);

[Collection(PostgresServer.Collection)]
public sealed class WarningsTestsPostgres(PostgresServer server) : WarningsTests(server);
