using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Pages;

/// <summary>The server-rendered pages: forms carry an antiforgery token, and without it a POST is refused.</summary>
public abstract class PageFormTests(TautokoServer server)
{
    [Fact]
    public async Task SignInPost_WithoutAntiforgeryToken_Returns400()
    {
        using var pages = new PageClient(server);
        var page = await pages.GetAsync("/signin");

        using var response = await pages.SubmitAsync(
            page, "main form", new Dictionary<string, string> { ["Email"] = TautokoServer.Email(Accounts.Navigator), ["Password"] = TautokoServer.DemoPassword }, withAntiforgeryToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task NotePost_WithoutAntiforgeryToken_Returns400AndSavesNothing()
    {
        var (id, _) = await Clients.ClientRecords.CreateAsync(server);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var page = await pages.GetAsync($"/clients/{id}");

        using var response = await pages.SubmitAsync(page, "form[action*='handler=Note']", new Dictionary<string, string> { ["text"] = "Forged note." }, withAntiforgeryToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var log = await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{id}/notes");
        Assert.Equal(0, log["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task NotePost_ThroughTheForm_SavesAndShowsTheNoteFirst()
    {
        // the note is recorded in the engagement log, newest first.
        var (id, _) = await Clients.ClientRecords.CreateAsync(server);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var page = await pages.GetAsync($"/clients/{id}");
        var text = $"Client came in to update their CV ({Guid.NewGuid():N}).";

        using var response = await pages.SubmitAsync(page, "form[action*='handler=Note']", new Dictionary<string, string> { ["text"] = text, ["channel"] = "FaceToFace" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await pages.GetAsync(response.Headers.Location!.OriginalString);
        var firstRow = after.Document.QuerySelector("#notes tbody tr");
        Assert.Contains(text, firstRow?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Note saved", after.Document.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientSearchPage_NameWithoutMacron_ListsMaka()
    {
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync("/clients?q=maka");

        Assert.Null(page.Document.QuerySelector("main [role=alert]")?.TextContent);
        var names = page.Document.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.True(names.Count(n => n.EndsWith("Māka", StringComparison.Ordinal)) >= 3, string.Join(", ", names));
    }

    [Fact]
    public async Task StaffPage_NextLink_ShowsPageTwo()
    {
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var first = await pages.GetAsync("/staff");
        var next = first.Document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        Assert.NotNull(next);

        var second = await pages.GetAsync(next);

        Assert.StartsWith("Page 2 of", second.Document.QuerySelector("nav.pager span")?.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(
            first.Document.QuerySelector("#staff tbody tr")?.TextContent,
            second.Document.QuerySelector("#staff tbody tr")?.TextContent);
    }

    [Fact]
    public async Task ClientPage_OtherSite_ShowsAccessRefusedWithBreakGlassForm()
    {
        var maka = await server.MakaAsync();
        using var pages = await server.PagesAsAsync(Accounts.CaseManagerOtherSite);

        var page = await pages.GetAsync($"/clients/{maka.NeverBrokenInto}", HttpStatusCode.Forbidden);

        Assert.Equal("Access refused", page.Document.QuerySelector("main h1")?.TextContent);
        // The rule is named for the auditor on hover ("why?"), not as a label.
        Assert.Contains("scope", page.Document.QuerySelector("main [role=alert] abbr.rule-why")?.GetAttribute("data-rule"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"form[action='/clients/{maka.NeverBrokenInto}/break-glass'] textarea[name=reason]"));
    }

    [Fact]
    public async Task AuditPage_Manager_ListsReads()
    {
        var maka = await server.MakaAsync();
        var caseManagerName = await server.StaffNameAsync(Accounts.CaseManager);
        using (var cm = await server.PagesAsAsync(Accounts.CaseManager))
        {
            await cm.GetAsync($"/clients/{maka.WithWarnings}");
        }

        using var pages = await server.PagesAsAsync(Accounts.Manager);
        var overview = await pages.GetAsync($"/clients/{maka.WithWarnings}");
        var link = overview.Document.QuerySelectorAll("main a").FirstOrDefault(a => a.TextContent == "Who looked at this client");
        Assert.NotNull(link);
        var audit = await pages.GetAsync(link.GetAttribute("href")!);

        Assert.Contains(audit.Document.QuerySelectorAll("#audit tbody tr"), row =>
            row.Children[1].TextContent == caseManagerName && row.Children[3].TextContent.StartsWith("Read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditPage_TwoPeopleSaveFromTheSameVersion_SecondIsShownWhatChanged()
    {
        var (id, _) = await Clients.ClientRecords.CreateAsync(server);
        using var first = await server.PagesAsAsync(Accounts.CaseManager);
        using var second = await server.PagesAsAsync(Accounts.EmploymentCaseManager);
        var firstForm = await first.GetAsync($"/clients/{id}/edit");
        var secondForm = await second.GetAsync($"/clients/{id}/edit");

        using var saved = await first.SubmitAsync(firstForm, "main form", new Dictionary<string, string> { ["Form.Phone"] = "027 555 0200" });
        using var conflict = await second.SubmitAsync(secondForm, "main form", new Dictionary<string, string> { ["Form.Phone"] = "027 555 0300" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await PageClient.ParseAsync(conflict);
        Assert.Contains("phone", page.Document.QuerySelector("#conflict")?.TextContent, StringComparison.Ordinal);
        var client = await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{id}");
        Assert.Equal("027 555 0200", client.Text("phone"));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    public async Task SignInPage_ForeignReturnUrl_RedirectsHomeInstead(string returnUrl)
    {
        using var pages = new PageClient(server);
        var page = await pages.GetAsync("/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        using var response = await pages.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Email"] = TautokoServer.Email(Accounts.Navigator), ["Password"] = TautokoServer.DemoPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ClientSubPages_CaseManager_Render()
    {
        var maka = await server.MakaAsync();
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var notes = await pages.GetAsync($"/clients/{maka.WithWarnings}/notes");
        var edit = await pages.GetAsync($"/clients/{maka.WithWarnings}/edit");

        Assert.NotEmpty(notes.Document.QuerySelectorAll("main table tbody tr"));
        Assert.Equal("Māka", (edit.Document.QuerySelector("#f-lastName") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
    }

    [Fact]
    public async Task AuditPage_CaseManager_IsRefused()
    {
        var maka = await server.MakaAsync();
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync($"/clients/{maka.WithWarnings}/audit", HttpStatusCode.Forbidden);

        Assert.Null(page.Document.QuerySelector("#audit"));
    }

    [Theory]
    [InlineData("/clients")]
    [InlineData("/staff")]
    [InlineData("/sites")]
    [InlineData("/clients/new")]
    public async Task Page_SignedIn_Renders(string path)
    {
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync(path);

        Assert.NotNull(page.Document.QuerySelector("main h1"));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class PageFormTestsSqlite(SqliteServer server) : PageFormTests(server);

[Collection(PostgresServer.Collection)]
public sealed class PageFormTestsPostgres(PostgresServer server) : PageFormTests(server);
