using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Access;
using Tautoko.Web.Audit;
using Tautoko.Web.Auth;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Outbox;

namespace Tautoko.Web.Features.Appointments.Booking;

public sealed record RecurrenceInput(int EveryWeeks, int Occurrences);

/// <param name="ClientId">The client the appointment is for.</param>
/// <param name="SlotId">The free slot to book (from the slots or booking-options API).</param>
/// <param name="Channel">Face-to-face or phone; phone-based case managers take phone only. Defaults by calendar.</param>
/// <param name="Type">What the appointment is for; defaults to ongoing case management.</param>
/// <param name="Purpose">Optional notes on what it is about.</param>
/// <param name="SendLetter">Post an appointment letter; defaults to yes for a first appointment .</param>
/// <param name="Letter">Which letter; defaults by calendar (phone-based teams send theirs, R-028).</param>
/// <param name="Repeat">Book a series: every N weeks, M appointments in all.</param>
/// <param name="RequestId">The site-queue request this booking clears .</param>
public sealed record BookInput(Guid? ClientId, Guid? SlotId, AppointmentChannel? Channel, AppointmentType? Type, string? Purpose, bool? SendLetter, LetterKind? Letter, RecurrenceInput? Repeat, Guid? RequestId);

public sealed record SeriesOccurrence(DateOnly Target, Guid? AppointmentId, DateTimeOffset? StartsAt, string? Problem);

public sealed record BookedAppointment(AppointmentView Appointment, string DnaRiskExplanation, IReadOnlyList<SeriesOccurrence> Series);

