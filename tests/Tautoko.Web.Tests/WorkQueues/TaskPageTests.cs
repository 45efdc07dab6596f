using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.WorkQueues;

/// <summary>The queue and task pages without JavaScript: take, review, attempts with scripts, close, reassign .</summary>
public abstract class TaskPageTests(TautokoServer server)
{
    [Fact]
    public async Task TaskPage_TakeReviewAttemptAndClose_FollowsTheSeedsRules()
    {
        var (clientId, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var queue = await WorkQueueRecords.QueueIdAsync(server, "serviceCentreReferral");
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        // The queue page lists the task with a Take button; taking it opens the task page.
        var queuePage = await pages.GetAsync($"/queues/{queue}?page=1");
        var take = await pages.SubmitAsync(queuePage, $"#tasks form:has(input[value='{taskId}'])", new Dictionary<string, string>());
        Assert.Equal($"/tasks/{taskId}", take.Headers.Location?.OriginalString);
        var page = await pages.GetAsync($"/tasks/{taskId}");
        Assert.Contains("Being worked", page.Document.QuerySelector("#task-status")?.TextContent, StringComparison.Ordinal);

        // the contact panel appears only after the review.
        Assert.Null(page.Document.QuerySelector("#attempt-form"));
        var checks = new Dictionary<string, string>
        {
            ["taskAndRecordReviewed"] = "true", ["contactDetailsConfirmed"] = "true", ["circumstancesConfirmed"] = "true",
            ["clientEventsChecked"] = "true", ["benefitExpiriesChecked"] = "true", ["redirectionsAndDebtOffsetsChecked"] = "true",
        };
        using (var reviewed = await pages.SubmitAsync(page, "#review form", checks))
        {
            Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        }

        page = await pages.GetAsync($"/tasks/{taskId}");
        var offered = page.Document.QuerySelector(".script[data-situation='IdentifiesClient'] blockquote")?.TextContent;
        Assert.StartsWith("Kia ora Wiremu. It's ", offered, StringComparison.Ordinal);
        Assert.EndsWith("We will try you again shortly.", offered, StringComparison.Ordinal);

        // a voicemail attempt is recorded, with the message to leave shown.
        using (var attempt = await pages.SubmitAsync(page, "#attempt-form", new Dictionary<string, string> { ["channel"] = "Phone", ["result"] = "Voicemail", ["voicemail"] = "IdentifiesClient" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, attempt.StatusCode);
        }

        page = await pages.GetAsync($"/tasks/{taskId}");
        Assert.Contains("Message to leave: \"Kia ora Wiremu.", page.Document.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Single(page.Document.QuerySelectorAll("#attempts tbody tr"));

        // closing as no contact after one attempt is refused and says why.
        using (var close = await pages.SubmitAsync(page, "#complete-form", new Dictionary<string, string> { ["outcome"] = "NoContact", ["note"] = "No answer." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        }

        page = await pages.GetAsync($"/tasks/{taskId}");
        Assert.Contains("R-073", page.Document.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Being worked", page.Document.QuerySelector("#task-status")?.TextContent, StringComparison.Ordinal);
        var log = await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{clientId}/notes");
        Assert.Equal("Voicemail", log.Items()[0].Text("channel"));
    }

    [Fact]
    public async Task TaskPage_Reassign_ChoosesRegionThenSite()
    {
        // a selectable list of 13 regions, then that region's sites.
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var ohakune = await WorkQueueRecords.SiteAsync(server, "Ohakune");
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync($"/tasks/{taskId}");
        Assert.Equal(13, page.Document.QuerySelectorAll("#reassign-region option").Length);
        page = await pages.GetAsync($"/tasks/{taskId}?region={ohakune.RegionId}");
        Assert.Contains(page.Document.QuerySelectorAll("#reassign-site option"), o => o.TextContent == "Ohakune");

        using var moved = await pages.SubmitAsync(page, "#reassign form[method=post]", new Dictionary<string, string> { ["siteId"] = ohakune.Id.ToString(), ["reason"] = "Client lives in Ohakune." });

        Assert.Equal("/tasks/mine", moved.Headers.Location?.OriginalString);
        var after = await pages.GetAsync("/tasks/mine");
        Assert.Contains("reassigned to Ohakune", after.Document.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        using var there = await server.PagesAsAsync(Accounts.CaseManagerOtherSite);
        var task = await there.GetAsync($"/tasks/{taskId}");
        Assert.Contains("Ohakune", task.Document.QuerySelector("#task-facts")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Masterton → Ohakune", task.Document.QuerySelector("#history")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgeProfilesPage_Manager_FlagsOverdueQueues()
    {
        // the manager sees overdue tasks flagged in the age profile.
        using var pages = await server.PagesAsAsync(Accounts.Manager);

        var page = await pages.GetAsync("/queues/age-profiles");

        Assert.Equal(5, page.Document.QuerySelectorAll("#age-profiles tbody tr").Length);
        Assert.NotEmpty(page.Document.QuerySelectorAll("#age-profiles .overdue"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class TaskPageTestsSqlite(SqliteServer server) : TaskPageTests(server);

[Collection(PostgresServer.Collection)]
public sealed class TaskPageTestsPostgres(PostgresServer server) : TaskPageTests(server);
