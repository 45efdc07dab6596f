using System.Net;
using Tautoko.Web.Tests.Infrastructure;
using Tautoko.Web.Tests.WorkQueues;

namespace Tautoko.Web.Tests.ContactCentre;

/// <summary>High hardship (R-080–R-082, 003 "Deep Dive"): 31+ requests in a year refer the client for an assigned case manager.</summary>
public abstract class HighHardshipTests(TautokoServer server)
{
    [Fact]
    public async Task ThirtyFirstRequest_RefersTheClientToTheHomeSiteF2FQueueOnce()
    {
        // 31 or more hardship requests within a year → a task in the home site's F2F appointment queue.
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
    public async Task Connector_AssignsServiceCaseManagerAndTag_AndCompletesTheTask()
    {
        // the connector determines the service, assigns a case manager, adds the programme tag and completes the task.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        Guid taskId = default;
        for (var i = 0; i < 31; i++)
        {
            var recorded = await RecordAsync(csr, clientId);
            taskId = recorded["highHardship"]!["referralTaskId"]?.GetValue<Guid>() ?? taskId;
        }

        var connector = await server.AsAsync(Accounts.Connector);
        var caseManagerId = await ContactCentreRecords.StaffIdAsync(server, Accounts.CaseManager);
        var caseManager = await server.AsAsync(Accounts.CaseManager);
        await WorkQueueRecords.TakeAsync(connector, taskId);
        using (var notConnector = await caseManager.PostJsonAsync($"/api/tasks/{taskId}/assign-case-manager", new { service = "ECM", caseManagerId }))
        {
            Assert.Equal("R-081", (await notConnector.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using var assigned = await connector.PostJsonAsync($"/api/tasks/{taskId}/assign-case-manager", new { service = "ECM", caseManagerId, note = "Under 25 with full-time obligations." });

        var task = await assigned.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("completed", task.Text("status"));
        var detail = await connector.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal("caseManagerAssigned", detail.Text("outcome"));
        var overview = await connector.GetJsonAsync($"/api/clients/{clientId}");
        var tag = overview["tags"]!.AsArray().Single(t => t.Text("shortName") == "ECM")!;
        Assert.Equal(await server.StaffNameAsync(Accounts.Connector), tag.Text("addedBy"));
        Assert.Contains(await server.StaffNameAsync(Accounts.CaseManager), tag.Text("addedReason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseManagedClientAtThreshold_ThroughTheFlow_IsBookedWithTheirCaseManager()
    {
        // already assigned → book with the case manager, else the buddy, else the site F2F queue.
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

    private static async Task<System.Text.Json.Nodes.JsonNode> RecordAsync(ApiClient api, Guid clientId)
    {
        using var response = await api.PostJsonAsync($"/api/clients/{clientId}/hardship-requests", new { need = "food", detail = "Food until payday.", decision = "granted" });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class HighHardshipTestsSqlite(SqliteServer server) : HighHardshipTests(server);

[Collection(PostgresServer.Collection)]
public sealed class HighHardshipTestsPostgres(PostgresServer server) : HighHardshipTests(server);
