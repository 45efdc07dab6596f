using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;
using Tautoko.Web.Tests.WorkQueues;

namespace Tautoko.Web.Tests.ContactCentre;

/// <summary>High hardship (R-080–R-082, 003 "Deep Dive"): 31+ requests in a year refer the client for an assigned case manager.</summary>
public abstract class HighHardshipTests(TautokoServer server)
{
    [Fact]
    public async Task ThirtyFirstRequest_RefersTheClientToTheHomeSiteF2FQueueOnce()
    {
        // R-080: 31 or more hardship requests within a year → a task in the home site's F2F appointment queue.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        for (var i = 1; i <= 30; i++)
        {
            var recorded = await RecordAsync(csr, clientId);
            Assert.Equal(i, recorded["highHardship"]!["requestsInYear"]!.GetValue<int>());
            Assert.Equal("none", recorded["highHardship"].Text("route"));
        }

        var thirtyFirst = await RecordAsync(csr, clientId);
        var thirtySecond = await RecordAsync(csr, clientId);

        Assert.Equal("referToHomeSiteQueue", thirtyFirst["highHardship"].Text("route"));
        var taskId = thirtyFirst["highHardship"]!["referralTaskId"]!.GetValue<Guid>();
        Assert.Equal(taskId, thirtySecond["highHardship"]!["referralTaskId"]!.GetValue<Guid>());
        var task = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal("siteFaceToFaceAppointments", task["task"].Text("queueKind"));
        Assert.Equal("Masterton", task["task"].Text("site"));
        Assert.Equal("highHardship", task["task"].Text("origin"));
        Assert.StartsWith("Client has high hardship count and needs an assigned case manager (31 hardship requests", task["task"].Text("need"), StringComparison.Ordinal);
        Assert.True(task["task"]!["dueAt"]!.GetValue<DateTimeOffset>() - task["task"]!["createdAt"]!.GetValue<DateTimeOffset>() <= TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task Referral_NotesCarryTheSeedsThreeBullets_R080()
    {
        // 003 "Deep Dive" (R-080): the CSR's notes — high hardship count and needs a case manager; the client's situation; further needs.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        for (var i = 0; i < 30; i++)
        {
            await RecordAsync(csr, clientId);
        }

        var thirtyFirst = await RecordAsync(csr, clientId, "Power bill overdue; may need help with a bond.");

        var task = await (await server.AsAsync(Accounts.Connector)).GetJsonAsync($"/api/tasks/{thirtyFirst["highHardship"]!["referralTaskId"]!.GetValue<Guid>()}");
        var need = task["task"].Text("need")!;
        Assert.StartsWith("Client has high hardship count and needs an assigned case manager (31 hardship requests in the last year).", need, StringComparison.Ordinal);
        Assert.Contains("Client's situation: Food until payday.", need, StringComparison.Ordinal);
        Assert.Contains("Further needs: Power bill overdue; may need help with a bond.", need, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connector_Assigns_TheNewCaseManagerGetsTheFollowUp_ReviewCircumstancesAndGetContactDetails_R081()
    {
        // 003 "Deep Dive": the new case manager reviews the client's circumstances and gets their contact details (phone or email).
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var taskId = await ReferAsync(clientId);
        var caseManagerId = (await CaseloadTestData.CaseloadOfAsync(server, "ISCM"))["staffId"]!.GetValue<Guid>();
        var connector = await server.AsAsync(Accounts.Connector);
        await WorkQueueRecords.TakeAsync(connector, taskId);

        using (var assigned = await connector.PostJsonAsync($"/api/tasks/{taskId}/assign-case-manager", new { service = "ISCM", caseManagerId }))
        {
            await assigned.ReadJsonAsync(HttpStatusCode.OK);
        }

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Tautoko.Data.TautokoDbContext>();
        var followUp = db.CaseManagerMessages.AsEnumerable().Single(m => m.CaseManagerId.Value == caseManagerId && m.ClientId?.Value == clientId);
        Assert.Equal("New client with a high hardship count: follow up", followUp.Subject);
        Assert.Contains("Review the client's circumstances and follow up if required.", followUp.Body, StringComparison.Ordinal);
        Assert.Contains("Get the client's contact details (phone or email).", followUp.Body, StringComparison.Ordinal);
        Assert.Contains("Client has high hardship count and needs an assigned case manager", followUp.Body, StringComparison.Ordinal);
        Assert.Equal(await server.StaffNameAsync(Accounts.Connector), followUp.From);
    }

    [Fact]
    public async Task Connector_AssignsServiceCaseManagerAndTag_PlacesTheClientOnTheCaseload_AndCompletesTheTask()
    {
        // R-081: the connector determines the service, assigns a case manager, adds the programme tag and completes the task.
        // The assignment is a place on the case manager's caseload (R-014), which the rest of the system reads.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var taskId = await ReferAsync(clientId);
        var caseload = await CaseloadTestData.CaseloadOfAsync(server, "ISCM");
        var caseManagerId = caseload["staffId"]!.GetValue<Guid>();
        var caseManagerName = caseload.Text("caseManager")!;
        var filledBefore = caseload["filled"]!.GetValue<int>();

        var connector = await server.AsAsync(Accounts.Connector);
        var caseManager = await server.AsAsync(Accounts.CaseManager);
        await WorkQueueRecords.TakeAsync(connector, taskId);
        using (var notConnector = await caseManager.PostJsonAsync($"/api/tasks/{taskId}/assign-case-manager", new { service = "ISCM", caseManagerId }))
        {
            Assert.Equal("R-081", (await notConnector.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using var assigned = await connector.PostJsonAsync($"/api/tasks/{taskId}/assign-case-manager", new { service = "ISCM", caseManagerId, note = "Under 25 with full-time obligations." });

        var task = await assigned.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("completed", task.Text("status"));
        var detail = await connector.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal("caseManagerAssigned", detail.Text("outcome"));
        var overview = await connector.GetJsonAsync($"/api/clients/{clientId}");
        var tag = overview["tags"]!.AsArray().Single(t => t.Text("shortName") == "ISCM")!;
        Assert.Equal(await server.StaffNameAsync(Accounts.Connector), tag.Text("addedBy"));
        Assert.Contains(caseManagerName, tag.Text("addedReason"), StringComparison.Ordinal);

        var placement = await CaseloadTestData.ClientCaseloadAsync(server, clientId, Accounts.Connector);
        Assert.Equal(caseManagerId, placement["current"]!["caseManagerId"]!.GetValue<Guid>());
        Assert.Equal(caseManagerName, placement["current"].Text("caseManager"));
        Assert.Equal(await server.StaffNameAsync(Accounts.Connector), placement["current"].Text("placedBy"));
        Assert.Contains("High hardship", placement["current"].Text("placedReason"), StringComparison.Ordinal);
        Assert.Equal(filledBefore + 1, (await CaseloadTestData.CaseloadOfAsync(server, "ISCM"))["filled"]!.GetValue<int>());
    }

    [Fact]
    public async Task Connector_ChoosesAmongTheSeedsServices_C19CaseManagerOrISCM_OthersRefused_R081()
    {
        // 003 "Deep Dive": "Assign a C19 CM or ISCM and add appropriate programme tag" — ECM is not among them.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var taskId = await ReferAsync(clientId);
        var connector = await server.AsAsync(Accounts.Connector);
        await WorkQueueRecords.TakeAsync(connector, taskId);
        var ecm = (await CaseloadTestData.CaseloadOfAsync(server, "ECM"))["staffId"]!.GetValue<Guid>();

        using var refused = await connector.PostJsonAsync($"/api/tasks/{taskId}/assign-case-manager", new { service = "ECM", caseManagerId = ecm });

        var problem = await refused.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("GCM or ISCM", problem["errors"]!["service"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        using var page = await connector.GetAsync($"/tasks/{taskId}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(">C19 CM ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"ECM\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connector_AssigningToAFullCaseload_GetsThePlacementsProblem_AndTheTaskStaysOpen_R014_R081()
    {
        // A refused placement completes nothing: the caseload's capacity guard (R-014) answers, the task stays with the connector.
        var full = await FullCaseloadAsync();
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var taskId = await ReferAsync(clientId);
        var connector = await server.AsAsync(Accounts.Connector);
        await WorkQueueRecords.TakeAsync(connector, taskId);

        using var refused = await connector.PostJsonAsync($"/api/tasks/{taskId}/assign-case-manager", new { service = full.Text("serviceShortName"), caseManagerId = full["staffId"]!.GetValue<Guid>() });

        Assert.Equal("R-014", (await refused.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        var detail = await connector.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.NotEqual("completed", detail["task"].Text("status"));
        Assert.Null(detail["outcome"]);
        var placement = await CaseloadTestData.ClientCaseloadAsync(server, clientId, Accounts.Connector);
        Assert.Null(placement["current"]);
        var overview = await connector.GetJsonAsync($"/api/clients/{clientId}");
        Assert.DoesNotContain(overview["tags"]!.AsArray(), t => t.Text("shortName") == full.Text("serviceShortName") && t!["removedAt"] is null);
    }

    [Fact]
    public async Task CaseManagedClientAtThreshold_ThroughTheFlow_IsBookedWithTheirCaseManager()
    {
        // R-082: already assigned → book with the case manager, else the buddy, else the site F2F queue.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        for (var i = 0; i < 30; i++)
        {
            await RecordAsync(csr, clientId);
        }

        var (flowId, flowCsr) = await ContactCentreRecords.FlowAsync(server, clientId);
        await ContactCentreRecords.StepAsync(flowCsr, flowId, "cautions", new { needsAppointment = false });
        await ContactCentreRecords.StepAsync(flowCsr, flowId, "why-not-case-manager", new { goodReason = true, reason = "Case manager on leave." });
        var flow = await ContactCentreRecords.StepAsync(flowCsr, flowId, "need", new { actions = "Food grant.", hardship = new { need = "food", detail = "Food", decision = "granted" } });

        Assert.Equal("bookWithCaseManager", flow["highHardship"].Text("route"));
        Assert.Equal(31, flow["highHardship"]!["requestsInYear"]!.GetValue<int>());
        Assert.Null(flow["highHardship"]!["referralTaskId"]);
        Assert.Equal("caseManager", flow["highHardship"]!["booking"].Text("with"));
        Assert.Equal(await server.StaffNameAsync(ContactCentreRecords.ClientsCaseManager), flow["highHardship"]!["booking"].Text("who"));
        Assert.NotNull(flow["highHardship"]!["booking"]!["startsAt"]);
    }

    [Fact]
    public async Task RecordHardship_WithoutDecision_Returns400()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        using var response = await (await server.AsAsync(Accounts.Csr)).PostJsonAsync($"/api/clients/{clientId}/hardship-requests", new { need = "food", detail = "Food" });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["decision"]);
    }

    /// <summary>Records 31 hardship requests for the client and returns the referral task (R-080).</summary>
    private async Task<Guid> ReferAsync(Guid clientId)
    {
        var csr = await server.AsAsync(Accounts.Csr);
        Guid? taskId = null;
        for (var i = 0; i < 31; i++)
        {
            var recorded = await RecordAsync(csr, clientId);
            taskId ??= recorded["highHardship"]!["referralTaskId"]?.GetValue<Guid>();
        }

        return taskId ?? throw new InvalidOperationException("The 31st hardship request made no referral task.");
    }

    /// <summary>
    /// A Masterton general (C19) caseload filled to capacity with fresh clients by the connector, the one with the fewest
    /// free places (other tests place high-hardship clients with ISCM).
    /// </summary>
    private Task<System.Text.Json.Nodes.JsonNode> FullCaseloadAsync() => server.OnceAsync("high-hardship-full-caseload", async () =>
    {
        // A C19 (general) caseload: one of the two services a high-hardship referral may be assigned (003, R-081).
        // Not the signed-in test case manager's own caseload, which other tests place clients on.
        var ownedByAnAccount = await Appointments.AppointmentData.StaffIdAsync(server, Accounts.CaseManager);
        var chosen = (await CaseloadTestData.MastertonCaseloadsAsync(server))
            .Where(c => c.Text("serviceShortName") == "GCM" && c!["staffId"]!.GetValue<Guid>() != ownedByAnAccount)
            .OrderBy(c => c!["free"]!.GetValue<int>())
            .First()!;
        var staffId = chosen["staffId"]!.GetValue<Guid>();
        var connector = await server.AsAsync(Accounts.Connector);
        for (var free = chosen["free"]!.GetValue<int>(); free > 0; free--)
        {
            var filler = await CaseloadTestData.NewClientAsync(server);
            using var placed = await connector.PostJsonAsync($"/api/clients/{filler}/placements", new { caseManagerId = staffId, reason = "Filling the caseload for the R-014 test." });
            await placed.ReadJsonAsync(HttpStatusCode.Created);
        }

        var after = (await CaseloadTestData.MastertonCaseloadsAsync(server)).First(c => c!["staffId"]!.GetValue<Guid>() == staffId)!;
        Assert.Equal(0, after["free"]!.GetValue<int>());
        return after;
    });

    private static async Task<System.Text.Json.Nodes.JsonNode> RecordAsync(ApiClient api, Guid clientId, string? furtherNeeds = null)
    {
        using var response = await api.PostJsonAsync($"/api/clients/{clientId}/hardship-requests", new { need = "food", detail = "Food until payday.", decision = "granted", furtherNeeds });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class HighHardshipTestsSqlite(SqliteServer server) : HighHardshipTests(server);

[Collection(PostgresServer.Collection)]
public sealed class HighHardshipTestsPostgres(PostgresServer server) : HighHardshipTests(server);
