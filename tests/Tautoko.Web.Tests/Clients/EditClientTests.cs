using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>POST and PUT /api/clients: validation, and optimistic concurrency on the record's version.</summary>
public abstract class EditClientTests(TautokoServer server)
{
    [Fact]
    public async Task Create_ValidDetails_Returns201WithLocation()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync("/api/clients", ClientRecords.Details(await server.MastertonSiteIdAsync()));

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/clients/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(1, created["version"]!.GetValue<int>());
        var client = await api.GetJsonAsync($"/api/clients/{id}");
        Assert.Equal("Tūhoe-Testing", client.Text("lastName"));
        Assert.Equal("jobseekerSupportWorkReady", client.Text("benefit"));
    }

    [Fact]
    public async Task Create_MissingAndBadFields_Returns400WithEveryError()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync("/api/clients", new { firstName = "", email = "not an address", phone = "call me", benefit = "soleParentSupport" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("firstName", errors);
        Assert.Contains("lastName", errors);
        Assert.Contains("dateOfBirth", errors);
        Assert.Contains("homeSiteId", errors);
        Assert.Contains("email", errors);
        Assert.Contains("phone", errors);
        Assert.Contains("benefitStartDate", errors);
    }

    [Fact]
    public async Task Create_DateOfBirthInTheFuture_Returns400()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var details = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ClientRecords.Details(await server.MastertonSiteIdAsync())))!;
        details["dateOfBirth"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await api.PostRawAsync("/api/clients", details.ToJsonString());

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["dateOfBirth"]);
    }

    [Fact]
    public async Task Create_ClientOfAnotherSite_Returns403()
    {
        // a case manager cannot create a record in another site's scope.
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);

        using var response = await api.PostJsonAsync("/api/clients", ClientRecords.Details(await server.MastertonSiteIdAsync()));

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.False(problem["canBreakGlass"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Returns428()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PutJsonAsync($"/api/clients/{id}", ClientRecords.Details(await server.MastertonSiteIdAsync(), phone: "021 555 0102"), ifMatch: null);

        await response.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Update_CurrentVersion_Returns200WithNewETag()
    {
        var (id, version) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PutJsonAsync($"/api/clients/{id}", ClientRecords.Details(await server.MastertonSiteIdAsync(), phone: "021 555 0103"), ClientRecords.ETag(version));

        var saved = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(version + 1, saved["version"]!.GetValue<int>());
        Assert.Equal(ClientRecords.ETag(version + 1), response.Headers.ETag?.Tag);
        Assert.Equal(["phone"], saved["changed"]!.AsArray().Select(c => c!.GetValue<string>()));
        var client = await api.GetJsonAsync($"/api/clients/{id}");
        Assert.Equal("021 555 0103", client.Text("phone"));
    }

    [Fact]
    public async Task Update_VersionInQueryString_IsAcceptedLikeIfMatch()
    {
        var (id, version) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PutJsonAsync($"/api/clients/{id}?version={version}", ClientRecords.Details(await server.MastertonSiteIdAsync(), phone: "021 555 0104"), ifMatch: null);

        Assert.Equal(version + 1, (await response.ReadJsonAsync(HttpStatusCode.OK))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Update_StaleVersion_Returns409WithWhatOthersChanged()
    {
        var (id, version) = await ClientRecords.CreateAsync(server);
        var site = await server.MastertonSiteIdAsync();
        var api = await server.AsAsync(Accounts.CaseManager);
        using (var first = await api.PutJsonAsync($"/api/clients/{id}", ClientRecords.Details(site, phone: "021 555 0105"), ClientRecords.ETag(version)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var other = await server.AsAsync(Accounts.EmploymentCaseManager);
        using var stale = await other.PutJsonAsync($"/api/clients/{id}", ClientRecords.Details(site, phone: "021 555 0199", lastName: "Tūhoe-Changed"), ClientRecords.ETag(version));

        var problem = await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("concurrency", problem.Text("rule"));
        Assert.Equal(version + 1, problem["currentVersion"]!.GetValue<int>());
        Assert.Contains("phone", problem["changedByOthers"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("021 555 0105", problem["current"]!.Text("phone"));
        var client = await api.GetJsonAsync($"/api/clients/{id}");
        Assert.Equal("Tūhoe-Testing", client.Text("lastName"));
    }

    [Fact]
    public async Task Update_TwoAtOnceFromTheSameVersion_ExactlyOneWins()
    {
        var (id, version) = await ClientRecords.CreateAsync(server);
        var site = await server.MastertonSiteIdAsync();
        var first = await server.AsAsync(Accounts.CaseManager);
        var second = await server.AsAsync(Accounts.EmploymentCaseManager);

        for (var round = 0; round < 5; round++)
        {
            var a = first.PutJsonAsync($"/api/clients/{id}", ClientRecords.Details(site, phone: $"021 555 1{round}01"), ClientRecords.ETag(version));
            var b = second.PutJsonAsync($"/api/clients/{id}", ClientRecords.Details(site, phone: $"021 555 1{round}02"), ClientRecords.ETag(version));
            using var ra = await a;
            using var rb = await b;

            var statuses = new[] { ra.StatusCode, rb.StatusCode }.Order().ToArray();
            Assert.True(
                statuses is [HttpStatusCode.OK, HttpStatusCode.Conflict],
                $"Round {round}: expected one 200 and one 409, got {(int)ra.StatusCode} ({await ra.Content.ReadAsStringAsync()}) and {(int)rb.StatusCode} ({await rb.Content.ReadAsStringAsync()})");
            var winner = ra.StatusCode == HttpStatusCode.OK ? ra : rb;
            version = (await winner.ReadJsonAsync(HttpStatusCode.OK))["version"]!.GetValue<int>();
            var client = await first.GetJsonAsync($"/api/clients/{id}");
            Assert.Equal(version, client["version"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Update_UnknownClient_Returns404()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PutJsonAsync($"/api/clients/{Guid.NewGuid()}", ClientRecords.Details(await server.MastertonSiteIdAsync()), "\"1\"");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Update_Quality_Returns403Role()
    {
        var (id, version) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.Quality);

        using var response = await api.PutJsonAsync($"/api/clients/{id}", ClientRecords.Details(await server.MastertonSiteIdAsync(), phone: "021 555 0177"), ClientRecords.ETag(version));

        Assert.Equal("role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class EditClientTestsSqlite(SqliteServer server) : EditClientTests(server);

[Collection(PostgresServer.Collection)]
public sealed class EditClientTestsPostgres(PostgresServer server) : EditClientTests(server);
