using System.Net;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Employment;

/// <summary>Pathways to Employment plans and Virtual Talent Pool memberships (seed 002, R-060): versioned edits, 400 naming the field, audited reads .</summary>
public abstract class PathwaysTests(TautokoServer server)
{
    private static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task PtePlan_DraftThenCompleted_VersionChecked_BadInputNamesTheField_ReadAudited_R060_R120()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        var empty = await api.GetJsonAsync($"/api/clients/{id}/pte-plan");
        Assert.Equal(0, empty["version"]!.GetValue<int>());
        Assert.Null(empty["status"]?.GetValue<string>());

        using (var noVersion = await api.PutJsonAsync($"/api/clients/{id}/pte-plan", new { status = "draft", milestones = "Forklift course" }, null))
        {
            Assert.NotNull((await noVersion.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["version"]);
        }

        using (var noMilestones = await api.PutJsonAsync($"/api/clients/{id}/pte-plan", new { status = "draft", version = 0 }, null))
        {
            Assert.NotNull((await noMilestones.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["milestones"]);
        }

        using (var noStatus = await api.PutJsonAsync($"/api/clients/{id}/pte-plan", new { milestones = "Forklift course", version = 0 }, null))
        {
            Assert.NotNull((await noStatus.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["status"]);
        }

        using (var draft = await api.PutJsonAsync($"/api/clients/{id}/pte-plan", new { status = "draft", milestones = "Forklift course\nThree applications a week", version = 0 }, null))
        {
            var saved = await draft.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(1, saved["version"]!.GetValue<int>());
            Assert.Equal("draft", saved.Text("status"));
        }

        using (var stale = await api.PutJsonAsync($"/api/clients/{id}/pte-plan", new { status = "active", milestones = "Forklift course", startedOn = Day(-3), version = 0 }, null))
        {
            Assert.Equal("concurrency", (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        }

        using (var backwards = await api.PutJsonAsync($"/api/clients/{id}/pte-plan", new { status = "completed", milestones = "Forklift course", startedOn = Day(-3), completedOn = Day(-4), version = 1 }, null))
        {
            Assert.NotNull((await backwards.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["completedOn"]);
        }

        using (var done = await api.PutJsonAsync($"/api/clients/{id}/pte-plan", new { status = "completed", milestones = "Forklift course", startedOn = Day(-3), completedOn = Day(0), version = 1 }, null))
        {
            var saved = await done.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(2, saved["version"]!.GetValue<int>());
            Assert.Equal("completed", saved.Text("status"));
            Assert.Equal(Day(0), saved.Text("completedOn"));
        }

        var read = await api.GetJsonAsync($"/api/clients/{id}/pte-plan");
        Assert.Equal("completed", read.Text("status"));
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{id}/audit");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("detail") == "Pathways to Employment plan read");
    }

    [Fact]
    public async Task VirtualTalentPool_ReferredJoinedLeft_DatesInOrder_NotAppropriateNeedsAReason_R060_R120()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using (var noReason = await api.PutJsonAsync($"/api/clients/{id}/virtual-talent-pool", new { status = "notAppropriate", version = 0 }, null))
        {
            Assert.NotNull((await noReason.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["reason"]);
        }

        using (var noDay = await api.PutJsonAsync($"/api/clients/{id}/virtual-talent-pool", new { status = "referred", pool = "Hospitality", version = 0 }, null))
        {
            Assert.NotNull((await noDay.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["referredOn"]);
        }

        using (var referred = await api.PutJsonAsync($"/api/clients/{id}/virtual-talent-pool", new { status = "referred", pool = "Hospitality", referredOn = Day(-10), version = 0 }, null))
        {
            Assert.Equal(1, (await referred.ReadJsonAsync(HttpStatusCode.OK))["version"]!.GetValue<int>());
        }

        using (var early = await api.PutJsonAsync($"/api/clients/{id}/virtual-talent-pool", new { status = "joined", pool = "Hospitality", referredOn = Day(-10), joinedOn = Day(-11), version = 1 }, null))
        {
            Assert.NotNull((await early.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["joinedOn"]);
        }

        using (var left = await api.PutJsonAsync($"/api/clients/{id}/virtual-talent-pool", new { status = "left", pool = "Hospitality", referredOn = Day(-10), joinedOn = Day(-8), leftOn = Day(-1), version = 1 }, null))
        {
            var saved = await left.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal(2, saved["version"]!.GetValue<int>());
            Assert.Equal("left", saved.Text("status"));
            Assert.Equal(Day(-8), saved.Text("joinedOn"));
        }

        Assert.Equal("Hospitality", (await api.GetJsonAsync($"/api/clients/{id}/virtual-talent-pool")).Text("pool"));
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{id}/audit");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("detail") == "Virtual Talent Pool membership read");
    }

    [Fact]
    public async Task PteAndVtp_QualityChecker_CannotEdit403()
    {
        var (id, _) = await ClientRecords.CreateAsync(server);
        var checker = await server.AsAsync(Accounts.Quality);
        using var pte = await checker.PutJsonAsync($"/api/clients/{id}/pte-plan", new { status = "notAppropriate", reason = "x", version = 0 }, null);
        Assert.Equal(HttpStatusCode.Forbidden, pte.StatusCode);
        using var vtp = await checker.PutJsonAsync($"/api/clients/{id}/virtual-talent-pool", new { status = "notAppropriate", reason = "x", version = 0 }, null);
        Assert.Equal(HttpStatusCode.Forbidden, vtp.StatusCode);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class PathwaysTestsSqlite(SqliteServer server) : PathwaysTests(server);

[Collection(PostgresServer.Collection)]
public sealed class PathwaysTestsPostgres(PostgresServer server) : PathwaysTests(server);
