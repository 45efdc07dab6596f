using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.WorkQueues;

/// <summary>Contact attempts on referral tasks: review first, every attempt in the engagement log, the seed's voicemail scripts.</summary>
public abstract class ContactAttemptTests(TautokoServer server)
{
    private static readonly object NoAnswer = new { channel = "phone", result = "noAnswer" };

    [Fact]
    public async Task CompleteAsNoContact_AfterTwoAttempts_Returns422NamingR073()
    {
        // at least three contact attempts before a referral task is closed.
        var (_, taskId, api) = await WorkQueueRecords.TakenAndReviewedAsync(server);
        await WorkQueueRecords.AttemptAsync(api, taskId, NoAnswer);
        await WorkQueueRecords.AttemptAsync(api, taskId, NoAnswer);

        using var response = await api.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "noContact", note = "Could not reach the client." });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-073", problem.Text("rule"));
        Assert.EndsWith("/rules/R-073", problem.Text("type"), StringComparison.Ordinal);
        Assert.Contains("at least 3 contact attempts; 2 recorded", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal("inProgress", (await api.GetJsonAsync($"/api/tasks/{taskId}"))["task"].Text("status"));
    }

    [Fact]
    public async Task CompleteAsNoContact_AfterThreeAttempts_ClosesAndEachAttemptIsInTheEngagementLog()
    {
        // three unsuccessful attempts, each recorded in the engagement log with its time and channel.
        var (clientId, taskId, api) = await WorkQueueRecords.TakenAndReviewedAsync(server);
        var first = await WorkQueueRecords.AttemptAsync(api, taskId, new { channel = "phone", result = "noAnswer", occurredAt = DateTimeOffset.UtcNow.AddHours(-3) });
        await WorkQueueRecords.AttemptAsync(api, taskId, new { channel = "phone", result = "busy", occurredAt = DateTimeOffset.UtcNow.AddHours(-2) });
        await WorkQueueRecords.AttemptAsync(api, taskId, new { channel = "text", result = "messageSent" });

        using var response = await api.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "noContact", note = "Three attempts; letter sent asking the client to call." });

        Assert.Equal("completed", (await response.ReadJsonAsync(HttpStatusCode.OK)).Text("status"));
        var log = await api.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=10");
        var attempts = log.Items().Where(n => n.Text("text")!.Contains("contact attempt", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, n => Assert.Equal("Unsuccessful attempt", n.Text("outcome")));
        Assert.Equal(["Text", "Phone", "Phone"], attempts.Select(n => n.Text("channel")));
        var noted = attempts.Single(n => n!["id"]!.GetValue<Guid>() == first["attempt"]!["engagementNoteId"]!.GetValue<Guid>())!;
        Assert.Equal(first["attempt"]!["occurredAt"]!.GetValue<DateTimeOffset>(), noted["occurredAt"]!.GetValue<DateTimeOffset>(), TimeSpan.FromMilliseconds(1));
        Assert.Contains("contact attempt 1 by phone — no answer", noted.Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_AfterOneUnansweredCall_AsksToTryAgainFirst_ThenRequeues()
    {
        // 003 (outbound calls, with R-073): "Let the phone ring to voicemail and try again, if necessary, before re-queuing".
        var (_, taskId, api) = await WorkQueueRecords.TakenAndReviewedAsync(server);
        await WorkQueueRecords.AttemptAsync(api, taskId, NoAnswer);

        using (var refused = await api.PostJsonAsync($"/api/tasks/{taskId}/release", new { }))
        {
            var problem = await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("outbound-call", problem.Text("rule"));
            Assert.Contains("try again", problem.Text("detail"), StringComparison.Ordinal);
        }

        await WorkQueueRecords.AttemptAsync(api, taskId, new { channel = "phone", result = "voicemail", voicemail = "identifiesClient" });
        using var released = await api.PostJsonAsync($"/api/tasks/{taskId}/release", new { });

        Assert.Equal("open", (await released.ReadJsonAsync(HttpStatusCode.OK)).Text("status"));
    }

    [Fact]
    public async Task TaskDetail_GivesTheNumberToDialWithThe25Prefix_SoTheClientSees0800559009()
    {
        // 003 (outbound calls): "Use '25' as a prefix when the call is made so that the number displayed is 0800 559 009".
        var (_, taskId, api) = await WorkQueueRecords.TakenAndReviewedAsync(server);

        var dialling = (await api.GetJsonAsync($"/api/tasks/{taskId}"))["dialling"]!;

        Assert.Equal("25", dialling.Text("prefix"));
        Assert.Equal("0800 559 009", dialling.Text("shownNumber"));
        Assert.StartsWith("250", dialling.Text("dial"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAttempt_BeforeTheReview_Returns422NamingR074()
    {
        // review the task and the client's record before contacting the client.
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        await WorkQueueRecords.TakeAsync(api, taskId);

        using var response = await api.PostJsonAsync($"/api/tasks/{taskId}/attempts", NoAnswer);

        Assert.Equal("R-074", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Review_WithAnItemUnchecked_Returns422NamingTheItem()
    {
        // confirm contact details and circumstances; look for client events, expiries, redirections and debt offsets.
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        await WorkQueueRecords.TakeAsync(api, taskId);

        using var response = await api.PostJsonAsync($"/api/tasks/{taskId}/review", new
        {
            taskAndRecordReviewed = true, contactDetailsConfirmed = true, circumstancesConfirmed = true,
            clientEventsChecked = true, benefitExpiriesChecked = true, redirectionsAndDebtOffsetsChecked = false,
        });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-074", problem.Text("rule"));
        Assert.Contains("redirections and debt offsets", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_ShowsTheClientsOtherOpenEvents()
    {
        // client events in progress, on hold or ready for processing are shown for the review.
        var (clientId, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var rfp = await WorkQueueRecords.QueueIdAsync(server, "readyForProcessing");
        var api = await server.AsAsync(Accounts.CaseManager);
        using (var raised = await api.PostJsonAsync($"/api/work-queues/{rfp}/tasks", new { clientId, need = "Process the change of address form." }))
        {
            await raised.ReadJsonAsync(HttpStatusCode.Created);
        }

        var task = await api.GetJsonAsync($"/api/tasks/{taskId}");

        var events = task["clientEvents"]!.AsArray();
        Assert.Equal("Process the change of address form.", Assert.Single(events)!.Text("need"));
        Assert.Equal("Ready for Processing", events[0].Text("queue"));
    }

    [Fact]
    public async Task Voicemail_ThreeAttemptsIdentifyingVoicemail_OffersTheSeedScriptsAndTheThirdNamesTheEarlierTries()
    {
        // attempts 1–2 "We will try you again shortly"; attempt 3 names the days and times of the earlier tries.
        var (_, taskId, api) = await WorkQueueRecords.TakenAndReviewedAsync(server);
        var me = await server.StaffNameAsync(Accounts.CaseManager);
        var voicemail = new { channel = "phone", result = "voicemail", voicemail = "identifiesClient" };
        var monday = new DateTimeOffset(2026, 11, 16, 9, 15, 0, TimeSpan.FromHours(13));
        var tuesday = new DateTimeOffset(2026, 11, 17, 14, 40, 0, TimeSpan.FromHours(13));

        var one = await WorkQueueRecords.AttemptAsync(api, taskId, new { voicemail.channel, voicemail.result, voicemail.voicemail, occurredAt = monday });
        var two = await WorkQueueRecords.AttemptAsync(api, taskId, new { voicemail.channel, voicemail.result, voicemail.voicemail, occurredAt = tuesday });
        var offered = await api.GetJsonAsync($"/api/tasks/{taskId}/voicemail-scripts");
        var three = await WorkQueueRecords.AttemptAsync(api, taskId, voicemail);

        var expectedFirst = $"Kia ora Wiremu. It's {me} from Ministry of Social Development. We're trying to contact you regarding your request for assistance. We will try you again shortly.";
        Assert.Equal(expectedFirst, one["script"].Text("message"));
        Assert.Equal("identifyingFirstOrSecondAttempt", one["attempt"].Text("script"));
        Assert.Equal(expectedFirst, two["attempt"].Text("messageLeft"));
        Assert.Equal(3, offered["attemptNumber"]!.GetValue<int>());
        var expectedThird = $"Kia ora Wiremu. It's {me} from Ministry of Social Development. We're trying to contact you regarding your request for assistance. We've tried twice at Monday 9:15 am and Tuesday 2:40 pm. If you still need help, please call us on 0800 559 009.";
        Assert.Equal(expectedThird, offered["scripts"]!.AsArray().Single(s => s.Text("situation") == "identifiesClient")!["script"].Text("message"));
        Assert.Equal(expectedThird, three["script"].Text("message"));
        Assert.Equal("identifyingThirdAttempt", three["attempt"].Text("script"));
    }

    [Fact]
    public async Task Voicemail_NotIdentifyingOrUnconfirmedNumber_LeavesTheMinimalMessageOrNone()
    {
        // minimal message when records confirm the number; no message at all when not sure it is the client's.
        var (clientId, taskId, api) = await WorkQueueRecords.TakenAndReviewedAsync(server);
        var me = await server.StaffNameAsync(Accounts.CaseManager);

        var minimal = await WorkQueueRecords.AttemptAsync(api, taskId, new { channel = "phone", result = "voicemail", voicemail = "numberConfirmedFromRecords" });
        var none = await WorkQueueRecords.AttemptAsync(api, taskId, new { channel = "phone", result = "voicemail", voicemail = "numberNotConfirmed", note = "Voicemail greeting gives another name; the next person should check the number." });

        Assert.Equal($"Kia ora Wiremu, this is {me} from Ministry of Social Development, could you give us a call on 0800 559 009.", minimal["attempt"].Text("messageLeft"));
        Assert.Null(none["attempt"].Text("messageLeft"));
        Assert.Equal("noMessage", none["script"].Text("kind"));
        var log = await api.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=5");
        var newest = log.Items()[0]!;
        Assert.Contains("no message left", newest.Text("text"), StringComparison.Ordinal);
        Assert.Contains("the next person should check the number", newest.Text("text"), StringComparison.Ordinal);
        Assert.Equal("Voicemail", log.Items()[1].Text("channel"));
    }

    [Fact]
    public async Task RecordAttempt_VoicemailWithoutSituation_Returns400()
    {
        var (_, taskId, api) = await WorkQueueRecords.TakenAndReviewedAsync(server);

        using var response = await api.PostJsonAsync($"/api/tasks/{taskId}/attempts", new { channel = "phone", result = "voicemail" });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["voicemail"]);
    }

    [Fact]
    public async Task Answered_ThenResolved_ClosesWithoutThreeAttempts()
    {
        var (clientId, taskId, api) = await WorkQueueRecords.TakenAndReviewedAsync(server);

        var answered = await WorkQueueRecords.AttemptAsync(api, taskId, new { channel = "phone", result = "answered", note = "Food grant discussed; documents sent by e-mail." });
        using var done = await api.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "resolved", note = "Food grant processed." });

        Assert.True(answered["attempt"]!["successful"]!.GetValue<bool>());
        Assert.Equal("completed", (await done.ReadJsonAsync(HttpStatusCode.OK)).Text("status"));
        var log = await api.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=5");
        Assert.Equal("Contact made", log.Items()[0].Text("outcome"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ContactAttemptTestsSqlite(SqliteServer server) : ContactAttemptTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ContactAttemptTestsPostgres(PostgresServer server) : ContactAttemptTests(server);
