using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Messages;

/// <summary>E-mails and voicemails to case managers (R-052, R-053): due within 24 hours, overdue on the worklist, measurable.</summary>
public abstract class MessagesTests(TautokoServer server)
{
    [Fact]
    public async Task LogClientEmail_ThenPhoneBack_IsAnsweredInTimeAndRecordedInTheEngagementLog()
    {
        // R-052: e-mails acknowledged within 24 hours; the reply is recorded in the engagement log.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var logged = await api.PostJsonAsync("/api/messages", new { clientId, kind = "email", from = "Wiremu", subject = "Appointment", body = "Can I come on Thursday instead?" });
        var message = await logged.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(message["receivedAt"]!.GetValue<DateTimeOffset>().AddHours(24), message["dueAt"]!.GetValue<DateTimeOffset>());

        var worklist = await api.GetJsonAsync("/api/messages/mine");
        Assert.Contains(worklist["messages"]!.AsArray(), m => m!["id"]!.GetValue<Guid>() == message["id"]!.GetValue<Guid>());

        using var acknowledged = await api.PostJsonAsync($"/api/messages/{message["id"]}/acknowledge", new { response = "phoneContactMade", note = "Moved to Thursday 2pm." });
        var answered = await acknowledged.ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(answered["answeredInTime"]!.GetValue<bool>());
        var log = await api.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=5");
        Assert.Contains("Moved to Thursday 2pm.", log.Items()[0].Text("text"), StringComparison.Ordinal);
        Assert.Equal("Phone", log.Items()[0].Text("channel"));
    }

