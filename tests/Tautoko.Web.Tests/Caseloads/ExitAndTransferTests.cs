using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>Exits with the five reasons and the checklist (R-024–R-026), contracted services (R-027), transfers (R-007).</summary>
public abstract class ExitAndTransferTests(TautokoServer server)
{
    private async Task<(Guid ClientId, Guid PlacementId, Guid CaseManagerId)> PlacedClientAsync(string service = "ECM")
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var caseload = await CaseloadTestData.CaseloadOfAsync(server, service);
        var staffId = caseload["staffId"]!.GetValue<Guid>();
        using var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = staffId, reason = "Priority cohort." });
        var id = (await placed.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        return (clientId, id, staffId);
    }

    private static object Exit(string reason, bool sanctionsConsidered = false, string notes = "In service 19 months without progress; referred to a training provider instead.", bool startingWork = false, string[]? supports = null, string? mustView = null, string? movingTo = null, bool handOver = false,
        bool proactive = false, bool exitInterview = false, bool phoneBasedConsidered = false) => new
    {
        proactiveEngagementTried = proactive,
        exitInterviewWithAdvice = exitInterview,
        phoneBasedConsidered,
        reason,
        obligationsFailuresAndSanctionsConsidered = sanctionsConsidered,
        movingToService = movingTo,
        handOverArranged = handOver,
        iepActivitiesClosed = false,
        startingWork,
        supportsDiscussed = supports ?? [],
        notes,
        mustViewNote = mustView,
    };

    [Fact]
    public async Task Exit_LowMotivationWithoutSanctionsConsidered_Returns400_R025()
    {
        var (_, placement, _) = await PlacedClientAsync();
        var api = await server.AsAsync(Accounts.Connector);

        using var response = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("LowMotivationOrContact"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("R-025", problem["errors"]!["obligationsFailuresAndSanctionsConsidered"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_LowContact_NeitherProactiveEngagementNorExitInterview_Returns400_ThenExitInterviewWithAdviceExits_R025()
    {
        // R-025 (002): engage proactively before exiting; if that isn't possible, an exit interview with advice on our usual channels.
        var (clientId, placement, _) = await PlacedClientAsync();
        var api = await server.AsAsync(Accounts.Connector);

        using (var refused = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("LowMotivationOrContact", sanctionsConsidered: true)))
        {
            var problem = await refused.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("engage the client proactively", problem["errors"]!["proactiveEngagementTried"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        using var exited = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("LowMotivationOrContact", sanctionsConsidered: true, exitInterview: true));
        Assert.True(exited.IsSuccessStatusCode, await exited.Content.ReadAsStringAsync());
        var notes = await api.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=20");
        Assert.Contains(notes.Items(), n => n.Text("text")!.Contains("exit interview completed, with advice on getting support through our usual channels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exit_AggressiveBehaviour_PhoneBasedNotConsidered_Returns400_R024()
    {
        // R-024 (002): aggressive behaviour — phone-based case management may be considered.
        var (_, placement, _) = await PlacedClientAsync();
        var api = await server.AsAsync(Accounts.Connector);

        using var refused = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("AggressiveBehaviour"));

        var problem = await refused.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("phone-based case management", problem["errors"]!["phoneBasedConsidered"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        using var exited = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("AggressiveBehaviour", phoneBasedConsidered: true));
        Assert.True(exited.IsSuccessStatusCode, await exited.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Exit_UnknownReason_Returns400ListingTheFive_R024()
    {
        var (_, placement, _) = await PlacedClientAsync();
        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("Bored"));
        var message = (await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["reason"]![0]!.GetValue<string>();
        Assert.Contains("Length of time in service", message, StringComparison.Ordinal);
        Assert.Contains("Aggressive behaviour", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_StartingWorkWithoutSupports_Returns400_R026()
    {
        var (_, placement, _) = await PlacedClientAsync();
        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("Other", startingWork: true));
        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["supportsDiscussed"]);
    }

    [Fact]
    public async Task Exit_WithChecklist_RemovesTagLogsChecklistAddsMustViewAndFreesThePlace_R024_R026()
    {
        var (clientId, placement, _) = await PlacedClientAsync();
        var before = (await CaseloadTestData.CaseloadOfAsync(server, "ECM"))["filled"]!.GetValue<int>();
        var api = await server.AsAsync(Accounts.Connector);

        using var response = await api.PostJsonAsync(
            $"/api/caseloads/placements/{placement}/exit",
            Exit("Other", startingWork: true, supports: ["TransitionToWork", "InWorkSupportReferral"], notes: "Starting full-time work at the freezing works on Monday; discussed supports.", mustView: "Started work 2026; check In-Work Support before any hardship grant."));
        await response.ReadJsonAsync(HttpStatusCode.OK);

        var view = await CaseloadTestData.ClientCaseloadAsync(server, clientId);
        Assert.Null(view["current"]);
        var ended = view["history"]!.AsArray().Single()!;
        Assert.Equal("Other", ended.Text("exitReason"));
        var overview = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{clientId}");
        Assert.DoesNotContain(overview["tags"]!.AsArray(), t => t.Text("shortName") == "ECM" && t!["removedAt"] is null);
        var log = overview["recentNotes"]!.AsArray().Select(n => n.Text("text")!).First(t => t.StartsWith("Exited from", StringComparison.Ordinal));
        Assert.Contains("Exit checklist", log, StringComparison.Ordinal);
        Assert.Contains("Transition to Work", log, StringComparison.Ordinal);
        Assert.Contains("Programme tag ECM removed", log, StringComparison.Ordinal);
        Assert.Contains(overview["mustViewNotes"]!.AsArray(), n => n.Text("text")!.StartsWith("Started work 2026", StringComparison.Ordinal));
        Assert.Equal(before - 1, (await CaseloadTestData.CaseloadOfAsync(server, "ECM"))["filled"]!.GetValue<int>());

        using var twice = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("Other"));
        await twice.ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Exit_MovingToAnotherServiceWithoutHandOver_Returns400_R026()
    {
        var (_, placement, _) = await PlacedClientAsync();
        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/caseloads/placements/{placement}/exit", Exit("ReceivingOtherLongTermService", movingTo: "IntegratedServices"));
        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["handOverArranged"]);
    }

    [Fact]
    public async Task ContractedService_OverFourWeeksSimilar_ClientMayLeave_AndIsNotReassignedAutomatically_R027()
    {
        var (clientId, placement, _) = await PlacedClientAsync();
        var api = await server.AsAsync(Accounts.Connector);

        using var response = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/contracted-service", new { kind = "WorkReadiness", weeks = 8, similarToCaseManagement = true, provider = "Te Ara Mahi", leaveCaseload = true });

        var result = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("MayLeaveCaseload", result.Text("advice"));
        Assert.True(result["leftCaseload"]!.GetValue<bool>());
        var view = await CaseloadTestData.ClientCaseloadAsync(server, clientId);
        Assert.Null(view["current"]);
        Assert.Equal("R-027", view.Text("assignmentRule"));
    }

    [Fact]
    public async Task ContractedService_ShortCourse_ClientStays_R027()
    {
        var (clientId, placement, _) = await PlacedClientAsync();
        var api = await server.AsAsync(Accounts.Connector);

        using (var leave = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/contracted-service", new { kind = "ShortCourse", weeks = 2, similarToCaseManagement = false, leaveCaseload = true }))
        {
            Assert.Equal("R-027", (await leave.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using var stay = await api.PostJsonAsync($"/api/caseloads/placements/{placement}/contracted-service", new { kind = "ShortCourse", weeks = 2, similarToCaseManagement = false, leaveCaseload = false });
        Assert.Equal("MayStayOnCaseload", (await stay.ReadJsonAsync(HttpStatusCode.OK)).Text("advice"));
        Assert.NotNull((await CaseloadTestData.ClientCaseloadAsync(server, clientId))["current"]);
    }

    [Fact]
    public async Task Transfer_WrittenRequestApprovedByManager_MovesTheClient_AndKeepsHistory_R007()
    {
        var (clientId, _, from) = await PlacedClientAsync("ECM");
        var to = (await CaseloadTestData.MastertonCaseloadsAsync(server)).First(c => c!["staffId"]!.GetValue<Guid>() != from && c.Text("serviceShortName") == "ECM-R" && c["free"]!.GetValue<int>() > 0)!["staffId"]!.GetValue<Guid>();
        var caseManager = await server.AsAsync(Accounts.Connector);

        using (var missingReasons = await caseManager.PostJsonAsync($"/api/clients/{clientId}/transfer-requests", new { toCaseManagerId = to, reasons = "" }))
        {
            Assert.Equal("R-007", (await missingReasons.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using var requested = await caseManager.PostJsonAsync($"/api/clients/{clientId}/transfer-requests", new { toCaseManagerId = to, reasons = "Letter of 3 March: would like a case manager who works Thursdays." });
        var requestId = (await requested.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        // R-007: the managers decide; a connector cannot.
        using (var connectorDecides = await caseManager.PostJsonAsync($"/api/caseloads/transfer-requests/{requestId}/decision", new { approve = true }))
        {
            await connectorDecides.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var manager = await server.AsAsync(Accounts.Manager);
        var pending = (await manager.GetJsonAsync("/api/caseloads/transfer-requests?pending=true")).AsArray();
        Assert.Contains(pending, p => p!["id"]!.GetValue<Guid>() == requestId);
        using var decided = await manager.PostJsonAsync($"/api/caseloads/transfer-requests/{requestId}/decision", new { approve = true, note = "Agreed: both caseloads at Masterton." });
        Assert.Contains("moved", (await decided.ReadJsonAsync(HttpStatusCode.OK)).Text("message"), StringComparison.Ordinal);

        var view = await CaseloadTestData.ClientCaseloadAsync(server, clientId);
        Assert.Equal(to, view["current"]!["caseManagerId"]!.GetValue<Guid>());
        Assert.Equal("Transfer", view["current"].Text("placedHow"));
        Assert.Equal("Transferred", view["history"]!.AsArray().Single().Text("end"));
        var request = view["transfers"]!.AsArray().Single()!;
        Assert.Equal("Approved", request.Text("status"), ignoreCase: true);
        Assert.True(request["fromApproved"]!.GetValue<bool>());
        Assert.True(request["toApproved"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Transfer_DeclineNeedsAReason_R007()
    {
        var (clientId, _, from) = await PlacedClientAsync("ECM");
        var to = (await CaseloadTestData.MastertonCaseloadsAsync(server)).First(c => c!["staffId"]!.GetValue<Guid>() != from && c.Text("serviceShortName") == "ECM-R")!["staffId"]!.GetValue<Guid>();
        using var requested = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/transfer-requests", new { toCaseManagerId = to, reasons = "Client's letter asks for a different case manager." });
        var requestId = (await requested.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var manager = await server.AsAsync(Accounts.Manager);

        using (var noReason = await manager.PostJsonAsync($"/api/caseloads/transfer-requests/{requestId}/decision", new { approve = false }))
        {
            Assert.Equal("R-007", (await noReason.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using var declined = await manager.PostJsonAsync($"/api/caseloads/transfer-requests/{requestId}/decision", new { approve = false, note = "Discussed with the client; staying with the current case manager." });
        await declined.ReadJsonAsync(HttpStatusCode.OK);
        var view = await CaseloadTestData.ClientCaseloadAsync(server, clientId);
        Assert.Equal(from, view["current"]!["caseManagerId"]!.GetValue<Guid>());
        Assert.Equal("Declined", view["transfers"]!.AsArray().Single().Text("status"), ignoreCase: true);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ExitAndTransferTestsSqlite(SqliteServer server) : ExitAndTransferTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ExitAndTransferTestsPostgres(PostgresServer server) : ExitAndTransferTests(server);
