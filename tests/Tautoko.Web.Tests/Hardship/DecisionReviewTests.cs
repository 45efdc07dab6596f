using System.Net;
using Tautoko.Core.Appointments;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Hardship;

/// <summary>Reviews of decision through HTTP: the window's boundary days, internal review then BRC, Table Seven's outcomes, R-095.</summary>
public abstract class DecisionReviewTests(TautokoServer server)
{
    private static DateOnly Today => NzLocalTime.DateOf(DateTimeOffset.UtcNow);

    [Fact]
    public async Task OverturnedAtInternalReview_TheDeclineBecomesAGrantLinkedToTheReview_InTheHistory()
    {
        var (clientId, api, applicationId) = await DeclinedAsync();
        var review = await HardshipRecords.RequestReviewAsync(api, clientId, applicationId);
        var reviewId = review["id"]!.GetValue<Guid>();
        Assert.Equal("internalReview", review.Text("stage"));
        Assert.False(review["isLate"]!.GetValue<bool>());

        using var closed = await api.PostJsonAsync($"/api/hardship/reviews/{reviewId}/outcome", new { outcome = "overturnedAtInternalReview", note = "Essential for the children." });

        var view = await closed.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("closed", view.Text("stage"));
        Assert.Equal("Overturned at internal review", view.Text("outcomeName"));
        Assert.Equal(180.50m, view["amountGranted"]!.GetValue<decimal>());
        var application = await api.GetJsonAsync($"/api/clients/{clientId}/hardship/applications/{applicationId}");
        Assert.Equal("granted", application.Text("status"));
        Assert.Equal(reviewId, application["grantedByReviewId"]!.GetValue<Guid>());
        var history = await api.GetJsonAsync($"/api/clients/{clientId}/hardship");
        Assert.Equal(1, history["granted"]!.GetValue<int>());
        Assert.Equal(0, history["declined"]!.GetValue<int>());
        Assert.Contains(await HardshipRecords.OutboxAsync(server, clientId), m => m.Purpose == Core.Messaging.MessagePurpose.ReviewOutcome);
    }

