using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>Programme tags: added and removed with a reason, kept in history (R-121: checked before acting).</summary>
public abstract class TagsTests(TautokoServer server)
{
    [Fact]
    public async Task Tags_AddTwiceThenRemove_FollowTheRules()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var added = await api.PostJsonAsync($"/api/clients/{id}/tags", new { code = "ECM", reason = "Full-time obligations, aged 22 (R-016 priority)." });
        var tagId = (await added.ReadJsonAsync(HttpStatusCode.OK))["tagId"]!.GetValue<Guid>();

        using (var again = await api.PostJsonAsync($"/api/clients/{id}/tags", new { code = "ECM", reason = "Adding it twice." }))
        {
            Assert.Equal("tag-active", (await again.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var noReason = await api.PostJsonAsync($"/api/clients/{id}/tags/{tagId}/remove", new { reason = "" }))
        {
            Assert.NotNull((await noReason.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["reason"]);
        }

        using (var removed = await api.PostJsonAsync($"/api/clients/{id}/tags/{tagId}/remove", new { reason = "Started full-time work." }))
        {
            Assert.Equal(tagId, (await removed.ReadJsonAsync(HttpStatusCode.OK))["tagId"]!.GetValue<Guid>());
        }

        var overview = await api.GetJsonAsync($"/api/clients/{id}");
        var tag = Assert.Single(overview["tags"]!.AsArray())!;
        Assert.Equal("ECM", tag.Text("shortName"));
        Assert.NotNull(tag["removedAt"]?.GetValue<DateTimeOffset>());
        Assert.Equal("Started full-time work.", tag.Text("removedReason"));
        Assert.Equal("Full-time obligations, aged 22 (R-016 priority).", tag.Text("addedReason"));
        Assert.Equal(await server.StaffNameAsync(Accounts.CaseManager), tag.Text("removedBy"));

        using var twice = await api.PostJsonAsync($"/api/clients/{id}/tags/{tagId}/remove", new { reason = "Removing it again." });
        Assert.Equal("tag-removed", (await twice.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));

        // Once removed, the same tag may be added afresh.
        using var readded = await api.PostJsonAsync($"/api/clients/{id}/tags", new { code = "EmploymentCaseManagement", reason = "Back on benefit." });
        Assert.Equal(HttpStatusCode.OK, readded.StatusCode);
    }

    [Fact]
    public async Task AddTag_WithoutReason_Returns400()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{id}/tags", new { code = "LMI1" });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["reason"]);
    }

    [Fact]
    public async Task AddTag_UnknownCode_Returns400ListingTheCodes()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{id}/tags", new { code = "VIP", reason = "No such tag." });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("ECM", problem["errors"]!["code"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTag_Csr_Returns403Role()
    {
        // a CSR never overrides a case manager's decision; programme tags are the case manager's.
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.Csr);

        using var response = await api.PostJsonAsync($"/api/clients/{id}/tags", new { code = "ECM", reason = "A CSR trying to tag." });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("role", problem.Text("rule"));
        Assert.False(problem["canBreakGlass"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RemoveTag_UnknownTag_Returns404()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/clients/{id}/tags/{Guid.NewGuid()}/remove", new { reason = "There is no such tag." });

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AddTag_ByCaseManager_IsAudited()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var added = await api.PostJsonAsync($"/api/clients/{id}/tags", new { code = "GCM", reason = "General case management." });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{id}/audit");

        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "AddTag" && r.Text("detail")!.StartsWith("GCM added", StringComparison.Ordinal));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class TagsTestsSqlite(SqliteServer server) : TagsTests(server);

[Collection(PostgresServer.Collection)]
public sealed class TagsTestsPostgres(PostgresServer server) : TagsTests(server);
