using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Hardship;

/// <summary>The hardship pages without JavaScript: the application form, the decision page, the review page and the client's hardship tab.</summary>
public abstract class HardshipPageTests(TautokoServer server)
{
    [Fact]
    public async Task ApplyDeclineReviewOverturn_ThroughThePages_TheGrantShowsInTheHardshipTab()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var overview = await pages.GetAsync($"/clients/{clientId}");
        Assert.NotNull(overview.Document.QuerySelector("#hardship-link"));

        var form = await pages.GetAsync($"/clients/{clientId}/hardship/apply");
        using var applied = await pages.SubmitAsync(form, "#application-form", new Dictionary<string, string> { ["Need"] = "BedsTablesOrChairs", ["AmountAsked"] = "350.75", ["Detail"] = "Beds for two children." });
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var application = await pages.GetAsync(applied.Headers.Location!.OriginalString);

        // A decline without a reason is refused on the page, naming the field.
        using var noReason = await pages.SubmitAsync(application, "#decision-form", new Dictionary<string, string> { ["Decision"] = "Decline", ["Note"] = "Not now." });
        var refused = await PageClient.ParseAsync(noReason);
        Assert.Contains("sixteen decline reasons", refused.Document.QuerySelector("#decline-reason-error")?.TextContent, StringComparison.Ordinal);

        using var declined = await pages.SubmitAsync(application, "#decision-form", new Dictionary<string, string> { ["Decision"] = "Decline", ["DeclineReason"] = "NotAnEconomicPurchase", ["Note"] = "Second-hand beds are available." });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var decided = await pages.GetAsync(declined.Headers.Location!.OriginalString);
        Assert.Contains("Declined: Not an economic purchase", decided.Document.QuerySelector("#decision-status")?.TextContent, StringComparison.Ordinal);

        using var asked = await pages.SubmitAsync(decided, "#review-form", new Dictionary<string, string> { ["Grounds"] = "Second-hand beds were not available locally." });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var review = await pages.GetAsync(asked.Headers.Location!.OriginalString);
        Assert.Equal("Internal review", review.Document.QuerySelector("#review-stage")?.TextContent.Trim());

        using var overturned = await pages.SubmitAsync(review, "#outcome-form", new Dictionary<string, string> { ["Outcome"] = "OverturnedAtInternalReview" });
        Assert.Equal(HttpStatusCode.Redirect, overturned.StatusCode);
        var closed = await pages.GetAsync(overturned.Headers.Location!.OriginalString);
        Assert.Contains("Overturned at internal review", closed.Document.QuerySelector("#review-outcome")?.TextContent, StringComparison.Ordinal);

        var tab = await pages.GetAsync($"/clients/{clientId}/hardship");
        Assert.Equal("1", tab.Document.QuerySelector("#applications-count")?.TextContent.Trim());
        Assert.StartsWith("1", tab.Document.QuerySelector("#granted-count")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Granted on review", tab.Document.QuerySelector("#hardship-applications tbody")?.TextContent, StringComparison.Ordinal);
        var worklist = await pages.GetAsync("/hardship/reviews?status=closed");
        Assert.Contains(clientId.ToString(), worklist.Document.QuerySelector("#reviews-register")?.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherSitesCaseManager_GetsTheRefusalOnTheHardshipTab()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        using var pages = await server.PagesAsAsync(Accounts.CaseManagerOtherSite);

        await pages.GetAsync($"/clients/{clientId}/hardship", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ReviewWindowPage_NationalOfficeChangesIt_OthersOnlyRead()
    {
        using var manager = await server.PagesAsAsync(Accounts.Manager);
        var read = await manager.GetAsync("/hardship/review-window");
        Assert.Null(read.Document.QuerySelector("#review-window-form"));

        using var national = await server.PagesAsAsync(Accounts.NationalOffice);
        var page = await national.GetAsync("/hardship/review-window");
        using var bad = await national.SubmitAsync(page, "#review-window-form", new Dictionary<string, string> { ["Months"] = "0" });
        Assert.Contains("1 to 24 months", (await PageClient.ParseAsync(bad)).Document.QuerySelector("#form-problem")?.TextContent, StringComparison.Ordinal);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class HardshipPageTestsSqlite(SqliteServer server) : HardshipPageTests(server);

[Collection(PostgresServer.Collection)]
public sealed class HardshipPageTestsPostgres(PostgresServer server) : HardshipPageTests(server);