    [Fact]
    public async Task VoicemailOlderThan24Hours_IsOverdueOnTheWorklist()
    {
        // R-053: calls returned within 24 hours; overdue ones show on the worklist.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var logged = await api.PostJsonAsync("/api/messages", new { clientId, kind = "voicemail", from = "Wiremu", subject = "Please call", body = "Asked for a call back.", receivedAt = DateTimeOffset.UtcNow.AddHours(-30) });
        var id = (await logged.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        var worklist = await api.GetJsonAsync("/api/messages/mine");

        var entry = worklist["messages"]!.AsArray().Single(m => m!["id"]!.GetValue<Guid>() == id)!;
        Assert.True(entry["isOverdue"]!.GetValue<bool>());
        Assert.True(worklist["overdue"]!.GetValue<int>() >= 1);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var page = await pages.GetAsync("/tasks/mine");
        Assert.Contains(page.Document.QuerySelectorAll("#message-list tr.row-overdue"), r => r.TextContent.Contains("Please call", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QualityChecker_MayNotSendACaseManagerAMessageAboutAClient_R120()
    {
        // ADR 0002 and R-120: quality checkers read every record but write nothing; a message about a client is a write
        // (found by the write refusal sweep, Trust/WriteRefusalSweepTests).
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var caseManagerId = await StaffIdAsync(Accounts.CaseManager);
        var quality = await server.AsAsync(Accounts.Quality);
        using var refused = await quality.PostJsonAsync("/api/messages", new { caseManagerId, clientId, kind = "email", subject = "Quality", body = "A message about the client." });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var mine = await (await server.AsAsync(Accounts.CaseManager)).GetAsync("/api/messages/mine");
        Assert.DoesNotContain(clientId.ToString(), await mine.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ColleagueMessage_IsNotedByTheCaseManager_AndNobodyElseMayAcknowledgeIt()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var caseManagerId = await StaffIdAsync(Accounts.CaseManager);
        var csr = await server.AsAsync(Accounts.Csr);
        using var sent = await csr.PostJsonAsync("/api/messages", new { caseManagerId, clientId, kind = "email", subject = "Contact centre call", body = "Client called about food costs." });
        var message = await sent.ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(message["fromColleague"]!.GetValue<bool>());
        Assert.Equal(await server.StaffNameAsync(Accounts.Csr), message.Text("from"));

        using (var notMine = await (await server.AsAsync(Accounts.EmploymentCaseManager)).PostJsonAsync($"/api/messages/{message["id"]}/acknowledge", new { response = "noted" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        }

        using var noted = await (await server.AsAsync(Accounts.CaseManager)).PostJsonAsync($"/api/messages/{message["id"]}/acknowledge", new { response = "noted" });
        Assert.Equal("noted", (await noted.ReadJsonAsync(HttpStatusCode.OK)).Text("response"));
    }

    [Fact]
    public async Task ClientEmail_AcknowledgedAsNoted_Returns422NamingR052()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var logged = await api.PostJsonAsync("/api/messages", new { clientId, kind = "email", from = "Wiremu", subject = "Hello", body = "Kia ora." });
        var id = (await logged.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        using var response = await api.PostJsonAsync($"/api/messages/{id}/acknowledge", new { response = "noted" });

        Assert.Equal("R-052", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Measures_Manager_SeesShareAnsweredWithin24Hours_CaseManagerMayNot()
    {
        // R-052, R-053: acknowledgements within 24 hours are measurable.
        var manager = await server.AsAsync(Accounts.Manager);
        var measures = await manager.GetJsonAsync("/api/messages/measures");

        var kinds = measures["byKind"]!.AsArray();
        Assert.Equal(["email", "voicemail"], kinds.Select(k => k.Text("kind")));
        Assert.True(kinds.Sum(k => k!["received"]!.GetValue<int>()) > 0, "The demo data has messages to measure.");
        Assert.All(kinds, k => Assert.Equal(
            k!["received"]!.GetValue<int>(),
            k["answeredInTime"]!.GetValue<int>() + k["answeredLate"]!.GetValue<int>() + k["openOverdue"]!.GetValue<int>() + k["openInTime"]!.GetValue<int>()));

        using var refused = await (await server.AsAsync(Accounts.CaseManager)).GetAsync("/api/messages/measures");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task VoicemailChecks_AreCountedForToday()
    {
        // R-053: voicemail checked at least twice a day.
        var api = await server.AsAsync(Accounts.EmploymentCaseManager);
        var before = (await api.GetJsonAsync("/api/messages/mine"))["voicemailChecksToday"]!.GetValue<int>();

        using var first = await api.PostJsonAsync("/api/messages/voicemail-checks", new { messagesFound = 1 });
        using var second = await api.PostJsonAsync("/api/messages/voicemail-checks", new { messagesFound = 0 });

        Assert.Equal(before + 2, (await second.ReadJsonAsync(HttpStatusCode.OK))["checksToday"]!.GetValue<int>());
        Assert.True((await api.GetJsonAsync("/api/messages/mine"))["voicemailCheckedEnough"]!.GetValue<bool>());
    }

    [Fact]
    public async Task VoicemailReminders_TwoEveryDay_OnTheWorklist_AndACheckTicksOneOff_R053()
    {
        // R-053: voicemail checked at least twice a day — a morning and an afternoon reminder on the case manager's worklist.
        var api = await server.AsAsync(Accounts.Icsm);
        var reminders = (await api.GetJsonAsync("/api/messages/mine"))["voicemailReminders"]!.AsArray();
        Assert.Equal(["Morning voicemail check", "Afternoon voicemail check"], reminders.Select(r => r.Text("name")));

        using (var checkedNow = await api.PostJsonAsync("/api/messages/voicemail-checks", new { messagesFound = 0 }))
        {
            await checkedNow.ReadJsonAsync(HttpStatusCode.OK);
        }

        var after = (await api.GetJsonAsync("/api/messages/mine"))["voicemailReminders"]!.AsArray();
        Assert.Contains(after, r => r.Text("state") == "done" && r.Text("checkedAt") is not null);
        using var page = await api.GetAsync("/tasks/mine");
        Assert.Contains("voicemail-reminders", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Guid> StaffIdAsync(string account)
    {
        var name = await server.StaffNameAsync(account);
        var api = await server.AsAsync(Accounts.Csr);
        var found = await api.GetJsonAsync($"/api/staff?name={Uri.EscapeDataString(name.Split(' ')[0])}&pageSize=100");
        return found.Items().First(s => s.Text("name") == name)!["id"]!.GetValue<Guid>();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class MessagesTestsSqlite(SqliteServer server) : MessagesTests(server);

[Collection(PostgresServer.Collection)]
public sealed class MessagesTestsPostgres(PostgresServer server) : MessagesTests(server);