/// <summary>
/// Books a client into a slot. The policy is checked first for a readable refusal, but the database has
/// the last word: the unique index on the booked slot lets exactly one of any number of simultaneous
/// bookings commit, on any number of nodes; the others get a 409.
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
        var problems = Validate(input);
        if (problems.Count > 0)
        {
            return new Outcome<BookedAppointment>.Invalid(problems);
        }

        var clientId = new ClientId(input.ClientId!.Value);
        var check = await access.CheckAsync(clientId, ClientOperation.ManageAppointments, ct);
        if (!check.Found)
        {
            return new Outcome<BookedAppointment>.Missing($"There is no client {clientId}.");
        }

        if (!check.Allowed)
        {
            return new Outcome<BookedAppointment>.Refused(check.Decision, clientId.Value);
        }

        var slotId = new SlotId(input.SlotId!.Value);
        var slot = await db.AppointmentSlots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == slotId, ct);
        if (slot is null)
        {
            return new Outcome<BookedAppointment>.Missing($"There is no slot {slotId}.");
        }

        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId, ct);
        var history = await ClientHistoryAsync(clientId, ct);
        var now = clock.GetUtcNow();
        var risk = DnaRiskModel.Default.Assess(history.Select(h => new AttendanceRecord(NzLocalTime.DateOf(h.StartsAt), h.Status)), NzLocalTime.DateOf(now));
        var booking = new Booking(client, history, risk, await CoverOfAsync(clientId, ct), input, check.ViaBreakGlass, input.Repeat is null ? null : Guid.CreateVersion7());

        var first = await BookOneAsync(booking, slot, sendLetter: input.SendLetter ?? input.Type == AppointmentType.FirstAppointment, input.RequestId, ct);
        if (first is not Outcome<Appointment>.Done done)
        {
            return Relay(first);
        }

        var series = input.Repeat is { } repeat ? await BookSeriesAsync(booking, done.Value, new Recurrence(repeat.EveryWeeks, repeat.Occurrences), ct) : [];
        var (appointment, owner) = booking.Booked[0];
        return new Outcome<BookedAppointment>.Done(new BookedAppointment(View(appointment, client, owner), risk.Explanation, series));
    }

    private async Task<Outcome<Appointment>> BookOneAsync(Booking booking, AppointmentSlot slot, bool sendLetter, Guid? requestId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var owner = await OwnerAsync(slot, ct);
        var channel = booking.Input.Channel ?? CalendarOwner.ChannelFor(owner.Staff.Variant);
        var context = new SlotContext(owner.Staff.Variant, owner.Locked, owner.LockedReason, owner.Staff.Leave, owner.Blockouts, false, owner.District);
        if (BookingPolicy.WhyNot(slot, context, channel, now) is { } why)
        {
            return new Outcome<Appointment>.Broken(why);
        }

        if (BookingPolicy.ClientClash(booking.History.Where(h => h.Status == AppointmentStatus.Booked).Select(h => (h.StartsAt, h.EndsAt)), slot.StartsAt, slot.EndsAt) is { } clash)
        {
            return new Outcome<Appointment>.Conflict(clash);
        }

        var cover = booking.CaseManager is null ? BookingCover.OtherCaseManager
            : booking.CaseManager.Value.Id == slot.StaffId ? BookingCover.OwnCaseManager
            : booking.CaseManager.Value.BuddyId == slot.StaffId ? BookingCover.Buddy
            : BookingCover.OtherCaseManager;
        var type = booking.Input.Type ?? AppointmentType.Ongoing;
        Appointment appointment;
        try
        {
            appointment = Appointment.Book(AppointmentId.New(), booking.Client.Id, slot, channel, type, booking.Input.Purpose, cover, staff.Id, now, booking.Risk.Probability, booking.SeriesId);
        }
        catch (DomainException ex)
        {
            return new Outcome<Appointment>.Broken(ex.Error);
        }

        var parties = owner.Parties;
        db.Appointments.Add(appointment);
        var coverText = cover switch
        {
            BookingCover.OwnCaseManager => string.Empty,
            BookingCover.Buddy => " as buddy cover for the client's case manager (R-050)",
            BookingCover.OtherCaseManager => " (not the client's case manager)",
        };
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Appointment booked: {type.DisplayName()}, {channel.DisplayName().ToLowerInvariant()}, {AppointmentText.When(appointment.StartsAt)} ({appointment.Minutes} min) with {parties.CaseManagerName} at {parties.SiteName}{coverText}. Did-not-attend risk {AppointmentText.Percent(booking.Risk.Probability)} ({booking.Risk.Band.DisplayName().ToLowerInvariant()}).");
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), booking.Client.Id, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information, text, null));
        audit.Add(AuditAction.Create, "Appointment", appointment.Id.ToString(), booking.Client.Id, $"Booked slot {slot.Id} ({cover})", booking.ViaBreakGlass);

        LetterKind? letter = sendLetter ? booking.Input.Letter ?? (owner.Staff.Variant == CaseManagerVariant.PhoneBased ? LetterKind.PhoneBasedAppointment : LetterKind.InviteToProactiveAppointment) : null;
        db.OutboxMessages.AddRange(messages.Booked(appointment, parties, MessageRecipient.Of(booking.Client), booking.Risk.Band, letter, owner.District, now));

        if (requestId is { } rid && await db.AppointmentRequests.SingleOrDefaultAsync(r => r.Id == rid && r.ClientId == booking.Client.Id, ct) is { Status: AppointmentRequestStatus.Open } request)
        {
            request.MarkBooked(appointment.Id, staff.Id, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.IsSlotTaken(ex))
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Slot {SlotId} was booked by someone else first", slot.Id.Value);
            return new Outcome<Appointment>.Conflict(new DomainError(BookingPolicy.TakenRule, "Someone else has just booked that slot; choose another."));
        }

        booking.History.Add(new BookedTime(appointment.StartsAt, appointment.EndsAt, AppointmentStatus.Booked));
        booking.Booked.Add((appointment, owner));
        logger.LogInformation("Appointment {AppointmentId} booked in slot {SlotId}", appointment.Id.Value, slot.Id.Value);
        return new Outcome<Appointment>.Done(appointment);
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
                switch (await BookOneAsync(booking, slot, sendLetter: false, null, ct))
                {
                    case Outcome<Appointment>.Done done:
                        booked = new SeriesOccurrence(target, done.Value.Id.Value, done.Value.StartsAt, null);
                        break;
                    case var other:
                        problem = other.Message;
                        break;
                }
            }

            result.Add(booked ?? new SeriesOccurrence(target, null, null, problem));
        }

        return result;
    }

    private async Task<List<BookedTime>> ClientHistoryAsync(ClientId clientId, CancellationToken ct) =>
        await db.Appointments.AsNoTracking()
            .Where(a => a.ClientId == clientId && a.Kind != AppointmentKind.WalkIn)
            .Select(a => new BookedTime(a.StartsAt, a.EndsAt, a.Status))
            .ToListAsync(ct);

    /// <summary>The client's case manager and their buddy, to tell own-case-manager bookings from buddy cover.</summary>
    private async Task<(StaffId Id, StaffId? BuddyId)?> CoverOfAsync(ClientId clientId, CancellationToken ct)
    {
        var cover = await (
                from p in CaseloadPlaces.Places(db)
                where p.ClientId == clientId
                orderby p.AssignedAt descending
                join s in db.Staff on p.CaseManagerId equals s.Id
                select new { s.Id, s.BuddyId })
            .FirstOrDefaultAsync(ct);
        return cover is null ? null : (cover.Id, cover.BuddyId);
    }

    /// <summary>Everything booking into one calendar needs, in two queries: the case manager with their leave, calendar, site and buddy; then their block-outs.</summary>
    private async Task<Owner> OwnerAsync(AppointmentSlot slot, CancellationToken ct)
    {
        var row = await (
                from s in db.Staff.AsNoTracking()
                where s.Id == slot.StaffId
                join site in db.Sites on s.SiteId equals site.Id
                join c in db.Calendars on s.Id equals c.StaffId into calendars
                from c in calendars.DefaultIfEmpty()
                join b in db.Staff on s.BuddyId equals (StaffId?)b.Id into buddies
                from b in buddies.DefaultIfEmpty()
                select new
                {
                    Staff = s,
                    Locked = c != null && c.IsLocked,
                    LockedReason = c == null ? null : c.LockedReason,
                    site.District,
                    SiteName = site.Name,
                    site.Address,
                    SitePhone = site.Phone,
                    BuddyName = b == null ? null : b.FirstName + " " + b.LastName,
                    BuddyPhone = b == null ? null : b.Phone,
                })
            .SingleAsync(ct);
        var blockouts = await db.CalendarBlockouts.AsNoTracking()
            .Where(b => b.StaffId == slot.StaffId && b.From < slot.EndsAt && b.To > slot.StartsAt)
            .ToListAsync(ct);
        var staffMember = row.Staff;
        var parties = new AppointmentParties(staffMember.FullName, staffMember.FirstName, staffMember.Phone, staffMember.Email, row.SiteName, row.Address, row.SitePhone, row.BuddyName, row.BuddyPhone);
        return new Owner(staffMember, row.Locked, row.LockedReason, row.District, parties, blockouts);
    }

    private AppointmentView View(Appointment a, Client client, Owner owner) => AppointmentViews.Finish(new AppointmentView(
        a.Id.Value, client.Id.Value, $"{client.FirstName} {client.LastName}", client.ClientNumber, a.StaffId.Value, owner.Parties.CaseManagerName, a.SiteId.Value, owner.Parties.SiteName,
        a.StartsAt, a.EndsAt, 0, a.Kind, a.Channel, a.Type, string.Empty, a.Purpose, a.WalkInPurpose, a.Status, string.Empty, a.Cover, a.DnaRisk, DnaRiskBand.Low,
        a.SeriesId, a.SlotId?.Value, staff.FullName, a.BookedAt, a.ResultedAt, a.ResultNote, a.IdentityVerified, a.CancelReason, a.Version));

    private static Dictionary<string, string[]> Validate(BookInput input)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.ClientId is null || input.ClientId == Guid.Empty)
        {
            problems["clientId"] = ["Say which client the appointment is for."];
        }

        if (input.SlotId is null || input.SlotId == Guid.Empty)
        {
            problems["slotId"] = ["Choose a free slot."];
        }

        if (input.Channel is { } channel && !Enum.IsDefined(channel))
        {
            problems["channel"] = ["Choose face-to-face or phone."];
        }

        if (input.Type is { } type && !Enum.IsDefined(type))
        {
            problems["type"] = ["Choose an appointment type from the list."];
        }

        if (input.Letter is { } letter && !Enum.IsDefined(letter))
        {
            problems["letter"] = ["Choose a letter from the list."];
        }

        if (input.Purpose is { Length: > Appointment.MaxTextLength })
        {
            problems["purpose"] = [$"The purpose is at most {Appointment.MaxTextLength} characters."];
        }

        if (input.Repeat is { } repeat && new Recurrence(repeat.EveryWeeks, repeat.Occurrences).Problem() is { } recurrence)
        {
            problems["repeat"] = [recurrence.Message];
        }

        return problems;
    }

    private static Outcome<BookedAppointment> Relay(Outcome<Appointment> outcome) => outcome switch
    {
        Outcome<Appointment>.Broken broken => new Outcome<BookedAppointment>.Broken(broken.Error),
        Outcome<Appointment>.Conflict conflict => new Outcome<BookedAppointment>.Conflict(conflict.Error),
        Outcome<Appointment>.Missing missing => new Outcome<BookedAppointment>.Missing(missing.What),
        Outcome<Appointment>.Invalid invalid => new Outcome<BookedAppointment>.Invalid(invalid.Problems),
        Outcome<Appointment>.Refused refused => new Outcome<BookedAppointment>.Refused(refused.Decision, refused.ClientId),
        _ => throw new InvalidOperationException("A booked appointment is relayed by the caller."),
    };

    private sealed record BookedTime(DateTimeOffset StartsAt, DateTimeOffset EndsAt, AppointmentStatus Status);

    private sealed record Booking(Client Client, List<BookedTime> History, DnaRisk Risk, (StaffId Id, StaffId? BuddyId)? CaseManager, BookInput Input, bool ViaBreakGlass, Guid? SeriesId)
    {
        public List<(Appointment Appointment, Owner Owner)> Booked { get; } = [];
    }

    private sealed record Owner(StaffMember Staff, bool Locked, string? LockedReason, AnniversaryDistrict District, AppointmentParties Parties, List<CalendarBlockout> Blockouts);
}
