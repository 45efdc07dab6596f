using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Plans;

/// <summary>
/// Individual Employment Plans through HTTP (002, R-060–R-063): one open plan per client, activities finished as done or
/// cancelled close the plan, reads audited, access through the client's scope, and the two IEP measures.
/// </summary>
public abstract class IndividualEmploymentPlanTests(TautokoServer server)
{
    private static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Start_AddActivities_FinishThem_ClosesThePlan_OneOpenAtATime_R060()
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using (var started = await api.PostJsonAsync($"/api/clients/{client}/iep", new { }))
        {
            var plan = await started.ReadJsonAsync(HttpStatusCode.Created);
            Assert.True(plan["open"]!.GetValue<bool>());
            Assert.False(plan["quality"]!.GetValue<bool>());
        }

        using (var second = await api.PostJsonAsync($"/api/clients/{client}/iep", new { }))
        {
            Assert.Equal("iep-one-open", (await second.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (await api.PostJsonAsync($"/api/clients/{client}/iep/activities", new { what = "Update CV", who = "Client", dueOn = Day(7) }))
        {
        }

        using var added = await api.PostJsonAsync($"/api/clients/{client}/iep/activities", new { what = "Forklift course", who = "Case manager refers", dueOn = Day(14) });
        var withTwo = await added.ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(withTwo["quality"]!.GetValue<bool>());
        var activities = withTwo["activities"]!.AsArray();
        Assert.Equal(2, activities.Count);

        using (var done = await api.PostJsonAsync($"/api/clients/{client}/iep/activities/{activities[0]!["id"]}/finish", new { status = "done", outcome = "CV updated" }))
        {
            Assert.True((await done.ReadJsonAsync(HttpStatusCode.OK))["open"]!.GetValue<bool>());
        }

        using (var again = await api.PostJsonAsync($"/api/clients/{client}/iep/activities/{activities[0]!["id"]}/finish", new { status = "cancelled", outcome = "Twice" }))
        {
            Assert.Equal("iep-activity-finished", (await again.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var cancelled = await api.PostJsonAsync($"/api/clients/{client}/iep/activities/{activities[1]!["id"]}/finish", new { status = "cancelled", outcome = "Course full" }))
        {
            Assert.False((await cancelled.ReadJsonAsync(HttpStatusCode.OK))["open"]!.GetValue<bool>());
        }

        var plans = await api.GetJsonAsync($"/api/clients/{client}/iep");
        Assert.Null(plans["current"]);
        var earlier = Assert.Single(plans["earlier"]!.AsArray());
        Assert.Contains(earlier!["activities"]!.AsArray(), a => a.Text("status") == "cancelled" && a.Text("outcome") == "Course full");

        using (var closed = await api.PostJsonAsync($"/api/clients/{client}/iep/activities", new { what = "More", who = "Client", dueOn = Day(7) }))
        {
            Assert.Equal("iep-none-open", (await closed.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var restarted = await api.PostJsonAsync($"/api/clients/{client}/iep", new { }))
        {
            await restarted.ReadJsonAsync(HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task AddActivity_BadInput_ProblemNamesTheFields()
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using (await api.PostJsonAsync($"/api/clients/{client}/iep", new { }))
        {
        }

        using var bad = await api.PostJsonAsync($"/api/clients/{client}/iep/activities", new { what = " ", who = "Client", dueOn = Day(-3) });
        var problem = await bad.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["what"]);
        Assert.NotNull(problem["errors"]!["dueOn"]);
        Assert.Null(problem["errors"]!["who"]);
    }

    [Fact]
    public async Task Get_IsAudited_AndOtherSiteIsRefused_R120()
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{client}/iep");

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var cid = new ClientId(client);
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.ClientId == cid && e.Action == AuditAction.Read && e.Entity == "IndividualEmploymentPlan"));
        }

        using var refused = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).PostJsonAsync($"/api/clients/{client}/iep", new { });
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Measures_NewClientOnEmploymentCaseload_CountsAndMeetsOnceAPlanExists_R062_R063()
    {
        var caseload = await CaseloadTestData.CaseloadWithRoomAsync(server, "ECM");
        var staffId = caseload["staffId"]!.GetValue<Guid>();
        var manager = await server.AsAsync(Accounts.Manager);
        var path = $"/api/iep-measures?caseManagerId={staffId}&from={Day(0)}&to={Day(0)}";
        var before = await manager.GetJsonAsync(path);

        var client = await CaseloadTestData.NewClientAsync(server);
        using (var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{client}/placements", new { caseManagerId = staffId, reason = "IEP measures test." }))
        {
            await placed.ReadJsonAsync(HttpStatusCode.Created);
        }

        var placedOnly = await manager.GetJsonAsync(path);
        Assert.Equal(Count(before, "withinTenDays") + 1, Count(placedOnly, "withinTenDays"));
        Assert.Equal(Met(before, "withinTenDays"), Met(placedOnly, "withinTenDays"));
        Assert.Equal(90, placedOnly["withinTenDays"]!["targetPercent"]!.GetValue<int>());
        Assert.Equal("R-062", placedOnly["withinTenDays"].Text("rule"));

        var api = await server.AsAsync(Accounts.Manager);
        using (await api.PostJsonAsync($"/api/clients/{client}/iep", new { }))
        {
        }

        var planned = await manager.GetJsonAsync(path);
        Assert.Equal(Met(before, "withinTenDays") + 1, Met(planned, "withinTenDays"));
        Assert.Equal(Count(placedOnly, "quality") + 1, Count(planned, "quality"));
        Assert.Equal(Met(placedOnly, "quality"), Met(planned, "quality"));

        using (await api.PostJsonAsync($"/api/clients/{client}/iep/activities", new { what = "Job search", who = "Client", dueOn = Day(5) }))
        {
        }

        var quality = await manager.GetJsonAsync(path);
        Assert.Equal(Met(placedOnly, "quality") + 1, Met(quality, "quality"));

        using var refused = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetAsync(path);
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        using var bad = await manager.GetAsync($"/api/iep-measures?caseManagerId={staffId}&from={Day(0)}&to={Day(-5)}");
        Assert.NotNull((await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["from"]);
    }

    private static int Count(JsonNode view, string measure) => view[measure]!["count"]!.GetValue<int>();

    private static int Met(JsonNode view, string measure) => view[measure]!["met"]!.GetValue<int>();
}

[Collection(SqliteServer.Collection)]
public sealed class IndividualEmploymentPlanTestsSqlite(SqliteServer server) : IndividualEmploymentPlanTests(server);

[Collection(PostgresServer.Collection)]
public sealed class IndividualEmploymentPlanTestsPostgres(PostgresServer server) : IndividualEmploymentPlanTests(server);
