using System.Globalization;
using Tautoko.Core.Calendar;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>The week view of a case manager's and a site's calendars, and day-by-day navigation over working days .</summary>
public abstract class WeekViewTests(TautokoServer server)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);

    /// <summary>The next national public holiday on a weekday at least three working days away.</summary>
    private static PublicHoliday NextHoliday() =>
        WorkingDays.HolidaysBetween(WorkingDays.Add(Today, 3, null), Today.AddDays(100), null)[0];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task CaseManagerWeek_ShowsFiveWorkingDays_HolidaySkipped_R005()
    {
        var holiday = NextHoliday();
        var from = WorkingDays.Add(holiday.Date, -2, null);
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        using var pages = await server.PagesAsAsync(Accounts.EmploymentCaseManager);

        var page = await pages.GetAsync($"/appointments/calendar/{staffId}?view=week&date={Iso(from)}");

        var days = page.Document.QuerySelectorAll("#week thead th[data-date]").Select(th => DateOnly.ParseExact(th.GetAttribute("data-date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, days.Count);
        Assert.Equal(from, days[0]);
        Assert.DoesNotContain(holiday.Date, days);
        Assert.All(days, d => Assert.True(WorkingDays.IsWorkingDay(d, null), $"{d} is not a working day"));
        Assert.Equal(days.Order(), days);
        Assert.True(days[^1] > holiday.Date);
        Assert.Contains(holiday.Name, page.Document.QuerySelector("#skipped-days")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/appointments/calendar/{staffId}?view=week&date={Iso(WorkingDays.Add(days[^1], 1, null))}", page.Document.QuerySelector("#next-week")?.GetAttribute("href"));
    }

    [Fact]
    public async Task CaseManagerWeek_ShowsBreaksAdminAndReactiveTime_NotOnlyAppointments()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        using var pages = await server.PagesAsAsync(Accounts.Manager);

        var page = await pages.GetAsync($"/appointments/calendar/{staffId}?view=week&date={Iso(WorkingDays.Add(Today, 1, null))}");

        var row = page.Document.QuerySelector($"#week tr[data-staff='{staffId}']");
        Assert.NotNull(row);
        Assert.NotEmpty(row.QuerySelectorAll("li.block-break"));
        Assert.NotEmpty(row.QuerySelectorAll("li.block-admin"));
        Assert.NotEmpty(row.QuerySelectorAll("li.block-reactive"));
        Assert.NotEmpty(row.QuerySelectorAll("li.block-appointments"));
        Assert.Contains("Break", row.QuerySelector("li.block-break")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("free", row.QuerySelector("li.block-reactive")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteWeek_ShowsEachCaseManagerOverFiveWorkingDays_WithBreaks_R005()
    {
        var holiday = NextHoliday();
        var from = WorkingDays.Add(holiday.Date, -1, null);
        var site = await server.MastertonSiteIdAsync();
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        using var pages = await server.PagesAsAsync(Accounts.Manager);

        var page = await pages.GetAsync($"/appointments/site/{site}?view=week&date={Iso(from)}");

        var days = page.Document.QuerySelectorAll("#week thead th[data-date]").Select(th => th.GetAttribute("data-date")).ToList();
        Assert.Equal(5, days.Count);
        Assert.DoesNotContain(Iso(holiday.Date), days);
        var row = page.Document.QuerySelector($"#week tr[data-staff='{staffId}']");
        Assert.NotNull(row);
        Assert.NotEmpty(row.QuerySelectorAll("li.block-break"));
        Assert.NotEmpty(row.QuerySelectorAll("li.block-reactive"));
        Assert.NotNull(page.Document.QuerySelector("#day-view"));
    }

    [Fact]
    public async Task MyDay_NextDay_SkipsWeekendsAndPublicHolidays_R005()
    {
        var holiday = NextHoliday();
        var before = WorkingDays.Add(holiday.Date, -1, null);
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync($"/appointments/my-day?date={Iso(before)}");

        var next = page.Document.QuerySelector("#next-day")?.GetAttribute("href");
        var expected = WorkingDays.Add(before, 1, null);
        Assert.True(expected > holiday.Date);
        Assert.Equal($"/appointments/my-day?date={Iso(expected)}", next);
        Assert.Equal($"/appointments/my-day?date={Iso(WorkingDays.Add(before, -1, null))}", page.Document.QuerySelector("#previous-day")?.GetAttribute("href"));

        // A Friday's next working day is a Monday or later, never the weekend.
        var friday = Today.AddDays(((int)DayOfWeek.Friday - (int)Today.DayOfWeek + 7) % 7 + 7);
        var fridayPage = await pages.GetAsync($"/appointments/my-day?date={Iso(friday)}");
        var afterFriday = DateOnly.ParseExact(fridayPage.Document.QuerySelector("#next-day")!.GetAttribute("href")!.Split("date=")[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(afterFriday.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Equal(WorkingDays.Add(friday, 1, null), afterFriday);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class WeekViewTestsSqlite(SqliteServer server) : WeekViewTests(server);

[Collection(PostgresServer.Collection)]
public sealed class WeekViewTestsPostgres(PostgresServer server) : WeekViewTests(server);
