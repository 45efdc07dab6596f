using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Appointments;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Features.Appointments.Worklists;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.Pages;

[ReadsClientInformation]
public sealed class MyDayModel(WorklistHandler worklists, TimeProvider clock) : PageModel
{
    /// <summary>The day to show (today when absent); the worklists below are always as of now.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public MyDay Day { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public DateOnly Today { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Today = NzLocalTime.DateOf(Now);
        var date = Date ?? Today;
        if (date < Today.AddDays(-AppointmentReadLimits.PastDays) || date > Today.AddDays(AppointmentReadLimits.FutureDays))
        {
            Problem = $"Choose a date within {AppointmentReadLimits.PastDays} days before and {AppointmentReadLimits.FutureDays} days after today; showing today.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            date = Today;
        }

        Day = await worklists.MyDayAsync(ct, date);
    }

    /// <summary>R-005: the next working day — weekends and New Zealand public holidays skipped.</summary>
    public static DateOnly NextWorkingDay(DateOnly date) => SiteModel.NextWorkingDay(date);

    public static DateOnly PreviousWorkingDay(DateOnly date) => SiteModel.PreviousWorkingDay(date);
}
