using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Pages;

/// <summary>A case manager's calendar set-up: template, blocks, buffer, block-outs, leave and the manager's review.</summary>
[ReadsNoClientInformation]
public sealed class CalendarModel(CalendarHandler calendars, CalendarWeekHandler weeks, CurrentStaff me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? StaffId { get; set; }

    /// <summary>"week" adds five working days of this calendar, block by block, from <see cref="Date"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public CalendarView? Calendar { get; private set; }

    public CalendarWeek? Week { get; private set; }

    public string? Problem { get; private set; }

    private StaffId Target => new(StaffId ?? me.Id.Value);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostTemplateAsync(CancellationToken ct) => AfterAsync(calendars.ApplyTemplateAsync(Target, ct), "The calendar now follows the national template.", ct);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken ct) => AfterAsync(calendars.ReviewAsync(Target, ct), "Calendar review recorded (R-044).", ct);

    public Task<IActionResult> OnPostAddBlockAsync(DayOfWeek? day, TimeOnly? start, TimeOnly? end, CalendarBlockKind? kind, int? slotMinutes, CancellationToken ct) =>
        AfterAsync(calendars.AddBlockAsync(Target, new BlockInput(day, start, end, kind, slotMinutes), ct), "Block added.", ct);

    public Task<IActionResult> OnPostRemoveBlockAsync(int index, CancellationToken ct) => AfterAsync(calendars.RemoveBlockAsync(Target, index, ct), "Block removed.", ct);

    public Task<IActionResult> OnPostSettingsAsync(int? bufferMinutes, bool locked, string? lockedReason, CancellationToken ct) =>
        AfterAsync(calendars.SettingsAsync(Target, new CalendarSettingsInput(bufferMinutes, locked, lockedReason), ct), "Calendar settings saved.", ct);

    public Task<IActionResult> OnPostBlockoutAsync(DateOnly? date, TimeOnly? from, TimeOnly? to, BlockoutReason? reason, string? note, CancellationToken ct)
    {
        DateTimeOffset? start = date is { } d && from is { } f ? NzLocalTime.ToUtc(d, f) : null;
        DateTimeOffset? end = date is { } d2 && to is { } t ? NzLocalTime.ToUtc(d2, t) : null;
        return AfterAsync(calendars.AddBlockoutAsync(Target, new BlockoutInput(start, end, reason, note), ct), "Time blocked out.", ct);
    }

    public Task<IActionResult> OnPostLeaveAsync(DateOnly? from, DateOnly? to, LeaveKind? kind, string? note, CancellationToken ct) =>
        AfterAsync(calendars.RecordLeaveAsync(Target, new LeaveInput(from, to, kind, note), ct), "Leave recorded; bookings go to the buddy meanwhile (R-050).", ct);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private async Task<IActionResult> AfterAsync(Task<Outcome<CalendarView>> pending, string success, CancellationToken ct)
    {
        var outcome = await pending;
        if (outcome.IsDone)
        {
            TempData["Message"] = success;
            return RedirectToPage(new { staffId = Target.Value });
        }

        Problem = outcome.Failure?.Message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var outcome = await calendars.GetAsync(Target, ct);
        if (outcome.IsDone)
        {
            Calendar = outcome.Value;
            if (string.Equals(View, "week", StringComparison.OrdinalIgnoreCase))
            {
                var week = await weeks.StaffWeekAsync(Target, Date ?? NzLocalTime.Today(clock), ct);
                Week = week.Value;
                if (week.Failure is { } failure)
                {
                    Problem ??= failure.Message;
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                }
            }

            return Page();
        }

        Problem ??= outcome.Failure?.Message;
        return Page();
    }
}
