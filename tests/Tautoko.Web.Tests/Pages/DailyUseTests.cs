using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;
using Tautoko.Web.Tests.WorkQueues;

namespace Tautoko.Web.Tests.Pages;

/// <summary>A day's work without friction: each role reaches its work and only links it may use; the pages people live in.</summary>
public abstract partial class DailyUseTests(TautokoServer server)
{
    /// <summary>Every demo sign-in but the lockout test's.</summary>
    public static TheoryData<string> Roles => new(
        Accounts.CaseManager, Accounts.CaseManagerOtherSite, Accounts.RemoteClientServices, Accounts.EmploymentCaseManager, Accounts.Icsm,
        Accounts.Csr, "contactcentre", Accounts.Connector, Accounts.Manager, Accounts.NationalOffice, Accounts.Quality, Accounts.Navigator,
        WorkQueueRecords.Esr);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Navigation_EveryLinkOfEachRole_NeverAnswers403(string account)
    {
        // The navigation, the home page and a client's overview show only what the role may use: following every link
        // they offer never ends on "access refused".
        var maka = await server.MakaAsync();
        using var pages = await server.PagesAsAsync(account);
        var home = await pages.GetAsync("/");
        var overview = await pages.GetRawAsync($"/clients/{maka.WithWarnings}");
        var links = Links(home).ToList();
        if (overview.StatusCode == HttpStatusCode.OK)
        {
            links.AddRange(Links(await PageClient.ParseAsync(overview), "main"));
        }

        var refused = new List<string>();
        foreach (var href in links.Distinct())
        {
            // Follow redirects (/caseloads sends each role to its own view) to where the link really ends.
            var target = href;
            for (var hop = 0; hop < 5; hop++)
            {
                using var response = await pages.GetRawAsync(target);
                if (response.StatusCode == HttpStatusCode.Forbidden)
                {
                    refused.Add(href == target ? href : $"{href} → {target}");
                }

                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } next)
                {
                    target = next.IsAbsoluteUri ? next.PathAndQuery : next.OriginalString;
                    continue;
                }

                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{account}: {target} answered {(int)response.StatusCode}");
                break;
            }
        }

        Assert.True(refused.Count == 0, $"{account} is offered links that answer 403: {string.Join(", ", refused)}");
        Assert.NotNull(home.Document.QuerySelector("header form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task Csr_QueuesPage_ListsServedServiceCentresReferralQueues_AndSheTakesAReferral()
    {
        // SPEC §7: the contact centre works the Service Centre Referral queues of the service centres it serves.
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var queue = await WorkQueueRecords.QueueIdAsync(server, "serviceCentreReferral");
        using var pages = await server.PagesAsAsync(Accounts.Csr);

        var list = await pages.GetAsync("/queues");
        Assert.NotNull(list.Document.QuerySelector($"#queues a[href='/queues/{queue}']"));
        Assert.DoesNotContain("no work queues", list.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var kinds = list.Document.QuerySelectorAll("#queues tbody tr td:nth-child(3)").Select(td => td.TextContent).Distinct().ToList();
        Assert.All(kinds, k => Assert.Contains(k, new[] { "Service Centre Referral", "Site F2F appointment queue" }));

        var queuePage = await pages.GetAsync($"/queues/{queue}");
        using var take = await pages.SubmitAsync(queuePage, $"#tasks form:has(input[value='{taskId}'])", new Dictionary<string, string>());
        Assert.Equal($"/tasks/{taskId}", take.Headers.Location?.OriginalString);
        var csr = await server.AsAsync(Accounts.Csr);
        var task = await csr.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal("inProgress", task["task"].Text("status"));
    }

    [Fact]
    public async Task Csr_ProcessingQueueOfAServiceCentre_IsNotHers()
    {
        // Nothing more than the referral work: a service centre's Ready for Processing queue stays the site's.
        var processing = await WorkQueueRecords.QueueIdAsync(server, "readyForProcessing");
        var csr = await server.AsAsync(Accounts.Csr);

        var listed = (await csr.GetJsonAsync("/api/work-queues")).AsArray();
        using var response = await csr.GetAsync($"/api/work-queues/{processing}");

        Assert.DoesNotContain(listed, q => q.Text("kind") is not ("serviceCentreReferral" or "siteFaceToFaceAppointments"));
        Assert.Contains(listed, q => q.Text("kind") == "serviceCentreReferral");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TakeACall_OnNavigationAndHomeForContactCentre_AndOnTheClientPage()
    {
        var maka = await server.MakaAsync();
        using var csr = await server.PagesAsAsync(Accounts.Csr);
        using var caseManager = await server.PagesAsAsync(Accounts.CaseManager);
        using var quality = await server.PagesAsAsync(Accounts.Quality);

        var csrHome = await csr.GetAsync("/");
        var cmHome = await caseManager.GetAsync("/");
        var client = await caseManager.GetAsync($"/clients/{maka.WithWarnings}");
        var qualityClient = await quality.GetAsync($"/clients/{maka.WithWarnings}");

        Assert.NotNull(csrHome.Document.QuerySelector("header nav a[href='/calls/new']"));
        Assert.NotNull(csrHome.Document.QuerySelector("main a[href='/calls/new']"));
        Assert.Null(cmHome.Document.QuerySelector("header nav a[href='/calls/new']"));
        Assert.NotNull(client.Document.QuerySelector("#take-call button"));
        Assert.Null(qualityClient.Document.QuerySelector("#take-call"));

        using var started = await caseManager.SubmitAsync(client, "#take-call", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.StartsWith("/calls/", started.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalOffice_ClientPage_OffersNoBooking()
    {
        // R-043: national office does not book; the page does not offer what answers 403.
        var maka = await server.MakaAsync();
        using var pages = await server.PagesAsAsync(Accounts.NationalOffice);

        var page = await pages.GetAsync($"/clients/{maka.WithWarnings}");

        Assert.Null(page.Document.QuerySelector($"main a[href='/clients/{maka.WithWarnings}/book']"));
        Assert.Null(page.Document.QuerySelector($"main a[href='/clients/{maka.WithWarnings}/walk-in']"));
    }

    [Fact]
    public async Task Overview_NamesTheCaseManager_AndTheLogFiltersOutAutomaticEntries()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var caseload = await CaseloadTestData.CaseloadWithRoomAsync(server, "ECM");
        var connector = await server.AsAsync(Accounts.Connector);
        using (var placed = await connector.PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = caseload["staffId"]!.GetValue<Guid>(), reason = "Youth cohort." }))
        {
            await placed.ReadJsonAsync(HttpStatusCode.Created);
        }

        var staffNote = $"Talked about the CV ({Guid.NewGuid():N}).";
        var automatic = $"Reminder text sent ({Guid.NewGuid():N}).";
        var api = await server.AsAsync(Accounts.CaseManager);
        using (var note = await api.PostJsonAsync($"/api/clients/{clientId}/notes", new { text = staffNote, channel = "faceToFace" }))
        {
            await note.ReadJsonAsync(HttpStatusCode.Created);
        }

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), new ClientId(clientId), null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(1), EngagementChannel.Text, EngagementOutcome.Contact, automatic, null));
            await db.SaveChangesAsync();
        }

        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var all = await pages.GetAsync($"/clients/{clientId}");
        var filterLink = all.Document.QuerySelector("#log-filter a")!.GetAttribute("href")!;
        var staffOnly = await pages.GetAsync(filterLink);

        Assert.Contains(caseload.Text("caseManager")!, all.Document.QuerySelector("#case-manager")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(automatic, all.Document.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(automatic, staffOnly.Document.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(staffNote, staffOnly.Document.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        var wholeLog = await pages.GetAsync($"/clients/{clientId}/notes?log=staff");
        Assert.DoesNotContain(automatic, wholeLog.Document.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_ShowsPhonesAndPreferredChannel_AndWhoRaisedItInPlainWords()
    {
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var csrName = await server.StaffNameAsync(Accounts.Csr);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync($"/tasks/{taskId}");

        Assert.Contains("021 555 0101", page.Document.QuerySelector("#client-phones")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#client-phones a[href='tel:0215550101']"));
        Assert.StartsWith("Phone", page.Document.QuerySelector("#client-channel")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"Added by {csrName}", page.Document.QuerySelector("#task-raised")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(Added by staff)", page.Document.QuerySelector("#task-facts")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Accounts.CaseManager, "/appointments/my-day")]
    [InlineData(Accounts.Manager, "/appointments/site")]
    [InlineData(Accounts.Manager, "/caseloads/services")]
    [InlineData(Accounts.CaseManager, "/caseloads/mine")]
    public async Task RuleIds_AreNotShownAsText_ButOnHover(string account, string path)
    {
        // Rule ids are for auditors: staff read the rule's words; the id is in the "why?" title.
        using var pages = await server.PagesAsAsync(account);

        var page = await pages.GetAsync(path);

        var text = page.Document.QuerySelector("main")!.TextContent;
        Assert.DoesNotMatch(RuleId(), text);
        Assert.All(page.Document.QuerySelectorAll("abbr.rule-why"), a => Assert.Matches(RuleId(), a.GetAttribute("title") ?? string.Empty));
    }

    [Fact]
    public async Task Home_ListsRecentlyViewedClients_OnlyThoseStillInScope()
    {
        var (mine, _) = await ClientRecords.CreateAsync(server);
        var maka = await server.MakaAsync();
        using var pages = await server.PagesAsAsync(Accounts.CaseManagerOtherSite);
        var otherSiteApi = await server.AsAsync(Accounts.CaseManagerOtherSite);
        var otherSiteStaff = (await otherSiteApi.GetJsonAsync("/api/caseloads/mine"))["caseload"]!["staffId"]!.GetValue<Guid>();

        // An old read of a Masterton client (outside this case manager's scope now, no break-glass held) is in their audit trail.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            db.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, new StaffId(otherSiteStaff), TautokoServer.Email(Accounts.CaseManagerOtherSite), AuditAction.Read, "Client", mine.ToString(), new ClientId(mine), "Client overview", null, false));
            await db.SaveChangesAsync();
        }

        var home = await pages.GetAsync("/");
        Assert.Null(home.Document.QuerySelector($"#recent-clients a[href='/clients/{mine}']"));

        using var cm = await server.PagesAsAsync(Accounts.CaseManager);
        await cm.GetAsync($"/clients/{mine}");
        await cm.GetAsync($"/clients/{maka.WithWarnings}");
        var cmHome = await cm.GetAsync("/");
        var recent = cmHome.Document.QuerySelectorAll("#recent-clients a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal($"/clients/{maka.WithWarnings}", recent[0]);
        Assert.Contains($"/clients/{mine}", recent);
    }

    private static IEnumerable<string> Links(HtmlPage page, string scope = "header nav, main")
    {
        foreach (var a in page.Document.QuerySelectorAll($"{scope.Replace(", ", " a[href], ", StringComparison.Ordinal)} a[href]"))
        {
            var href = a.GetAttribute("href")!;
            if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/signout", StringComparison.Ordinal))
            {
                yield return href.Split('#')[0];
            }
        }
    }

    [GeneratedRegex(@"\bR-\d{3}\b")]
    private static partial Regex RuleId();
}

[Collection(SqliteServer.Collection)]
public sealed class DailyUseTestsSqlite(SqliteServer server) : DailyUseTests(server);

[Collection(PostgresServer.Collection)]
public sealed class DailyUseTestsPostgres(PostgresServer server) : DailyUseTests(server);