    [Fact]
    public async Task InternalReview_CannotRecordABrcOutcome_ButAfterReferral_PartiallyUpheldGrantsLess_R092()
    {
        var (clientId, api, applicationId) = await DeclinedAsync();
        var reviewId = (await HardshipRecords.RequestReviewAsync(api, clientId, applicationId))["id"]!.GetValue<Guid>();

        using var tooEarly = await api.PostJsonAsync($"/api/hardship/reviews/{reviewId}/outcome", new { outcome = "upheldAtBrc" });
        Assert.Equal("R-092", (await tooEarly.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));

        var hearing = Today.AddDays(20);
        using var referred = await api.PostJsonAsync($"/api/hardship/reviews/{reviewId}/refer", new { hearingOn = hearing.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var atBrc = await referred.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("benefitReviewCommittee", atBrc.Text("stage"));
        Assert.Equal(hearing, DateOnly.Parse(atBrc.Text("dueOn")!, System.Globalization.CultureInfo.InvariantCulture));

        using var partly = await api.PostJsonAsync($"/api/hardship/reviews/{reviewId}/outcome", new { outcome = "partiallyUpheldAtBrc", amount = 100.25m });
        await partly.ReadJsonAsync(HttpStatusCode.OK);
        var application = await api.GetJsonAsync($"/api/clients/{clientId}/hardship/applications/{applicationId}");
        Assert.Equal("partlyGranted", application.Text("status"));
        Assert.Equal(100.25m, application["amountGranted"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task ReviewWindow_LastDay_IsOnTime_TheDayAfter_NeedsALateReason()
    {
        // Three months from notice (000): notice on D, the last day on time is D + 3 months; the day after is late.
        var (clientId, api, onTimeId) = await DeclinedAsync();
        var lateId = await HardshipRecords.ApplicationIdAsync(api, clientId);
        await HardshipRecords.DeclineAsync(api, clientId, lateId);
        await HardshipRecords.BackdateDecisionAsync(server, onTimeId, Today.AddMonths(-3));
        await HardshipRecords.BackdateDecisionAsync(server, lateId, Today.AddMonths(-3).AddDays(-1));

        var onTime = await HardshipRecords.RequestReviewAsync(api, clientId, onTimeId);
        using var late = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{lateId}/reviews", new { requestedBy = "agent", grounds = "Essential." });

        Assert.False(onTime["isLate"]!.GetValue<bool>());
        Assert.Equal(Today, DateOnly.Parse(onTime.Text("lastDayOnTime")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull((await late.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["lateReason"]);

        var accepted = await HardshipRecords.RequestReviewAsync(api, clientId, lateId, new { requestedBy = "agent", grounds = "Essential.", lateReason = "The client was in hospital." });
        Assert.True(accepted["isLate"]!.GetValue<bool>());
        Assert.Equal("The client was in hospital.", accepted.Text("lateReason"));
    }

    [Fact]
    public async Task SecondOpenReview_Is409_AndAFullGrantCannotBeReviewed()
    {
        var (clientId, api, applicationId) = await DeclinedAsync();
        await HardshipRecords.RequestReviewAsync(api, clientId, applicationId);
        var granted = await HardshipRecords.ApplicationIdAsync(api, clientId);
        await HardshipRecords.DecideAsync(api, clientId, granted, new { decision = "grantInFull" });

        using var second = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{applicationId}/reviews", new { requestedBy = "client", grounds = "Again." });
        using var ofGrant = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{granted}/reviews", new { requestedBy = "client", grounds = "More." });

        Assert.Equal("review-open", (await second.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        Assert.Equal("review-granted", (await ofGrant.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Csr_CannotManageReviews_R095_AndTheRegisterAndWorklistShowTheReview()
    {
        var (clientId, api, applicationId) = await DeclinedAsync();
        var reviewId = (await HardshipRecords.RequestReviewAsync(api, clientId, applicationId))["id"]!.GetValue<Guid>();

        using var csrOutcome = await (await server.AsAsync(Accounts.Csr)).PostJsonAsync($"/api/hardship/reviews/{reviewId}/outcome", new { outcome = "withdrawnPriorToBrc" });
        using var csrRegister = await (await server.AsAsync(Accounts.Csr)).GetAsync("/api/hardship/reviews");
        var register = await api.GetJsonAsync("/api/hardship/reviews?status=open&pageSize=100");
        var worklist = await api.GetJsonAsync("/api/hardship/reviews/worklist");
        var otherSite = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetJsonAsync("/api/hardship/reviews/worklist");

        Assert.Equal("role", (await csrOutcome.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        Assert.Equal("role", (await csrRegister.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        Assert.Contains(register.Items(), r => r!["id"]!.GetValue<Guid>() == reviewId);
        using var bogus = await api.GetAsync("/api/hardship/reviews?status=pending");
        Assert.NotNull((await bogus.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["status"]);
        var due = worklist["dueThisWeek"]!.AsArray().Concat(worklist["later"]!.AsArray());
        Assert.Contains(due, r => r!["id"]!.GetValue<Guid>() == reviewId);
        Assert.DoesNotContain(otherSite["dueThisWeek"]!.AsArray().Concat(otherSite["later"]!.AsArray()).Concat(otherSite["overdue"]!.AsArray()), r => r!["id"]!.GetValue<Guid>() == reviewId);
    }

    [Fact]
    public async Task ReviewWindow_IsSetByNationalOffice_Only()
    {
        using var refused = await (await server.AsAsync(Accounts.Manager)).PutJsonAsync("/api/hardship/review-window", new { months = 4, internalReviewDays = 10 }, null);
        using var bad = await (await server.AsAsync(Accounts.NationalOffice)).PutJsonAsync("/api/hardship/review-window", new { months = 0, internalReviewDays = 10 }, null);

        Assert.Equal("role", (await refused.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        Assert.NotNull((await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["months"]);
        var window = await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync("/api/hardship/review-window");
        Assert.Equal(3, window["defaultMonths"]!.GetValue<int>());
    }

    private async Task<(Guid ClientId, ApiClient Api, Guid ApplicationId)> DeclinedAsync()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var applicationId = await HardshipRecords.ApplicationIdAsync(api, clientId);
        await HardshipRecords.DeclineAsync(api, clientId, applicationId);
        return (clientId, api, applicationId);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class DecisionReviewTestsSqlite(SqliteServer server) : DecisionReviewTests(server);

[Collection(PostgresServer.Collection)]
public sealed class DecisionReviewTestsPostgres(PostgresServer server) : DecisionReviewTests(server);
