using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Data.Filters;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Messages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.Booking;

/// <summary>
/// Books a client into a slot: reads the facts in one query (<see cref="BookingFactsQuery"/>), lets Core decide (the
/// booking policy, cover R-050, the letter, the log text) and saves in one round trip. The policy is checked
/// first for a readable refusal, but the database has the last word: the unique index on the booked slot lets exactly
/// one of any number of simultaneous bookings commit, on any number of nodes; the others get a 409. Booking the client's
/// first appointment also completes their open tasks in a site's face-to-face queue with the outcome
/// "appointment booked".
/// </summary>
public sealed class BookAppointmentHandler(
    TautokoDbContext db,
    CurrentStaff staff,
    ClientAccess access,
    AuditLog audit,
    Availability availability,
    AppointmentMessages messages,
    TimeProvider clock,
    ILogger<BookAppointmentHandler> logger)
{
    public async Task<Outcome<BookedAppointment>> BookAsync(BookInput input, CancellationToken ct)
    {
        var problems = input.Problems();
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var clientId = new ClientId(input.ClientId!.Value);
        var slotId = new SlotId(input.SlotId!.Value);
        var facts = await BookingFactsQuery.ReadAsync(db, clientId, slotId, staff.Id, clock.GetUtcNow(), ct);
        if (facts is null)
        {
            return await WhyNoFactsAsync(clientId, slotId, ct);
        }

        var check = await access.CheckAsync(clientId, facts.Scope, facts.HoldsBreakGlass, ClientOperation.ManageAppointments, ct);
        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, clientId.Value);
        }

        var now = clock.GetUtcNow();
        var risk = DnaRiskModel.Default.Assess(facts.History.Select(h => new AttendanceRecord(NzLocalTime.DateOf(h.StartsAt), h.Status)), NzLocalTime.DateOf(now));
        var booking = new Booking(facts, risk, input, check.ViaBreakGlass, input.Repeat is null ? null : Guid.CreateVersion7());

        // Leave and block-outs are rare on a bookable slot: the facts only say whether there are any, and only then are they read.
        var owner = facts.OnLeave || facts.BlockedOut ? await BookingFactsQuery.OwnerAsync(db, facts.Slot, ct) : facts.Owner;
        var first = await BookOneAsync(booking, facts.Slot, owner, BookingLetters.Sends(input.SendLetter, input.Type), facts.SiteQueueTasks, ct);
        if (!first.TryGet(out var appointment, out var failure))
        {
            return failure;
        }

        var series = input.Repeat is { } repeat ? await BookSeriesAsync(booking, appointment, new Recurrence(repeat.EveryWeeks, repeat.Occurrences), ct) : [];
        return new BookedAppointment(View(appointment, facts.Client.FullName, facts.ClientNumber, owner), risk.Explanation, series);
    }

    /// <summary>When the one query found nothing: the client is missing or refused (checked first, as everywhere), or the slot is missing.</summary>
    private async Task<Failure> WhyNoFactsAsync(ClientId clientId, SlotId slotId, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.ManageAppointments, ct);
        if (!check.Found)
        {
            return Failure.NotFound($"There is no client {clientId}.");
        }

        return !check.Allowed ? Failure.Refused(check.Decision, clientId.Value) : Failure.NotFound($"There is no slot {slotId}.");
    }

    private async Task<Outcome<Appointment>> BookOneAsync(Booking booking, AppointmentSlot slot, SlotOwner owner, bool sendLetter, bool clearSiteQueue, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var channel = booking.Input.Channel ?? CalendarOwner.ChannelFor(owner.Variant);
        var context = new SlotContext(owner.Variant, owner.Locked, owner.LockedReason, owner.Leave, owner.Blockouts, false, owner.District);
        if (BookingPolicy.WhyNot(slot, context, channel, now) is { } why)
        {
            return Failure.Broken(why);
        }

        if (BookingPolicy.ClientClash(booking.History.Where(h => h.Status == AppointmentStatus.Booked).Select(h => (h.StartsAt, h.EndsAt)), slot.StartsAt, slot.EndsAt) is { } clash)
        {
            return AppointmentConflict.Of(clash);
        }

        var cover = CoverPolicy.CoverFor(slot.StaffId, booking.Facts.CaseManagerId, booking.Facts.CaseManagersBuddyId);
        Appointment appointment;
        try
        {
            appointment = Appointment.Book(AppointmentId.New(), booking.Facts.Client.Id, slot, channel, booking.Input.Type ?? AppointmentType.Ongoing, booking.Input.Purpose, cover, staff.Id, now, booking.Risk.Probability, booking.SeriesId);
        }
        catch (DomainException ex)
        {
            return Failure.Broken(ex.Error);
        }

        await AddBookingAsync(booking, appointment, owner, BookingLetters.For(sendLetter, booking.Input.Letter, owner.Variant), clearSiteQueue, now, ct);
        try
        {
            await db.SaveInOneRoundTripAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AppointmentConflict.Of(new DomainError(WorkQueueTask.TakenRule, "The client's task in the site's face-to-face queue changed while booking; nothing was booked. Try again."));
        }
        catch (DbUpdateException ex) when (ex.Refused(AppointmentConfiguration.OneAppointmentPerSlot))
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Slot {SlotId} was booked by someone else first", slot.Id.Value);
            return AppointmentConflict.Of(new DomainError(BookingPolicy.TakenRule, "Someone else has just booked that slot; choose another."));
        }

        booking.History.Add(new BookedTime(appointment.StartsAt, appointment.EndsAt, AppointmentStatus.Booked));
        logger.LogInformation("Appointment {AppointmentId} booked in slot {SlotId}", appointment.Id.Value, slot.Id.Value);
        return appointment;
    }

    /// <summary>The rows one booking writes, saved together: the appointment, its engagement-log entry, the audit entry, its messages, and the site queue tasks it completes.</summary>
    private async Task AddBookingAsync(Booking booking, Appointment appointment, SlotOwner owner, Core.Messaging.LetterKind? letter, bool clearSiteQueue, DateTimeOffset now, CancellationToken ct)
    {
        var client = booking.Facts.Client;
        var parties = owner.Parties;
        db.Appointments.Add(appointment);
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), client.Id, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information,
            BookingNotes.Booked(appointment, parties.CaseManagerName, parties.SiteName, booking.Risk), null));
        audit.Add(AuditAction.Create, "Appointment", appointment.Id.ToString(), client.Id, $"Booked slot {appointment.SlotId} ({appointment.Cover})", booking.ViaBreakGlass);
        db.OutboxMessages.AddRange(messages.Booked(appointment, parties, client, booking.Risk.Band, letter, owner.District, now));

        // the appointment is what the client's site face-to-face queue task asked for; it is completed with it.
        // The facts query says whether there is one, so a booking without one reads nothing more.
        if (clearSiteQueue)
        {
            var cleared = BookingNotes.SiteQueueCleared(appointment, parties.CaseManagerName, parties.SiteName);
            foreach (var task in await db.WorkQueueTasks.ClearedByBooking().Where(t => t.ClientId == client.Id).ToListAsync(ct))
            {
                task.CompleteWithAppointment(staff.Id, cleared, now);
                audit.Add(AuditAction.Update, "WorkQueueTask", task.Id.ToString(), client.Id, $"Completed by booking appointment {appointment.Id} (R-083)", booking.ViaBreakGlass);
            }
        }
    }

    /// <summary>The rest of a recurring series: each occurrence at the same time, or the nearest free slot (a holiday or leave moves it, it is never dropped silently).</summary>
    private async Task<List<SeriesOccurrence>> BookSeriesAsync(Booking booking, Appointment first, Recurrence recurrence, CancellationToken ct)
    {
        var result = new List<SeriesOccurrence> { new(NzLocalTime.DateOf(first.StartsAt), first.Id.Value, first.StartsAt, null) };
        var time = NzLocalTime.TimeOf(first.StartsAt);
        foreach (var target in recurrence.LaterDates(NzLocalTime.DateOf(first.StartsAt)))
        {
            var from = NzLocalTime.ToUtc(target, TimeOnly.MinValue);
            var free = await availability.FreeAsync([first.StaffId], from, from.AddDays(5), 60, ct);
            var candidates = free.Select(f => f.Slot).Where(s => s.Kind == SlotKind.Proactive).ToList();
            SeriesOccurrence? booked = null;
            string? problem = "No free slot that week.";
            for (var attempt = 0; attempt < 2 && booked is null; attempt++)
            {
                var slot = Recurrence.Pick(candidates, s => s.Date, s => NzLocalTime.TimeOf(s.StartsAt), target, time);
                if (slot is null)
                {
                    break;
                }

                candidates.Remove(slot);
                var outcome = await BookOneAsync(booking, slot, await BookingFactsQuery.OwnerAsync(db, slot, ct), sendLetter: false, clearSiteQueue: false, ct);
                if (outcome.TryGet(out var appointment, out var failure))
                {
                    booked = new SeriesOccurrence(target, appointment.Id.Value, appointment.StartsAt, null);
                }
                else
                {
                    problem = failure switch
                    {
                        Failure.RuleBroken broken => broken.Error.Message,
                        Failure.StateConflict conflict => conflict.Error.Message,
                        _ => failure.Message,
                    };
                }
            }

            result.Add(booked ?? new SeriesOccurrence(target, null, null, problem));
        }

        return result;
    }

    private AppointmentView View(Appointment a, string clientName, string clientNumber, SlotOwner owner) => AppointmentViews.Finish(new AppointmentView(
        a.Id.Value, a.ClientId.Value, clientName, clientNumber, a.StaffId.Value, owner.Parties.CaseManagerName, a.SiteId.Value, owner.Parties.SiteName,
        a.StartsAt, a.EndsAt, 0, a.Kind, a.Channel, a.Type, string.Empty, a.Purpose, a.WalkInPurpose, a.Status, string.Empty, a.Cover, a.DnaRisk, DnaRiskBand.Low,
        a.SeriesId, a.SlotId?.Value, staff.FullName, a.BookedAt, a.ResultedAt, a.ResultNote, a.IdentityVerified, a.CancelReason, a.Version));

    /// <summary>One booking request and what it carries from appointment to appointment of a series: the facts, the risk, and the client's times so far.</summary>
    private sealed record Booking(BookingFacts Facts, DnaRisk Risk, BookInput Input, bool ViaBreakGlass, Guid? SeriesId)
    {
        public List<BookedTime> History => Facts.History;
    }
}
