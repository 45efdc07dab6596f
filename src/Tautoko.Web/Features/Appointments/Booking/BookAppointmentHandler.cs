using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Calendar;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Web.Platform;
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
public sealed record BookInput(Guid? ClientId, Guid? SlotId, AppointmentChannel? Channel, AppointmentType? Type, string? Purpose, bool? SendLetter, LetterKind? Letter, RecurrenceInput? Repeat);

public sealed record SeriesOccurrence(DateOnly Target, Guid? AppointmentId, DateTimeOffset? StartsAt, string? Problem);

public sealed record BookedAppointment(AppointmentView Appointment, string DnaRiskExplanation, IReadOnlyList<SeriesOccurrence> Series);

/// <summary>
/// Books a client into a slot. The policy is checked first for a readable refusal, but the database has
/// the last word: the unique index on the booked slot lets exactly one of any number of simultaneous
/// bookings commit, on any number of nodes; the others get a 409. Booking the client's first appointment also
/// completes their open tasks in a site's face-to-face queue with the outcome "appointment booked".
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
            return Failure.Invalid(problems);
        }

        var clientId = new ClientId(input.ClientId!.Value);
        var slotId = new SlotId(input.SlotId!.Value);
        var facts = await FactsAsync(clientId, slotId, ct);
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
        var booking = new Booking(facts.Client, facts.History, risk, facts.CaseManager, input, check.ViaBreakGlass, input.Repeat is null ? null : Guid.CreateVersion7());

        // Leave and block-outs are rare on a bookable slot: the facts only say whether there are any, and only then are they read.
        var owner = facts.OnLeave || facts.BlockedOut ? await OwnerAsync(facts.Slot, ct) : facts.Owner;
        var first = await BookOneAsync(booking, facts.Slot, owner, sendLetter: input.SendLetter ?? input.Type == AppointmentType.FirstAppointment, facts.SiteQueueTasks, ct);
        if (first is not AppointmentOutcome<Appointment>.Done done)
        {
            return Relay(first);
        }

        var series = input.Repeat is { } repeat ? await BookSeriesAsync(booking, done.Value, new Recurrence(repeat.EveryWeeks, repeat.Occurrences), ct) : [];
        var (appointment, bookedWith) = booking.Booked[0];
        return Outcome<BookedAppointment>.Done(new BookedAppointment(View(appointment, facts.ClientName, facts.ClientNumber, bookedWith), risk.Explanation, series));
    }

    /// <summary>When the one query found nothing: the client is missing or refused (checked first, as everywhere), or the slot is missing.</summary>
    private async Task<Outcome<BookedAppointment>> WhyNoFactsAsync(ClientId clientId, SlotId slotId, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.ManageAppointments, ct);
        if (!check.Found)
        {
            return Failure.NotFound($"There is no client {clientId}.");
        }

        return !check.Allowed
            ? Failure.Refused(check.Decision, clientId.Value)
            : Failure.NotFound($"There is no slot {slotId}.");
    }

    private async Task<Outcome<Appointment>> BookOneAsync(Booking booking, AppointmentSlot slot, Owner owner, bool sendLetter, bool clearSiteQueue, CancellationToken ct)
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
            return Failure.Broken(ex.Error);
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

        LetterKind? letter = sendLetter ? booking.Input.Letter ?? (owner.Variant == CaseManagerVariant.PhoneBased ? LetterKind.PhoneBasedAppointment : LetterKind.InviteToProactiveAppointment) : null;
        db.OutboxMessages.AddRange(messages.Booked(appointment, parties, booking.Client, booking.Risk.Band, letter, owner.District, now));

        // the appointment is what the client's site face-to-face queue task asked for; it is completed with it.
        // The facts query says whether there is one, so a booking without one reads nothing more.
        if (clearSiteQueue)
        {
            var cleared = string.Create(CultureInfo.InvariantCulture, $"{type.DisplayName()} booked for {AppointmentText.When(appointment.StartsAt)} with {parties.CaseManagerName} at {parties.SiteName}.");
            foreach (var task in await SiteQueueHandler.ClearedByBooking(db, booking.Client.Id).ToListAsync(ct))
            {
                task.CompleteWithAppointment(staff.Id, cleared, now);
                audit.Add(AuditAction.Update, "WorkQueueTask", task.Id.ToString(), booking.Client.Id, $"Completed by booking appointment {appointment.Id} (R-083)", booking.ViaBreakGlass);
            }
        }

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
        booking.Booked.Add((appointment, owner));
        logger.LogInformation("Appointment {AppointmentId} booked in slot {SlotId}", appointment.Id.Value, slot.Id.Value);
        return Outcome<Appointment>.Done(appointment);
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
                switch (await BookOneAsync(booking, slot, await OwnerAsync(slot, ct), sendLetter: false, clearSiteQueue: false, ct))
                {
                    case AppointmentOutcome<Appointment>.Done done:
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

    /// <summary>
    /// Everything a booking needs, in one query (one round trip): the slot; its case manager with their calendar, site
    /// and buddy, and whether leave or a block-out touches the slot; the client's access scope, contact details, case
    /// manager (own or buddy cover) and past and booked appointments (for the did-not-attend risk and clashes); whether the
    /// signed-in person holds an open break-glass grant. Null when the slot or the client does not exist.
    /// </summary>
    private async Task<BookingFacts?> FactsAsync(ClientId clientId, SlotId slotId, CancellationToken ct)
    {
        var row = await ReadFacts.For(db)(db, clientId, slotId, staff.Id, clock.GetUtcNow(), ct);
        if (row is null)
        {
            return null;
        }

        var parties = new AppointmentParties($"{row.FirstName} {row.LastName}", row.FirstName, row.Phone, row.Email, row.SiteName, row.Address, row.SitePhone, row.BuddyName, row.BuddyPhone);
        var client = new MessageRecipient(clientId, row.PreferredName ?? row.ClientFirstName, $"{row.ClientFirstName} {row.ClientLastName}", ClientNumbers.Format(row.ClientNumber), row.ClientPhone, row.ClientEmail, row.ClientAddress, row.PreferredChannel);
        return new BookingFacts(
            row.Slot,
            new Owner(row.Variant, [], row.Locked, row.LockedReason, row.District, parties, []),
            row.OnLeave,
            row.BlockedOut,
            new ClientScope(row.HomeSiteId, row.RegionId, row.IsRestricted),
            row.HoldsBreakGlass,
            client,
            client.FullName,
            row.ClientNumber,
            row.CaseManagerId is { } manager ? (manager, row.CaseManagerBuddyId) : null,
            row.History,
            row.SiteQueueTasks);
    }

    /// <summary>
    /// The facts query, compiled once: the query is wide, and building its expression tree and looking it up in EF Core's
    /// query cache on every booking cost more CPU than the rest of the booking together (bench <c>book-load</c>). A compiled
    /// query cannot call helpers that take the context (nor the extension-property sets, hence <c>Set&lt;T&gt;()</c>), so
    /// three small filters are spelled out here, each beside the name of the one it must match:
    /// <see cref="CaseloadPlaces.Places"/>, <see cref="ClientAccess.OpenBreakGlass"/> and
    /// <see cref="SiteQueueHandler.ClearedByBooking"/> (the booking tests on both providers cover all three).
    /// </summary>
    private static readonly PerModel<Func<TautokoDbContext, ClientId, SlotId, StaffId, DateTimeOffset, CancellationToken, Task<FactsRow?>>> ReadFacts = new(() => EF.CompileAsyncQuery(
        (TautokoDbContext db, ClientId clientId, SlotId slotId, StaffId me, DateTimeOffset now, CancellationToken ct) => (
                from s in db.AppointmentSlots.AsNoTracking()
                where s.Id == slotId
                join o in db.Staff on s.StaffId equals o.Id
                join site in db.Sites on o.SiteId equals site.Id
                join cal in db.Calendars on o.Id equals cal.StaffId into calendars
                from cal in calendars.DefaultIfEmpty()
                join b in db.Staff on o.BuddyId equals (StaffId?)b.Id into buddies
                from b in buddies.DefaultIfEmpty()
                from c in db.Clients
                where c.Id == clientId
                join home in db.Sites on c.HomeSiteId equals home.Id
                select new FactsRow
                {
                    Slot = s,
                    Variant = o.Variant,
                    FirstName = o.FirstName,
                    LastName = o.LastName,
                    Phone = o.Phone,
                    Email = o.Email,
                    OnLeave = o.Leave.Any(l => l.From <= s.Date && s.Date <= l.To),
                    BlockedOut = db.CalendarBlockouts.Any(x => x.StaffId == s.StaffId && x.From < s.EndsAt && x.To > s.StartsAt),
                    Locked = cal != null && cal.IsLocked,
                    LockedReason = cal == null ? null : cal.LockedReason,
                    District = site.District,
                    SiteName = site.Name,
                    Address = site.Address,
                    SitePhone = site.Phone,
                    BuddyName = b == null ? null : b.FirstName + " " + b.LastName,
                    BuddyPhone = b == null ? null : b.Phone,
                    HomeSiteId = c.HomeSiteId,
                    RegionId = home.RegionId,
                    IsRestricted = c.IsRestricted,
                    ClientFirstName = c.FirstName,
                    ClientLastName = c.LastName,
                    PreferredName = c.PreferredName,
                    ClientNumber = c.ClientNumber,
                    ClientPhone = c.Phone,
                    ClientEmail = c.Email,
                    ClientAddress = c.Address,
                    PreferredChannel = c.PreferredChannel,
                    // ClientAccess.OpenBreakGlass: the signed-in person's unexpired grants.
                    HoldsBreakGlass = db.BreakGlassAccesses.Any(g => g.StaffId == me && g.ExpiresAt > now && g.ClientId == c.Id),
                    // SiteQueueHandler.ClearedByBooking: open face-to-face queue tasks that are not high-hardship referrals.
                    SiteQueueTasks = db.WorkQueueTasks.Any(t => t.ClientId == c.Id && t.QueueKind == WorkQueueKind.SiteFaceToFaceAppointments
                        && t.Status != WorkQueueTaskStatus.Completed && t.Origin != TaskOrigin.HighHardship),
                    // CaseloadPlaces.Places: open placements that carry their service tag; the newest is the client's case manager.
                    CaseManagerId = (from p in db.Placements
                                     where p.ClientId == c.Id && p.EndedAt == null
                                     join t in db.ProgrammeTags on p.TagId equals (Guid?)t.Id
                                     orderby p.StartedAt descending
                                     select (StaffId?)p.CaseManagerId).FirstOrDefault(),
                    CaseManagerBuddyId = (from p in db.Placements
                                          where p.ClientId == c.Id && p.EndedAt == null
                                          join t in db.ProgrammeTags on p.TagId equals (Guid?)t.Id
                                          orderby p.StartedAt descending
                                          join m in db.Staff on p.CaseManagerId equals m.Id
                                          select m.BuddyId).FirstOrDefault(),
                    History = db.Appointments
                        .Where(a => a.ClientId == c.Id && a.Kind != AppointmentKind.WalkIn)
                        .Select(a => new BookedTime(a.StartsAt, a.EndsAt, a.Status))
                        .ToList(),
                })
            .SingleOrDefault()));

    /// <summary>Everything booking into one calendar needs, in full, in two queries: the case manager with their leave, calendar, site and buddy; then their block-outs that touch the slot.</summary>
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
        return new Owner(staffMember.Variant, [.. staffMember.Leave], row.Locked, row.LockedReason, row.District, parties, blockouts);
    }

    private AppointmentView View(Appointment a, string clientName, string clientNumber, Owner owner) => AppointmentViews.Finish(new AppointmentView(
        a.Id.Value, a.ClientId.Value, clientName, clientNumber, a.StaffId.Value, owner.Parties.CaseManagerName, a.SiteId.Value, owner.Parties.SiteName,
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
        AppointmentOutcome<Appointment>.Broken broken => Failure.Broken(broken.Error),
        AppointmentOutcome<Appointment>.Conflict conflict => AppointmentConflict.Of(conflict.Error),
        AppointmentOutcome<Appointment>.Missing missing => Failure.NotFound(missing.What),
        AppointmentOutcome<Appointment>.Invalid invalid => Failure.Invalid(invalid.Problems),
        AppointmentOutcome<Appointment>.Refused refused => Failure.Refused(refused.Decision, refused.ClientId),
        _ => throw new InvalidOperationException("A booked appointment is relayed by the caller."),
    };

    private sealed record BookedTime(DateTimeOffset StartsAt, DateTimeOffset EndsAt, AppointmentStatus Status);

    /// <summary>One row of <see cref="ReadFacts"/>.</summary>
    private sealed class FactsRow
    {
        public required AppointmentSlot Slot { get; init; }
        public CaseManagerVariant Variant { get; init; }
        public required string FirstName { get; init; }
        public required string LastName { get; init; }
        public string? Phone { get; init; }
        public required string Email { get; init; }
        public bool OnLeave { get; init; }
        public bool BlockedOut { get; init; }
        public bool Locked { get; init; }
        public string? LockedReason { get; init; }
        public AnniversaryDistrict District { get; init; }
        public required string SiteName { get; init; }
        public string? Address { get; init; }
        public string? SitePhone { get; init; }
        public string? BuddyName { get; init; }
        public string? BuddyPhone { get; init; }
        public SiteId HomeSiteId { get; init; }
        public RegionId RegionId { get; init; }
        public bool IsRestricted { get; init; }
        public required string ClientFirstName { get; init; }
        public required string ClientLastName { get; init; }
        public string? PreferredName { get; init; }
        public required string ClientNumber { get; init; }
        public string? ClientPhone { get; init; }
        public string? ClientEmail { get; init; }
        public PostalAddress? ClientAddress { get; init; }
        public ContactChannel PreferredChannel { get; init; }
        public bool HoldsBreakGlass { get; init; }
        public bool SiteQueueTasks { get; init; }
        public StaffId? CaseManagerId { get; init; }
        public StaffId? CaseManagerBuddyId { get; init; }
        public required List<BookedTime> History { get; init; }
    }

    private sealed record Booking(MessageRecipient Client, List<BookedTime> History, DnaRisk Risk, (StaffId Id, StaffId? BuddyId)? CaseManager, BookInput Input, bool ViaBreakGlass, Guid? SeriesId)
    {
        public List<(Appointment Appointment, Owner Owner)> Booked { get; } = [];
    }

    private sealed record Owner(CaseManagerVariant Variant, List<StaffLeave> Leave, bool Locked, string? LockedReason, AnniversaryDistrict District, AppointmentParties Parties, List<CalendarBlockout> Blockouts);

    private sealed record BookingFacts(
        AppointmentSlot Slot,
        Owner Owner,
        bool OnLeave,
        bool BlockedOut,
        ClientScope Scope,
        bool HoldsBreakGlass,
        MessageRecipient Client,
        string ClientName,
        string ClientNumber,
        (StaffId Id, StaffId? BuddyId)? CaseManager,
        List<BookedTime> History,
        bool SiteQueueTasks);
}
