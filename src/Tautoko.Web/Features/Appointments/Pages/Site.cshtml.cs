using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Worklists;

namespace Tautoko.Web.Features.Appointments.Pages;

/// <summary>A site's calendars side by side for a day, and for managers the site's worklists.</summary>
[ReadsClientInformation]
public sealed class SiteModel(SiteCalendarsHandler calendars, CalendarWeekHandler weeks, WorklistHandler worklists, CurrentStaff me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SiteId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    /// <summary>"week" for five working days side by side; anything else is the day view.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public SiteDay? Day { get; private set; }

    public CalendarWeek? Week { get; private set; }

    public SiteWorklist? Worklist { get; private set; }

    public string? Problem { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public bool ShowsWorklist => me.Role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice or StaffRole.Connector;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var site = new SiteId(SiteId ?? me.SiteId.Value);
        var date = Date ?? NzLocalTime.Today(clock);
        if (string.Equals(View, "week", StringComparison.OrdinalIgnoreCase))
        {
            var week = await weeks.SiteWeekAsync(site, date, ct);
            if (week.Failure is { } failure)
            {
                Problem = failure.Message;
                Response.StatusCode = failure is Failure.Missing ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
                return;
            }

            Week = week.Value;
            return;
        }

        var outcome = await calendars.DayAsync(site, date, ct, withWorklist: ShowsWorklist && (me.Role is StaffRole.NationalOffice || me.SiteId == site));
        switch (outcome.Failure)
        {
            case null:
                Day = outcome.Value;
                break;
            default:
                Problem = outcome.Failure?.Message;
                Response.StatusCode = outcome.Failure is Failure.Missing ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
                return;
        }

        if (ShowsWorklist && await worklists.SiteAsync(site, ct, audited: false) is { IsDone: true } worklist)
        {
            Worklist = worklist.Value;
        }
    }

    /// <summary>R-005: the next day the site could be open — weekends and New Zealand public holidays skipped.</summary>
    public static DateOnly NextWorkingDay(DateOnly date) => Core.Calendar.WorkingDays.Add(date, 1, null);

    /// <summary>The working day before, for the "previous" link.</summary>
    public static DateOnly PreviousWorkingDay(DateOnly date) => Core.Calendar.WorkingDays.Add(date, -1, null);

    public static string Time(TimeOnly time) => time.ToString("h:mm tt", Platform.DateDisplay.NewZealand);

    public static string CellClass(DayCell cell) => cell.State switch
    {
        CellState.Free => cell.Kind == SlotKind.Reactive ? "cell-free reactive" : "cell-free",
        CellState.Booked => cell.Status == AppointmentStatus.DidNotAttend ? "cell-booked cell-didnotattend" : "cell-booked",
        CellState.Unavailable => "cell-unavailable",
    };
}
