using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Web.Features.Appointments.Booking;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.FirstContacts;
using Tautoko.Web.Features.Appointments.Resulting;
using Tautoko.Web.Features.Appointments.WalkIns;
using Tautoko.Web.Features.Appointments.Worklists;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Exports;
namespace Tautoko.Web.Features.Appointments;

public sealed record LetterRequest(LetterKind? Kind);

/// <summary>The appointments API: slots, booking (409 on a double booking), cancel, result, walk-ins, calendars, worklists, letters.</summary>
public static class AppointmentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff/{id:guid}").WithTags("Appointments");
        staff.MapGet("/slots", Slots).ReadsNoClientInformation().WithSummary("A case manager's slots between `from` and `to` (dates as yyyy-MM-dd in New Zealand time, or instants), each free or why not; `free=true` lists only bookable ones.");
        staff.MapGet("/calendar", Calendar).ReadsNoClientInformation().WithSummary("A case manager's calendar: template blocks, buffer, rule findings (R-037–R-045), block-outs and leave.");
        staff.MapPost("/calendar/template", (Guid id, CalendarHandler h, CancellationToken ct) => CalendarResult(h.ApplyTemplateAsync(new StaffId(id), ct))).ReadsNoClientInformation().WithSummary("Set the calendar to the national standard template for the case manager's role and site hours.");
        staff.MapPost("/calendar/blocks", (Guid id, BlockInput input, CalendarHandler h, CancellationToken ct) => CalendarResult(h.AddBlockAsync(new StaffId(id), input, ct))).ReadsNoClientInformation().WithSummary("Add a block (appointments, break, admin, staff brief, not working).");
        staff.MapPost("/calendar/blocks/{index:int}/remove", (Guid id, int index, CalendarHandler h, CancellationToken ct) => CalendarResult(h.RemoveBlockAsync(new StaffId(id), index, ct))).ReadsNoClientInformation().WithSummary("Remove a block.");
        staff.MapPost("/calendar/settings", (Guid id, CalendarSettingsInput input, CalendarHandler h, CancellationToken ct) => CalendarResult(h.SettingsAsync(new StaffId(id), input, ct))).ReadsNoClientInformation().WithSummary("Set the buffer between appointments; open or close the calendar to bookings (R-043).");
        staff.MapPost("/calendar/review", (Guid id, CalendarHandler h, CancellationToken ct) => CalendarResult(h.ReviewAsync(new StaffId(id), ct))).ReadsNoClientInformation().WithSummary("A manager records the calendar review (R-044).");
        staff.MapPost("/calendar/blockouts", (Guid id, BlockoutInput input, CalendarHandler h, CancellationToken ct) => CalendarResult(h.AddBlockoutAsync(new StaffId(id), input, ct))).ReadsNoClientInformation().WithSummary("Block out time with a reason (R-046).");
        staff.MapPost("/leave", (Guid id, LeaveInput input, CalendarHandler h, CancellationToken ct) => CalendarResult(h.RecordLeaveAsync(new StaffId(id), input, ct))).ReadsNoClientInformation().WithSummary("Record planned or unplanned leave; bookings then go to the buddy (R-050).");

        var sites = app.MapGroup("/api/sites/{id:guid}").WithTags("Appointments");
        sites.MapGet("/free-slots", SiteFreeSlots).ReadsNoClientInformation().WithSummary("The next free slots across every calendar at the site from `from` (default now); `count` up to 100; `kind` proactive or reactive.");
        sites.MapGet("/calendars", SiteCalendars).ReadsClientInformation().WithSummary("The site's case-manager calendars side by side for `date` (yyyy-MM-dd, default today): free, booked and unavailable slots, leave. Audited.");
        sites.MapGet("/worklist", SiteWorklist).ReadsClientInformation().Exportable<SiteWorklist, WorklistExportRow>(w => $"Worklist {w.Site}", WorklistExport.Rows).WithSummary("The site's worklists: unresulted appointments, did-not-attend follow-ups, engagement-standard breaches, calendar findings and reviews, the face-to-face queue. Audited.");

        var appointments = app.MapGroup("/api/appointments").WithTags("Appointments");
        appointments.MapGet("/my-day", MyDay).ReadsClientInformation().Exportable<MyDay, WorklistExportRow>(d => $"My day {d.StaffName}", WorklistExport.Rows).WithSummary("The signed-in case manager's day: today's appointments, reactive time and worklists. Audited.");
        appointments.MapPost("/", Book).ReadsClientInformation().WithSummary("Book a client into a free slot (optionally a recurring series). A slot already booked gets 409 with a problem document.");
        appointments.MapGet("/{id:guid}", Get).ReadsClientInformation().WithSummary("One appointment with its letters, texts and e-mails. Audited.");
        appointments.MapPost("/{id:guid}/cancel", Cancel).ReadsClientInformation().WithSummary("Cancel (by client or agency) with a reason; before the start the slot is freed (R-047).");
        appointments.MapPost("/{id:guid}/result", Result).ReadsClientInformation().WithSummary("Result an appointment after its time: attended, didNotAttend, cancelledByClient, cancelledByAgency (R-048).");
        appointments.MapGet("/{id:guid}/letter.pdf", Letter).ReadsClientInformation().WithSummary("The appointment letter as PDF (`kind`: inviteToProactiveAppointment or phoneBasedAppointment), named for its kind, the client number and the date. Audited.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf");
        appointments.MapGet("/{id:guid}/calendar.ics", CalendarFile).ReadsClientInformation().WithSummary("An iCalendar file for the appointment. Audited.")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/calendar");
        appointments.MapPost("/{id:guid}/letters", SendLetter).ReadsClientInformation().WithSummary("Post the appointment letter through the outbox; logged in the engagement log when sent.");

        app.MapPost("/api/walk-ins", WalkIn).ReadsClientInformation().WithTags("Appointments").WithSummary("Record a walk-in (R-049): refuses scanning documents, forms, payment cards, general queries, processing, sighting ID and authentication.");
        app.MapPost("/api/appointment-requests", Refer).ReadsClientInformation().WithTags("Appointments").WithSummary("Refer a client to their home site's face-to-face appointment queue (R-082): creates a task in the site's SiteFaceToFaceAppointments work queue, due within 24 hours (R-083); booking the client an appointment completes it. The same task as POST /api/work-queues/{id}/tasks, with the home site's queue found for you.");
        app.MapGet("/api/clients/{id:guid}/appointments", ForClient).ReadsClientInformation().WithTags("Appointments").WithSummary("A client's appointments, newest first; paged. Audited.");
        app.MapGet("/api/clients/{id:guid}/first-contact", FirstContactRead).ReadsClientInformation().WithTags("Appointments").WithSummary("A newly assigned client's first contact (R-035): the case manager's name, phone and e-mail to give them (R-054), the steps logged so far and the next one. Audited.");
        app.MapPost("/api/clients/{id:guid}/first-contact", FirstContactRecord).ReadsClientInformation().WithTags("Appointments").WithSummary("Record the next first-contact step (R-035) — `phone` (with `reached`), then `letter` (queues the invitation to the booked proactive appointment), then `text` (sends the text saying we tried and will call at `callAt`) — each written to the engagement log; out of order is 422.");
        app.MapGet("/api/clients/{id:guid}/booking-options", Options).ReadsClientInformation().WithTags("Appointments").WithSummary("Who to book the client with: their case manager, else their buddy, else the site queue (R-050, R-082), with free slots. Audited.");
    }

    private static async Task<Results<Ok<IReadOnlyList<SlotView>>, Problem>> Slots(Guid id, string? from, string? to, bool? free, AppointmentReadHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        var today = NzLocalTime.Today(clock);
        var start = ParseInstant(from, "from", startOfDay: true, clock, problems) ?? NzLocalTime.ToUtc(today, TimeOnly.MinValue);
        var end = ParseInstant(to, "to", startOfDay: false, clock, problems) ?? NzLocalTime.ToUtc(today.AddDays(14), TimeOnly.MinValue);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems).ToProblem();
        }

        var outcome = await handler.SlotsAsync(new StaffId(id), start, end, free ?? false, ct);
        return outcome.ToOk();
    }

    private static async Task<Results<Ok<IReadOnlyList<FreeSlotView>>, Problem>> SiteFreeSlots(Guid id, string? from, int? count, SlotKind? kind, AppointmentReadHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        var start = ParseInstant(from, "from", startOfDay: true, clock, problems) ?? clock.GetUtcNow();
        if (count is < 1 or > 100)
        {
            problems["count"] = ["`count` is between 1 and 100."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems).ToProblem();
        }

        var outcome = await handler.NextFreeAtSiteAsync(new SiteId(id), start, count ?? 20, kind, ct);
        return outcome.ToOk();
    }

    private static async Task<Results<Ok<CalendarView>, Problem>> Calendar(Guid id, CalendarHandler handler, CancellationToken ct) =>
        await CalendarResult(handler.GetAsync(new StaffId(id), ct));

    private static async Task<Results<Ok<CalendarView>, Problem>> CalendarResult(Task<Outcome<CalendarView>> pending)
    {
        var outcome = await pending;
        return outcome.ToOk();
    }

    private static async Task<Results<Ok<SiteDay>, Problem>> SiteCalendars(Guid id, DateOnly? date, SiteCalendarsHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await handler.DayAsync(new SiteId(id), date ?? NzLocalTime.Today(clock), ct);
        return outcome.ToOk();
    }

    private static async Task<Results<Ok<SiteWorklist>, Problem>> SiteWorklist(Guid id, WorklistHandler handler, CancellationToken ct)
    {
        var outcome = await handler.SiteAsync(new SiteId(id), ct);
        return outcome.ToOk();
    }

    private static async Task<Ok<MyDay>> MyDay(WorklistHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.MyDayAsync(ct));

    private static async Task<Results<Created<BookedAppointment>, Problem>> Book(BookInput input, BookAppointmentHandler handler, CancellationToken ct)
    {
        var outcome = await handler.BookAsync(input, ct);
        return outcome.ToCreated(booked => $"/api/appointments/{booked.Appointment.Id}");
    }

    private static async Task<Results<Ok<AppointmentDetail>, Problem>> Get(Guid id, AppointmentReadHandler handler, CancellationToken ct)
    {
        var outcome = await handler.GetAsync(new AppointmentId(id), ct);
        return outcome.ToOk();
    }

    private static async Task<Results<Ok<ResultedAppointment>, Problem>> Cancel(Guid id, CancelInput input, ResultAppointmentHandler handler, CancellationToken ct)
    {
        var outcome = await handler.CancelAsync(new AppointmentId(id), input, ct);
        return outcome.ToOk();
    }

    private static async Task<Results<Ok<ResultedAppointment>, Problem>> Result(Guid id, ResultInput input, ResultAppointmentHandler handler, CancellationToken ct)
    {
        var outcome = await handler.ResultAsync(new AppointmentId(id), input, ct);
        return outcome.ToOk();
    }

    private static async Task<Results<FileContentHttpResult, Problem>> Letter(Guid id, LetterKind? kind, AppointmentReadHandler handler, CancellationToken ct)
    {
        var outcome = await handler.LetterAsync(new AppointmentId(id), kind, ct);
        return outcome.IsDone ? TypedResults.File(outcome.Value.Content, "application/pdf", outcome.Value.FileName) : outcome.Failure.ToProblem();
    }

    private static async Task<Results<FileContentHttpResult, Problem>> CalendarFile(Guid id, AppointmentReadHandler handler, CancellationToken ct)
    {
        var outcome = await handler.CalendarFileAsync(new AppointmentId(id), ct);
        return outcome.IsDone ? TypedResults.File(outcome.Value.Content, "text/calendar", outcome.Value.FileName) : outcome.Failure.ToProblem();
    }

    private static async Task<Results<Accepted<MessageView>, Problem>> SendLetter(Guid id, LetterRequest input, AppointmentReadHandler handler, CancellationToken ct)
    {
        var outcome = await handler.SendLetterAsync(new AppointmentId(id), input.Kind, ct);
        return outcome.IsDone ? TypedResults.Accepted($"/api/appointments/{id}", outcome.Value) : outcome.Failure.ToProblem();
    }

    private static async Task<Results<Created<AppointmentView>, Problem>> WalkIn(WalkInInput input, WalkInHandler handler, CancellationToken ct)
    {
        var outcome = await handler.RecordAsync(input, ct);
        return outcome.ToCreated(walkIn => $"/api/appointments/{walkIn.Id}");
    }

    private static async Task<Results<Created<QueueRequestView>, Problem>> Refer(ReferInput input, SiteQueueHandler handler, CancellationToken ct)
    {
        var outcome = await handler.ReferAsync(input, ct);
        return outcome.ToCreated(request => $"/api/tasks/{request.Id}");
    }

    private static async Task<Results<Ok<Paged<AppointmentView>>, Problem>> ForClient(Guid id, int? page, int? pageSize, AppointmentReadHandler handler, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return Failure.Invalid(problems).ToProblem();
        }

        var outcome = await handler.ForClientAsync(new ClientId(id), paging, ct);
        return outcome.ToOk();
    }

    private static async Task<Results<Ok<FirstContactView>, Problem>> FirstContactRead(Guid id, FirstContactHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<FirstContactView>, Problem>> FirstContactRecord(Guid id, FirstContactInput input, FirstContactHandler handler, CancellationToken ct) =>
        (await handler.RecordAsync(new ClientId(id), input, ct)).ToOk();

    /// <param name="from">Optional: show free slots from this day (yyyy-MM-dd) on; the route is still decided from now.</param>
    /// <param name="skip">Optional: free slots of each list to skip (pages of <see cref="BookingOptionsHandler.PageSize"/>).</param>
    private static async Task<Results<Ok<BookingOptions>, Problem>> Options(Guid id, BookingOptionsHandler handler, DateOnly? from, int? skip, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(new ClientId(id), ct, from, skip ?? 0);
        return outcome.ToOk();
    }

    /// <summary>A date (New Zealand, yyyy-MM-dd: the start of the day for `from`, the end of it for `to`) or an ISO 8601 instant.</summary>
    /// <remarks>Either must lie within <see cref="PlausibleDates.QueryYears"/> years of today, so a far date is a field error, not an overflow.</remarks>
    internal static DateTimeOffset? ParseInstant(string? text, string name, bool startOfDay, TimeProvider clock, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (PlausibleDates.WhyNotQueryDate(date, NzLocalTime.Today(clock)) is { } dateProblem)
            {
                problems[name] = [dateProblem];
                return null;
            }

            return NzLocalTime.ToUtc(startOfDay ? date : date.AddDays(1), TimeOnly.MinValue);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            if (PlausibleDates.WhyNotQueryInstant(instant, clock.GetUtcNow()) is { } instantProblem)
            {
                problems[name] = [instantProblem];
                return null;
            }

            return instant.ToUniversalTime();
        }

        problems[name] = ["Use a date (yyyy-MM-dd) or an ISO 8601 instant."];
        return null;
    }
}
