using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Plans;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>
/// R-026 (002 exit checklist): exiting a client to no further service closes their open IEP activities and the plan, in the
/// exit's transaction, with who and when; moving to another case management service hands the plan over with its
/// activities still open.
/// </summary>
public abstract class ExitIepTests(TautokoServer server)
{
    private static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object Exit(bool iepActivitiesClosed, string? movingTo = null) => new
    {
        reason = "LengthOfTimeInService",
        movingToService = movingTo,
        handOverArranged = movingTo is not null,
        iepActivitiesClosed,
        startingWork = false,
        supportsDiscussed = Array.Empty<string>(),
        notes = "In service 19 months without progress; referred to a training provider instead.",
    };

    /// <summary>A client on an employment caseload with a plan of three activities, one of them done.</summary>
    private async Task<(Guid ClientId, Guid PlacementId)> PlacedWithPlanAsync()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var caseload = await CaseloadTestData.CaseloadWithRoomAsync(server, "ECM");
        using var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = caseload["staffId"]!.GetValue<Guid>(), reason = "Priority cohort." });
        var placementId = (await placed.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        var api = await server.AsAsync(Accounts.CaseManager);
        using (var started = await api.PostJsonAsync($"/api/clients/{clientId}/iep", new { }))
        {
            await started.ReadJsonAsync(HttpStatusCode.Created);
        }

        JsonNode plan = new JsonObject();
        foreach (var what in new[] { "Update CV", "Forklift course", "Apply for three roles" })
        {
            using var added = await api.PostJsonAsync($"/api/clients/{clientId}/iep/activities", new { what, who = "Client", dueOn = Day(7) });
            plan = await added.ReadJsonAsync(HttpStatusCode.OK);
        }

        using var done = await api.PostJsonAsync($"/api/clients/{clientId}/iep/activities/{plan["activities"]![0]!["id"]}/finish", new { status = "done", outcome = "Finished" });
        await done.ReadJsonAsync(HttpStatusCode.OK);
        return (clientId, placementId);
    }

    [Fact]
    public async Task Exit_ToNoFurtherService_ChecklistShowsOpenActivities_ThenClosesThemAndThePlan_R026()
    {
        var (clientId, placementId) = await PlacedWithPlanAsync();
        Assert.Equal(2, (await CaseloadTestData.ClientCaseloadAsync(server, clientId))["openIepActivities"]!.GetValue<int>());
        var connector = await server.AsAsync(Accounts.Connector);

        using (var unconfirmed = await connector.PostJsonAsync($"/api/caseloads/placements/{placementId}/exit", Exit(iepActivitiesClosed: false)))
        {
            var problem = await unconfirmed.ReadProblemAsync(HttpStatusCode.BadRequest);
            var message = problem["errors"]!["iepActivitiesClosed"]![0]!.GetValue<string>();
            Assert.Contains("2 open Individual Employment Plan activities", message, StringComparison.Ordinal);
            Assert.Contains("R-026", message, StringComparison.Ordinal);
        }

        Assert.True((await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{clientId}/iep"))["current"]!["open"]!.GetValue<bool>());

        using (var exited = await connector.PostJsonAsync($"/api/caseloads/placements/{placementId}/exit", Exit(iepActivitiesClosed: true)))
        {
            var changed = await exited.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Contains("2 open Individual Employment Plan activities closed at the exit", changed.Text("message"), StringComparison.Ordinal);
        }

        var plans = await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{clientId}/iep");
        Assert.Null(plans["current"]);
        var closed = plans["earlier"]!.AsArray().Single()!;
        var statuses = closed["activities"]!.AsArray().Select(a => a!.Text("status")!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["closed", "closed", "done"], statuses);
        Assert.All(closed["activities"]!.AsArray().Where(a => a!.Text("status") == "closed"), a => Assert.Contains("Closed at exit", a!.Text("outcome"), StringComparison.Ordinal));
        Assert.Equal(0, (await CaseloadTestData.ClientCaseloadAsync(server, clientId))["openIepActivities"]!.GetValue<int>());

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var cid = new Core.Common.ClientId(clientId);
        var plan = await db.IndividualEmploymentPlans.AsNoTracking().Include(p => p.Activities).SingleAsync(p => p.ClientId == cid);
        Assert.NotNull(plan.ClosedById);
        Assert.All(plan.Activities.Where(a => a.Status == PlanActivityStatus.Closed), a => Assert.Equal(plan.ClosedById, a.FinishedById));
        Assert.All(plan.Activities.Where(a => a.Status == PlanActivityStatus.Closed), a => Assert.NotNull(a.FinishedOn));
    }

    [Fact]
    public async Task Exit_MovingToAnotherService_HandsThePlanOverWithActivitiesOpen_R026()
    {
        var (clientId, placementId) = await PlacedWithPlanAsync();
        var connector = await server.AsAsync(Accounts.Connector);

        using (var exited = await connector.PostJsonAsync($"/api/caseloads/placements/{placementId}/exit", Exit(iepActivitiesClosed: false, movingTo: "IntegratedServices")))
        {
            var changed = await exited.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Contains("handed over", changed.Text("message"), StringComparison.Ordinal);
        }

        var current = (await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{clientId}/iep"))["current"]!;
        Assert.True(current["open"]!.GetValue<bool>());
        Assert.Equal(2, current["activities"]!.AsArray().Count(a => a!.Text("status") == "open"));
        Assert.False(string.IsNullOrEmpty(current.Text("handedOverTo")));
        Assert.NotNull(current["handedOverAt"]);
        var notes = await connector.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=20");
        Assert.Contains(notes.Items(), n => n.Text("text")!.Contains("Individual Employment Plan handed over to", StringComparison.Ordinal));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ExitIepTestsSqlite(SqliteServer server) : ExitIepTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ExitIepTestsPostgres(PostgresServer server) : ExitIepTests(server);
