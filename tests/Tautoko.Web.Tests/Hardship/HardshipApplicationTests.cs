using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Hardship;

/// <summary>Hardship applications and decisions through HTTP, the client's history, and the high-hardship count .</summary>
public abstract class HardshipApplicationTests(TautokoServer server)
{
    [Fact]
    public async Task Apply_ThenGetAndList_AreAuditedReads_R120()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        var recorded = await HardshipRecords.ApplyAsync(api, clientId, new { need = "other", category = "funeralGrant", amountAsked = 2000.00m, recoverable = false, channel = "phone", detail = "Funeral of a parent." });
        var id = recorded["application"]!["id"]!.GetValue<Guid>();
        var one = await api.GetJsonAsync($"/api/clients/{clientId}/hardship/applications/{id}");
        var list = await api.GetJsonAsync($"/api/clients/{clientId}/hardship/applications");

        Assert.Equal("awaitingDecision", one.Text("status"));
        Assert.Equal("Funeral Grant", one.Text("categoryName"));
        Assert.Equal(2000.00m, one["amountAsked"]!.GetValue<decimal>());
        Assert.Equal(await server.StaffNameAsync(Accounts.CaseManager), one.Text("recordedBy"));
        Assert.Single(list.Items());
        Assert.Equal(1, list["totalCount"]!.GetValue<int>());
        Assert.Equal(1, recorded["highHardship"]!["requestsInYear"]!.GetValue<int>());
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{clientId}/audit?pageSize=100");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "Read" && r.Text("entity") == "HardshipApplication");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "Read" && r.Text("entity") == "HardshipApplications");
    }

    [Fact]
    public async Task Decline_WithoutReason_Is400NamingDeclineReason_AndDecidesNothing_R091()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var id = await HardshipRecords.ApplicationIdAsync(api, clientId);

        using var response = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{id}/decision", new { decision = "decline", note = "No." });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?["declineReason"]);
        Assert.Equal("awaitingDecision", (await api.GetJsonAsync($"/api/clients/{clientId}/hardship/applications/{id}")).Text("status"));
    }

    [Fact]
    public async Task Decline_WithReason_TellsTheClientByTheirChannel_InPlainWords_WithTheRightToAReview_AndLogsIt()
    {
        // The test client prefers phone and has an e-mail address: the notice goes by e-mail (a written channel on record).
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var id = await HardshipRecords.ApplicationIdAsync(api, clientId);

        var decided = await HardshipRecords.DeclineAsync(api, clientId, id, "needCanBeMetInAnotherWay");

        Assert.Equal("declined", decided["application"].Text("status"));
        Assert.Equal("Need can be met in another way", decided["application"].Text("declineReasonName"));
        Assert.Equal("E-mail", decided.Text("noticeChannel"));
        var message = Assert.Single(await HardshipRecords.OutboxAsync(server, clientId), m => m.Purpose == Core.Messaging.MessagePurpose.HardshipDecision);
        Assert.Equal("wiremu@example.co.nz", message.Recipient);
        Assert.Contains("the need can be met in another way", message.Body, StringComparison.Ordinal);
        Assert.Contains("right to ask for a review of this decision within 3 months", message.Body, StringComparison.Ordinal);
        var log = await api.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=5");
        Assert.Contains(log.Items(), n => n.Text("text")!.Contains("declined: Need can be met in another way", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decide_Twice_Is409()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var id = await HardshipRecords.ApplicationIdAsync(api, clientId);
        await HardshipRecords.DecideAsync(api, clientId, id, new { decision = "grantInFull" });

        using var again = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{id}/decision", new { decision = "decline", declineReason = "other", note = "Changed my mind." });

        Assert.Equal("hardship-decided", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
    }

    [Fact]
    public async Task TwoDecisionsAtOnce_OneIsSaved_TheOtherIs409()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var manager = await server.AsAsync(Accounts.Manager);
        var id = await HardshipRecords.ApplicationIdAsync(api, clientId);

        var grant = api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{id}/decision", new { decision = "grantInFull" });
        var decline = manager.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{id}/decision", new { decision = "decline", declineReason = "notAnEmergencySituation", note = "Can wait." });
        var responses = await Task.WhenAll(grant, decline);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var outbox = await HardshipRecords.OutboxAsync(server, clientId);
        Assert.Single(outbox, m => m.Purpose == Core.Messaging.MessagePurpose.HardshipDecision);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(12.345)]
    [InlineData(50000.01)]
    public async Task Apply_WithAnImplausibleAmount_Is400NamingAmountAsked(double amount)
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        using var response = await (await server.AsAsync(Accounts.CaseManager)).PostJsonAsync($"/api/clients/{clientId}/hardship/applications",
            new { need = "food", amountAsked = (decimal)amount, detail = "Food." });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["amountAsked"]);
    }

    [Fact]
    public async Task GrantInPart_MoreThanAsked_Is400NamingAmount()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var id = await HardshipRecords.ApplicationIdAsync(api, clientId);

        using var response = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{id}/decision", new { decision = "grantInPart", amount = 180.51m });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["amount"]);
    }

    [Fact]
    public async Task Csr_MayApply_ButNotDecide_AndAnotherSitesCaseManagerIsRefused()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        var id = await HardshipRecords.ApplicationIdAsync(csr, clientId);

        using var decide = await csr.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{id}/decision", new { decision = "grantInFull" });
        using var read = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetAsync($"/api/clients/{clientId}/hardship/applications/{id}");

        Assert.Equal("role", (await decide.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        Assert.Equal("scope", (await read.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task History_CountsGrantsDeclinesByReason_AndRecoverableDebt_ToTheCent()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var recoverable = await HardshipRecords.ApplicationIdAsync(api, clientId, new { need = "washingMachineOrFridge", amountAsked = 899.99m, recoverable = true, detail = "Fridge broke." });
        var part = await HardshipRecords.ApplicationIdAsync(api, clientId, new { need = "other", category = "recoverableAssistancePayment", amountAsked = 400.00m, recoverable = true, detail = "Car repair to get to work." });
        var food = await HardshipRecords.ApplicationIdAsync(api, clientId);
        var declined1 = await HardshipRecords.ApplicationIdAsync(api, clientId);
        var declined2 = await HardshipRecords.ApplicationIdAsync(api, clientId);
        await HardshipRecords.DecideAsync(api, clientId, recoverable, new { decision = "grantInFull" });
        await HardshipRecords.DecideAsync(api, clientId, part, new { decision = "grantInPart", amount = 250.10m });
        await HardshipRecords.DecideAsync(api, clientId, food, new { decision = "grantInFull" });
        await HardshipRecords.DeclineAsync(api, clientId, declined1, "alreadyReceivedHelpForSameNeed");
        await HardshipRecords.DeclineAsync(api, clientId, declined2, "alreadyReceivedHelpForSameNeed");

        var history = await api.GetJsonAsync($"/api/clients/{clientId}/hardship");

        Assert.Equal(5, history["applications"]!.GetValue<int>());
        Assert.Equal(3, history["granted"]!.GetValue<int>());
        Assert.Equal(899.99m + 250.10m + 180.50m, history["grantedAmount"]!.GetValue<decimal>());
        Assert.Equal(2, history["declined"]!.GetValue<int>());
        var reason = Assert.Single(history["declinesByReason"]!.AsArray());
        Assert.Equal("Already received help for same/similar need in the past", reason.Text("reasonName"));
        Assert.Equal(2, reason!["count"]!.GetValue<int>());
        Assert.Equal(1150.09m, history["recoverableDebt"]!.GetValue<decimal>());
        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{clientId}/audit?pageSize=100");
        Assert.Contains(audit["rows"]!.Items(), r => r.Text("action") == "Read" && r.Text("entity") == "HardshipHistory");
    }

    [Fact]
    public async Task HighHardshipCount_ComesFromApplications_TheThirtyFirstRefersTheClient_R080()
    {
        // applications count as hardship requests, together with the contact centre's requests: 20 + 11 = 31.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var csr = await server.AsAsync(Accounts.Csr);
        for (var i = 0; i < 20; i++)
        {
            using var response = await csr.PostJsonAsync($"/api/clients/{clientId}/hardship-requests", new { need = "food", detail = "Food until payday.", decision = "granted" });
            await response.ReadJsonAsync(HttpStatusCode.Created);
        }

        System.Text.Json.Nodes.JsonNode last = null!;
        for (var i = 0; i < 11; i++)
        {
            last = await HardshipRecords.ApplyAsync(csr, clientId);
            Assert.Equal(21 + i, last["highHardship"]!["requestsInYear"]!.GetValue<int>());
        }

        Assert.Equal("referToHomeSiteQueue", last["highHardship"].Text("route"));
        Assert.NotNull(last["highHardship"]!["referralTaskId"]?.GetValue<Guid>());
        var history = await csr.GetJsonAsync($"/api/clients/{clientId}/hardship-requests");
        Assert.Equal(31, history["requestsInYear"]!.GetValue<int>());
    }

    [Fact]
    public async Task HighHardshipCount_LooksBackOneYear_AnApplicationJustOverAYearOldDoesNotCount_R080()
    {
        // "31+ requests within the year": one received a year less an hour ago counts, one a year and an hour ago does not.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await HardshipRecords.ApplicationIdAsync(api, clientId));
        }

        var now = DateTimeOffset.UtcNow;
        await HardshipRecords.BackdateReceiptAsync(server, ids[0], now.AddYears(-1).AddHours(1));
        await HardshipRecords.BackdateReceiptAsync(server, ids[1], now.AddYears(-1).AddHours(-1));

        var thirtieth = await HardshipRecords.ApplyAsync(api, clientId);
        var thirtyFirst = await HardshipRecords.ApplyAsync(api, clientId);

        Assert.Equal(30, thirtieth["highHardship"]!["requestsInYear"]!.GetValue<int>());
        Assert.Equal("none", thirtieth["highHardship"].Text("route"));
        Assert.Equal(31, thirtyFirst["highHardship"]!["requestsInYear"]!.GetValue<int>());
        Assert.Equal("referToHomeSiteQueue", thirtyFirst["highHardship"].Text("route"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class HardshipApplicationTestsSqlite(SqliteServer server) : HardshipApplicationTests(server);

[Collection(PostgresServer.Collection)]
public sealed class HardshipApplicationTestsPostgres(PostgresServer server) : HardshipApplicationTests(server);
