using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Appointments.Booking;
using Tautoko.Web.Features.Appointments.Common;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Appointments.Pages;

/// <summary>
/// Booking for contact-centre and site staff: the client's case manager first, else their buddy, else the
/// home site's face-to-face queue, each with its free slots. Works without JavaScript.
/// </summary>
public sealed class BookModel(BookingOptionsHandler options, BookAppointmentHandler booking, SiteQueueHandler queue) : ClientPageModel
{
    public BookingOptions? Options { get; private set; }

    public string? Problem { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostBookAsync(Guid? slotId, AppointmentChannel? channel, AppointmentType? type, string? purpose, bool? sendLetter, int? repeatWeeks, int? repeatCount, CancellationToken ct)
    {
        var repeat = repeatWeeks is > 0 && repeatCount is > 1 ? new RecurrenceInput(repeatWeeks.Value, repeatCount.Value) : null;
        var outcome = await booking.BookAsync(new BookInput(Id, slotId, channel, type, purpose, sendLetter, null, repeat), ct);
        switch (outcome)
        {
            case AppointmentOutcome<BookedAppointment>.Done done:
                var skipped = done.Value.Series.Count(s => s.AppointmentId is null);
                TempData["Message"] = $"Booked with {done.Value.Appointment.StaffName} for {AppointmentText.When(done.Value.Appointment.StartsAt)}." +
                                      (done.Value.Series.Count > 1 ? $" Series: {done.Value.Series.Count - skipped} of {done.Value.Series.Count} booked." : string.Empty);
                return Redirect($"/appointments/{done.Value.Appointment.Id}");
            case AppointmentOutcome<BookedAppointment>.Refused refused:
                return Refuse(refused.Decision);
            default:
                Problem = outcome.Message;
                Response.StatusCode = outcome is AppointmentOutcome<BookedAppointment>.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
                return await LoadAsync(ct, keepStatus: true);
        }
    }

    public async Task<IActionResult> OnPostReferAsync(string? reason, CancellationToken ct)
    {
        var outcome = await queue.ReferAsync(new ReferInput(Id, reason), ct);
        switch (outcome)
        {
            case AppointmentOutcome<QueueRequestView>.Done done:
                TempData["Message"] = $"Referred to the {done.Value.Site} face-to-face appointment queue; the site books the client within 24 hours.";
                return Redirect($"/clients/{Id}");
            case AppointmentOutcome<QueueRequestView>.Refused refused:
                return Refuse(refused.Decision);
            default:
                Problem = outcome.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await LoadAsync(ct, keepStatus: true);
        }
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct, bool keepStatus = false)
    {
        switch (await options.HandleAsync(new ClientId(Id), ct))
        {
            case AppointmentOutcome<BookingOptions>.Done done:
                Options = done.Value;
                return Page();
            case AppointmentOutcome<BookingOptions>.Refused refused:
                return Refuse(refused.Decision);
            default:
                return keepStatus ? Page() : NotFound();
        }
    }
}
