using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>The caseload, assignment and LMI1 pages render for the roles that use them, and their forms work without JavaScript.</summary>
public abstract class CaseloadPagesTests(TautokoServer server)
{
    [Fact]
    public async Task MyCaseload_CaseManager_IsRedirectedAndSeesTimeInServiceFilters_R022()
    {
        using var pages = await server.PagesAsAsync(Accounts.EmploymentCaseManager);
        using var index = await pages.GetRawAsync("/caseloads");
        Assert.Equal(HttpStatusCode.Redirect, index.StatusCode);
        Assert.Equal("/caseloads/mine", index.Headers.Location!.OriginalString);

        var page = await pages.GetAsync("/caseloads/mine?band=red");

        Assert.Equal("My caseload", page.Document.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("a.tis-orange"));
        Assert.All(page.Document.QuerySelectorAll("#caseload tbody .tis"), chip => Assert.Contains("tis-red", chip.ClassName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SiteRegionNationalAndServicePages_RenderForTheirRoles()
    {
        using var manager = await server.PagesAsAsync(Accounts.Manager);
        var site = await manager.GetAsync($"/caseloads/sites/{await server.MastertonSiteIdAsync()}");
        Assert.NotEmpty(site.Document.QuerySelectorAll("#site-caseloads tbody tr"));
        var regionLink = site.Document.QuerySelector("a[href^='/caseloads/regions/']")!.GetAttribute("href")!;
        var region = await manager.GetAsync(regionLink);
        Assert.NotEmpty(region.Document.QuerySelectorAll("#rollup tbody tr"));
        await manager.GetAsync("/caseloads/national", HttpStatusCode.Forbidden);
        await manager.GetAsync("/caseloads/transfers");

        using var national = await server.PagesAsAsync(Accounts.NationalOffice);
        var country = await national.GetAsync("/caseloads/national");
        Assert.NotEmpty(country.Document.QuerySelectorAll("#rollup tbody tr"));
        var services = await national.GetAsync("/caseloads/services");
        Assert.Equal(7, services.Document.QuerySelectorAll("#services tbody tr").Length);
        Assert.NotEmpty(services.Document.QuerySelectorAll("#services form"));
        var policy = await national.GetAsync("/assignment/policy");
        Assert.Contains("MixOvershoot", policy.Document.QuerySelector("pre.objective")!.TextContent, StringComparison.Ordinal);
        var lmi1 = await national.GetAsync("/lmi1");
        Assert.NotNull(lmi1.Document.QuerySelector("#threshold"));
    }

    [Fact]
    public async Task ClientCaseloadPage_PlaceThenExitThroughTheForms_R024_R026()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        using var pages = await server.PagesAsAsync(Accounts.Connector);
        var page = await pages.GetAsync($"/clients/{clientId}/caseload");
        var option = page.Document.QuerySelectorAll("#place-cm option").First(o => o.TextContent.Contains("ECM,", StringComparison.Ordinal) && !o.HasAttribute("disabled"));

        using (var placed = await pages.SubmitAsync(page, "#place-form", new Dictionary<string, string> { ["caseManagerId"] = option.GetAttribute("value")!, ["reason"] = "Youth with full-time obligations." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        }

        var after = await pages.GetAsync($"/clients/{clientId}/caseload");
        Assert.Contains("Placed on", after.Document.QuerySelector("#message")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.Document.QuerySelector("#current-case-manager"));

        using (var exited = await pages.SubmitAsync(after, "#exit-form", new Dictionary<string, string> { ["reason"] = "ReceivingOtherLongTermService", ["notes"] = "Starting a 26-week trades training course with full support from the provider." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, exited.StatusCode);
        }

        var done = await pages.GetAsync($"/clients/{clientId}/caseload");
        Assert.Contains("Exited", done.Document.QuerySelector("#message")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.Document.QuerySelector("#current-case-manager"));
        Assert.Contains("Receiving other long-term service", done.Document.QuerySelector("#history-h")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignmentPages_ProposeThroughTheForm_ReviewShowsWeightsLinesAndExplanations()
    {
        using var pages = await server.PagesAsAsync(Accounts.Connector);
        var index = await pages.GetAsync("/assignment");

        using var created = await pages.SubmitAsync(index, "#new-proposal", new Dictionary<string, string> { ["scope"] = "site", ["siteId"] = (await server.MastertonSiteIdAsync()).ToString() });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var review = await pages.GetAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Weights used", review.Document.QuerySelector("#policy")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(review.Document.QuerySelector("#mix-summary"));
        Assert.NotNull(review.Document.QuerySelector("#caseload-mix"));
        var firstLine = review.Document.QuerySelector("#lines tbody tr");
        Assert.NotNull(firstLine);
        Assert.Contains("Assigned to", firstLine!.TextContent, StringComparison.Ordinal);
        var number = firstLine.QuerySelector("td .small")!.TextContent.Trim();

        var explained = await pages.GetAsync($"{created.Headers.Location!.OriginalString}?client={number}");
        Assert.Contains("Assigned", explained.Document.QuerySelector("#explanation")!.TextContent, StringComparison.Ordinal);
        var everyone = await pages.GetAsync($"{created.Headers.Location!.OriginalString}/clients");
        Assert.NotEmpty(everyone.Document.QuerySelectorAll("#explanations tbody tr"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CaseloadPagesTestsSqlite(SqliteServer server) : CaseloadPagesTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CaseloadPagesTestsPostgres(PostgresServer server) : CaseloadPagesTests(server);
