using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>The booking page: nothing chosen for the user, one form for every list, a date picker and paging, the buddy only when it helps .</summary>
public abstract class BookingPageTests(TautokoServer server)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task BookPage_OneFormForEveryList_NoTimeChosenByDefault()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        using var pages = await server.PagesAsAsync(Accounts.Csr);

        var page = await pages.GetAsync($"/clients/{client}/book");

        var radios = page.Document.QuerySelectorAll("input[type=radio][name=slotId]");
        Assert.NotEmpty(radios);
        Assert.Single(page.Document.QuerySelectorAll("form[action$='handler=Book']"));
        Assert.All(radios, r => Assert.NotNull(r.Closest("#book-form")));
        Assert.Empty(page.Document.QuerySelectorAll("input[name=slotId][checked]"));
        Assert.NotNull(page.Document.QuerySelector("#book-form #book-casemanager"));
    }

    [Fact]
    public async Task BookPage_SubmittedWithoutATime_SaysChooseATime_AndBooksNothing()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        using var pages = await server.PagesAsAsync(Accounts.Csr);
        var page = await pages.GetAsync($"/clients/{client}/book");

        using var response = await pages.SubmitAsync(page, "#book-form", new Dictionary<string, string> { ["purpose"] = "Stray click" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await PageClient.ParseAsync(response);
        Assert.Contains("Choose a time", after.Document.QuerySelector("#problem")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nothing was booked", after.Document.QuerySelector("#problem")?.TextContent, StringComparison.Ordinal);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        Assert.Equal(0, await db.Appointments.CountAsync(a => a.ClientId == new ClientId(client)));
    }

    [Fact]
    public async Task BookPage_NextSlots_ShowsTheFollowingTimes_AndPreviousGoesBack()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        using var pages = await server.PagesAsAsync(Accounts.Csr);
        var first = await pages.GetAsync($"/clients/{client}/book");
        var firstIds = SlotIds(first);
        Assert.Equal(12, firstIds.Count);
        Assert.Null(first.Document.QuerySelector("#previous-slots"));

        var next = first.Document.QuerySelector("#next-slots")?.GetAttribute("href");
        Assert.Equal($"/clients/{client}/book?skip=12", next);
        var second = await pages.GetAsync(next!);

        var secondIds = SlotIds(second);
        Assert.NotEmpty(secondIds);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal($"/clients/{client}/book?skip=0", second.Document.QuerySelector("#previous-slots")?.GetAttribute("href"));
        Assert.Empty(second.Document.QuerySelectorAll("input[name=slotId][checked]"));
    }

    [Fact]
    public async Task BookPage_FromADate_ListsTimesFromThatDayOn_AndKeepsItWhenPaging()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        var from = Core.Calendar.WorkingDays.Add(Today, 7, null);
        using var pages = await server.PagesAsAsync(Accounts.Csr);
        var csr = await server.AsAsync(Accounts.Csr);

        var page = await pages.GetAsync($"/clients/{client}/book?from={Iso(from)}");
        var options = await csr.GetJsonAsync($"/api/clients/{client}/booking-options?from={Iso(from)}");

        Assert.Equal("date", page.Document.QuerySelector("#from-form input#from")?.GetAttribute("type"));
        Assert.Equal(Iso(from), page.Document.QuerySelector("#from-form input#from")?.GetAttribute("value"));
        var slots = options["caseManager"]!["slots"]!.AsArray();
        Assert.NotEmpty(slots);
        Assert.All(slots, s => Assert.True(DateOnly.Parse(s!["date"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= from));
        Assert.Equal(slots.Select(s => s!["slotId"]!.GetValue<Guid>().ToString()), SlotIds(page));
        Assert.Equal($"/clients/{client}/book?from={Iso(from)}&skip=12", page.Document.QuerySelector("#next-slots")?.GetAttribute("href"));
        Assert.Equal("caseManager", options.Text("recommended"));
    }

    [Fact]
    public async Task BookingOptions_WithoutFromOrSkip_AnswerAsBefore()
    {
        // The API keeps its shape: the case manager's first 12 free slots from now; paging is opt-in.
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        var csr = await server.AsAsync(Accounts.Csr);

        var options = await csr.GetJsonAsync($"/api/clients/{client}/booking-options");
        var paged = await csr.GetJsonAsync($"/api/clients/{client}/booking-options?skip=12");

        Assert.Equal(12, options["caseManager"]!["slots"]!.AsArray().Count);
        Assert.Equal("caseManager", options.Text("recommended"));
        Assert.True(options["moreSlots"]!.GetValue<bool>());
        Assert.Empty(options["caseManager"]!["slots"]!.AsArray().Select(s => s!["slotId"]!.GetValue<Guid>())
            .Intersect(paged["caseManager"]!["slots"]!.AsArray().Select(s => s!["slotId"]!.GetValue<Guid>())));
        using var bad = await csr.GetAsync($"/api/clients/{client}/booking-options?from={Iso(Today.AddDays(-3))}");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task BookPage_CaseManagerFree_DoesNotOfferTheBuddy_R050()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        using var pages = await server.PagesAsAsync(Accounts.Csr);
        var csr = await server.AsAsync(Accounts.Csr);

        var page = await pages.GetAsync($"/clients/{client}/book");
        var options = await csr.GetJsonAsync($"/api/clients/{client}/booking-options");

        Assert.False(options["buddyOffered"]!.GetValue<bool>());
        Assert.Null(page.Document.QuerySelector("#book-buddy"));
        Assert.Null(page.Document.QuerySelector("#who-buddy"));
    }

    [Fact]
    public async Task BookPage_CaseManagerAway_OffersTheBuddy_R050()
    {
        // The away case manager records their own leave, as in CoverAndWalkInTests: no other test relies on them being in.
        var awayId = await AppointmentData.StaffIdAsync(server, Accounts.CaseManager);
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.CaseManager);
        using (var leave = await (await server.AsAsync(Accounts.CaseManager)).PostJsonAsync($"/api/staff/{awayId}/leave", new { from = Iso(Today.AddDays(-1)), to = Iso(Today.AddDays(30)), kind = "planned", note = "Annual leave" }))
        {
            await leave.ReadJsonAsync(HttpStatusCode.OK);
        }

        using var pages = await server.PagesAsAsync(Accounts.Csr);
        var csr = await server.AsAsync(Accounts.Csr);
        var options = await csr.GetJsonAsync($"/api/clients/{client}/booking-options");
        var page = await pages.GetAsync($"/clients/{client}/book");

        Assert.Null(page.Document.QuerySelector("#book-casemanager"));
        if (options["buddy"] is { } buddy)
        {
            Assert.True(options["buddyOffered"]!.GetValue<bool>());
            Assert.NotNull(page.Document.QuerySelector("#who-buddy"));
            if (buddy["slots"]!.AsArray().Count > 0)
            {
                Assert.NotNull(page.Document.QuerySelector("#book-form #book-buddy"));
            }
        }
        else
        {
            Assert.False(options["buddyOffered"]!.GetValue<bool>());
        }
    }

    private static List<string> SlotIds(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("input[type=radio][name=slotId]").Select(r => r.GetAttribute("value")!)];
}

[Collection(SqliteServer.Collection)]
public sealed class BookingPageTestsSqlite(SqliteServer server) : BookingPageTests(server);

[Collection(PostgresServer.Collection)]
public sealed class BookingPageTestsPostgres(PostgresServer server) : BookingPageTests(server);
