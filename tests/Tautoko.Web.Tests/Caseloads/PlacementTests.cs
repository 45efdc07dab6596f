using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>Placing a client directly: tag added, who and why recorded, capacity and the caseload rules enforced.</summary>
public abstract class PlacementTests(TautokoServer server)
{
    [Fact]
    public async Task Place_ByConnector_AddsTagPlacementAndLogEntry_AndFillsOnePlace_R014_R081()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var caseload = await CaseloadTestData.CaseloadOfAsync(server, "ECM");
        var staffId = caseload["staffId"]!.GetValue<Guid>();
        var before = caseload["filled"]!.GetValue<int>();
        var connector = await server.AsAsync(Accounts.Connector);

        using var placed = await connector.PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = staffId, reason = "Youth, full-time obligations; connector assigns (R-081)." });
        await placed.ReadJsonAsync(HttpStatusCode.Created);

        var view = await CaseloadTestData.ClientCaseloadAsync(server, clientId);
        var current = view["current"]!;
        Assert.Equal(staffId, current["caseManagerId"]!.GetValue<Guid>());
        Assert.Equal(await server.StaffNameAsync(Accounts.Connector), current.Text("placedBy"));
        Assert.Equal("Placed directly", current.Text("placedHow"));
        Assert.Equal("green", current.Text("band"));

        var overview = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{clientId}");
        Assert.Contains(overview["tags"]!.AsArray(), t => t.Text("shortName") == "ECM" && t!["removedAt"] is null);
        Assert.Contains(overview["recentNotes"]!.AsArray(), n => n.Text("text")!.Contains("Placed on", StringComparison.Ordinal));
        Assert.Equal(before + 1, (await CaseloadTestData.CaseloadOfAsync(server, "ECM"))["filled"]!.GetValue<int>());

        // One open placement per client: a second placement is refused.
        using var again = await connector.PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = staffId, reason = "Placing twice." });
        Assert.Equal("placement-open", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
    }

    [Fact]
    public async Task Place_Lmi1ClientWithoutReason_Returns422_WithReasonPlaces_R020()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var caseManager = await server.AsAsync(Accounts.EmploymentCaseManager);
        using (var tagged = await caseManager.PostJsonAsync($"/api/clients/{clientId}/tags", new { code = "LMI1", reason = "Model score 0.81." }))
        {
            await tagged.ReadJsonAsync(HttpStatusCode.OK);
        }

        var me = await CaseloadTestData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        using (var refused = await caseManager.PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = me, reason = "Adding to my caseload." }))
        {
            Assert.Equal("R-020", (await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        // R-020: the case manager decides, and says why.
        using var placed = await caseManager.PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = me, reason = "Adding to my caseload.", lmi1Reason = "Lost two jobs in a month; needs support now." });
        await placed.ReadJsonAsync(HttpStatusCode.Created);
        var view = await CaseloadTestData.ClientCaseloadAsync(server, clientId);
        Assert.Contains("needs support now", view["current"].Text("placedReason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Place_CaseManagerOntoAnotherCaseload_Returns403()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var other = await CaseloadTestData.CaseloadOfAsync(server, "ISCM");
        var caseManager = await server.AsAsync(Accounts.EmploymentCaseManager);

        using var response = await caseManager.PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = other["staffId"]!.GetValue<Guid>(), reason = "Not mine to place." });

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Place_ExceptedClientOnPhoneBased_Returns422_R018()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server, d => { d["flags"] = new[] { "emergencyHousingOrHomeless" }; return d; });
        var phone = await PhoneCaseloadAsync();

        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = phone, reason = "Trying phone-based." });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-018", problem.Text("rule"));
        Assert.Contains("emergency housing", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Place_NotJobseekerWorkReadyOnPhoneBased_Returns422_R017()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server, d => { d["benefit"] = "soleParentSupport"; d["obligation"] = "partTime"; return d; });
        var phone = await PhoneCaseloadAsync();

        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = phone, reason = "Trying phone-based." });

        Assert.Equal("R-017", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Place_EligibleJobseekerOnPhoneBased_Places_R017()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var phone = await PhoneCaseloadAsync();

        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = phone, reason = "Kōrero Mahi attended; phone team assigns (R-028)." });

        await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("PhoneBased", (await CaseloadTestData.ClientCaseloadAsync(server, clientId))["current"]!["service"]!.GetValue<string>(), ignoreCase: true);
    }

    [Fact]
    public async Task Place_WithoutReason_Returns400()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = Guid.NewGuid() });
        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["reason"]);
    }

    [Fact]
    public async Task ClientCaseload_NewYouthClient_IsACandidate_AndListsHomeSiteAndPhoneCaseloads()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server, d => { d["dateOfBirth"] = DateTime.UtcNow.AddYears(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); return d; });

        var view = await CaseloadTestData.ClientCaseloadAsync(server, clientId);

        Assert.Null(view["current"]);
        Assert.Contains("18–24", view.Text("assignmentExplanation"), StringComparison.Ordinal);
        Assert.Contains(view["options"]!.AsArray(), o => o.Text("service") == "ECM");
        Assert.Contains(view["options"]!.AsArray(), o => o.Text("service") == "PBCM");

        // R-120: reading a client's caseload is audited.
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{clientId}/audit");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "Read" && r.Text("detail") == "Client caseload");
    }

    private async Task<Guid> PhoneCaseloadAsync()
    {
        var api = await server.AsAsync(Accounts.NationalOffice);
        var sites = await api.GetJsonAsync("/api/sites?pageSize=100");
        var unit = sites.Items().First(s => s.Text("name")!.StartsWith("Whanganui Phone-based", StringComparison.Ordinal))!;
        var view = await api.GetJsonAsync($"/api/caseloads/sites/{unit["id"]!.GetValue<Guid>()}");
        return view["caseloads"]!.AsArray().Where(c => c.Text("serviceShortName") == "PBCM").OrderByDescending(c => c!["free"]!.GetValue<int>()).First()!["staffId"]!.GetValue<Guid>();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class PlacementTestsSqlite(SqliteServer server) : PlacementTests(server);

[Collection(PostgresServer.Collection)]
public sealed class PlacementTestsPostgres(PostgresServer server) : PlacementTests(server);
