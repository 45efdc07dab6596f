using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Appointments.Booking;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Platform;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Appointments.Pages;

/// <summary>
/// Booking for contact-centre and site staff: the client's case manager first, else their buddy, else the
/// home site's face-to-face queue, each with its free slots. Works without JavaScript.
/// </summary>
[ReadsClientInformation]
public sealed class BookModel(BookingOptionsHandler options, BookAppointmentHandler booking, SiteQueueHandler queue, TimeProvider clock) : ClientPageModel
{
    /// <summary>Show free times from this day (the date picker); today when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Free slots of each list skipped (Next/Previous slots).</summary>
    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    public BookingOptions? Options { get; private set; }

    public DateOnly Today => NzLocalTime.Today(clock);

    public string? Problem { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostBookAsync(Guid? slotId, AppointmentChannel? channel, AppointmentType? type, string? purpose, bool? sendLetter, int? repeatWeeks, int? repeatCount, CancellationToken ct)
    {
        if (slotId is null || slotId == Guid.Empty)
        {
            // Nothing is chosen for the user: a Book without a time books nothing and says so.
            Problem = "Choose a time for the appointment first. Nothing was booked.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(ct, keepStatus: true);
        }

        var repeat = repeatWeeks is > 0 && repeatCount is > 1 ? new RecurrenceInput(repeatWeeks.Value, repeatCount.Value) : null;
        var outcome = await booking.BookAsync(new BookInput(Id, slotId, channel, type, purpose, sendLetter, null, repeat), ct);
        switch (outcome.Failure)
        {
            case null:
                var skipped = outcome.Value.Series.Count(s => s.AppointmentId is null);
                TempData["Message"] = $"Booked with {outcome.Value.Appointment.StaffName} for {AppointmentText.When(outcome.Value.Appointment.StartsAt)}." +
                                      (outcome.Value.Series.Count > 1 ? $" Series: {outcome.Value.Series.Count - skipped} of {outcome.Value.Series.Count} booked." : string.Empty);
                return Redirect($"/appointments/{outcome.Value.Appointment.Id}");
            case Failure.AccessRefused refused:
                return Refuse(refused.Decision);
            default:
                Problem = outcome.Failure?.Message;
                Response.StatusCode = outcome.Failure is Failure.StateConflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
                return await LoadAsync(ct, keepStatus: true);
        }
    }

    public async Task<IActionResult> OnPostReferAsync(string? reason, CancellationToken ct)
    {
        var outcome = await queue.ReferAsync(new ReferInput(Id, reason), ct);
        switch (outcome.Failure)
        {
            case null:
                TempData["Message"] = $"Referred to the {outcome.Value.Site} face-to-face appointment queue; the site books the client within 24 hours.";
                return Redirect($"/clients/{Id}");
            case Failure.AccessRefused refused:
                return Refuse(refused.Decision);
            default:
                Problem = outcome.Failure?.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await LoadAsync(ct, keepStatus: true);
        }
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct, bool keepStatus = false)
    {
        var outcome = await options.HandleAsync(new ClientId(Id), ct, From, Skip);
        switch (outcome.Failure)
        {
            case null:
                Options = outcome.Value;
                return Page();
            case Failure.AccessRefused refused:
                return Refuse(refused.Decision);
            case Failure.InvalidInput invalid:
                // A date or page out of range: say so and show the times from today.
                Problem ??= invalid.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                (From, Skip) = (null, 0);
                return await LoadAsync(ct, keepStatus: true);
            default:
                return keepStatus ? Page() : NotFound();
        }
    }
}
