using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Booking;

public sealed record FreeSlotView(Guid SlotId, Guid StaffId, string StaffName, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Minutes, SlotKind Kind, string When)
{
    public static FreeSlotView Of(SlotState state) => new(
        state.Slot.Id.Value, state.Slot.StaffId.Value, state.Owner.Staff.FullName, state.Slot.Date, state.Slot.StartsAt, state.Slot.EndsAt, state.Slot.Minutes, state.Slot.Kind,
        AppointmentText.When(state.Slot.StartsAt));
}

public sealed record CandidateView(Guid StaffId, string Name, string Role, bool OnLeaveToday, DateOnly? LeaveEnds, bool CalendarLocked, bool HasCalendar, bool Available, IReadOnlyList<FreeSlotView> Slots);

public sealed record OpenRequestView(Guid Id, DateTimeOffset ReferredAt, DateTimeOffset DueBy, string Reason);

public sealed record BookingOptions(
    Guid ClientId,
    string ClientName,
    string ClientNumber,
    Guid HomeSiteId,
    string HomeSite,
    bool HasWarnings,
    CandidateView? CaseManager,
    CandidateView? Buddy,
    BookingRouteStep Recommended,
    string Reason,
    IReadOnlyList<FreeSlotView> SiteSlots,
    IReadOnlyList<OpenRequestView> OpenRequests)
{
    /// <summary>The day the slots shown start from (null: from now).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Free slots skipped before the ones shown (paging by <see cref="BookingOptionsHandler.PageSize"/>).</summary>
    public int Skip { get; init; }

    /// <summary>Whether any list has more free slots after the ones shown.</summary>
    public bool MoreSlots { get; init; }

    /// <summary>R-050: the buddy is offered only when it helps — the case manager is away, closed to bookings or has no free slot in the booking window.</summary>
    public bool BuddyOffered { get; init; }
}

/// <summary>
/// R-050, R-082 (003; 002 CSR step 4): who to book a client with — their case manager, else their buddy,
/// else the home site's face-to-face appointment queue — with the free slots of each over the booking window.
/// </summary>
public sealed class BookingOptionsHandler(TautokoDbContext db, ClientAccess access, AuditLog audit, Availability availability, AppointmentOptions options, TimeProvider clock)
{
    /// <summary>Free slots shown per list.</summary>
    public const int PageSize = 12;

    /// <summary>The most slots one may page past (a guard on the search, not a rule).</summary>
    public const int MaxSkip = 240;

    /// <param name="from">Show free slots from this day on (the route is still decided over the booking window from now); null for now.</param>
    /// <param name="skip">Free slots of each list to skip, for the next page.</param>
    public async Task<Outcome<BookingOptions>> HandleAsync(ClientId clientId, CancellationToken ct, DateOnly? from = null, int skip = 0)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.ManageAppointments, ct);
        if (!check.Found)
        {
            return Failure.NotFound($"There is no client {clientId}.");
        }

        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, clientId.Value);
        }

        var client = await (
                from c in db.Clients.AsNoTracking()
                where c.Id == clientId
                join s in db.Sites on c.HomeSiteId equals s.Id
                select new { c.FirstName, c.LastName, c.ClientNumber, c.HomeSiteId, Site = s.Name, s.District })
            .SingleAsync(ct);
        var hasWarnings = await db.SpecialCautions.AnyAsync(w => w.ClientId == clientId && w.EndedAt == null, ct)
                          || await db.MustViewNotes.AnyAsync(n => n.ClientId == clientId, ct);

        var now = clock.GetUtcNow();
        var today = NzLocalTime.DateOf(now);
        var windowEnd = NzLocalTime.ToUtc(WorkingDays.Add(today, options.BookingWindowWorkingDays, client.District).AddDays(1), TimeOnly.MinValue);
        if (from is { } f && (f < today || f > today.AddDays(AppointmentReadLimits.FutureDays)))
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["from"] = [$"Choose a day from today to {AppointmentReadLimits.FutureDays} days ahead."] });
        }

        if (skip is < 0 or > MaxSkip)
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["skip"] = [$"Skip between 0 and {MaxSkip} slots."] });
        }

        // The slots shown: from the chosen day (or now) over a booking window's worth of working days.
        var shown = from is { } day && day > today
            ? new ShownWindow(NzLocalTime.ToUtc(day, TimeOnly.MinValue), NzLocalTime.ToUtc(WorkingDays.Add(day, options.BookingWindowWorkingDays, client.District).AddDays(1), TimeOnly.MinValue), skip, true)
            : new ShownWindow(now, windowEnd, skip, false);
        var place = await CaseloadPlaces.OfClientAsync(db, clientId, ct);
        Candidate? caseManager = null;
        Candidate? buddy = null;
        if (place is not null)
        {
            var manager = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == place.CaseManagerId, ct);
            caseManager = await CandidateAsync(manager, today, now, windowEnd, shown, ct);
            if (manager.BuddyId is { } buddyId && await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == buddyId && s.IsActive, ct) is { } buddyStaff)
            {
                buddy = await CandidateAsync(buddyStaff, today, now, windowEnd, shown, ct);
            }
        }

        var route = CoverPolicy.Choose(caseManager?.Cover, buddy?.Cover);
        var more = (caseManager?.More ?? false) || (buddy?.More ?? false);
        List<FreeSlotView> siteSlots = [];
        if (route.Step == BookingRouteStep.SiteQueue)
        {
            var found = await availability.NextFreeAtSiteAsync(client.HomeSiteId, shown.Start, shown.End, skip + PageSize + 1, null, ct);
            siteSlots = [.. found.Skip(skip).Take(PageSize).Select(FreeSlotView.Of)];
            more |= found.Count > skip + PageSize;
        }

        // The client's open tasks in a site's face-to-face queue: the site books them within 24 hours.
        var requests = (await db.WorkQueueTasks.OpenFaceToFace().AsNoTracking()
                .Where(t => t.ClientId == clientId)
                .Select(t => new { t.Id, t.CreatedAt, t.DueAt, t.Need })
                .ToListAsync(ct))
            .OrderBy(t => t.CreatedAt)
            .Select(t => new OpenRequestView(t.Id.Value, t.CreatedAt, t.DueAt, t.Need))
            .ToList();

        await audit.RecordAsync(AuditAction.Read, "Client", clientId.ToString(), clientId, "Booking options", check.ViaBreakGlass, ct);
        return Outcome<BookingOptions>.Done(new BookingOptions(
            clientId.Value, $"{client.FirstName} {client.LastName}", ClientNumbers.Format(client.ClientNumber), client.HomeSiteId.Value, client.Site, hasWarnings,
            caseManager?.View, buddy?.View, route.Step, route.Reason, siteSlots, requests)
        {
            From = shown.Moved ? from : null,
            Skip = skip,
            MoreSlots = more,
            BuddyOffered = caseManager is not null && !caseManager.View.Available && buddy is not null,
        });
    }

    private sealed record ShownWindow(DateTimeOffset Start, DateTimeOffset End, int Skip, bool Moved);

    private sealed record Candidate(CandidateView View, CoverCandidate Cover, bool More);

    private async Task<Candidate> CandidateAsync(StaffMember member, DateOnly today, DateTimeOffset now, DateTimeOffset windowEnd, ShownWindow shown, CancellationToken ct)
    {
        var calendar = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.StaffId == member.Id, ct);
        var found = calendar is null ? [] : await availability.FreeAsync([member.Id], shown.Start, shown.End, shown.Skip + PageSize + 1, ct);
        // whether they can take the booking is decided over the booking window from now, whatever page is shown.
        var freeInWindow = shown.Moved ? (calendar is null ? 0 : (await availability.FreeAsync([member.Id], now, windowEnd, 1, ct)).Count) : found.Count;
        var leave = member.Leave.Where(l => l.Covers(today)).OrderByDescending(l => l.To).FirstOrDefault();
        var candidate = new CoverCandidate(member.FullName, leave is not null, leave?.To, calendar?.IsLocked ?? false, freeInWindow);
        var view = new CandidateView(member.Id.Value, member.FullName, member.Role.DisplayName(), leave is not null, leave?.To, candidate.CalendarLocked, calendar is not null,
            CoverPolicy.Available(candidate), [.. found.Skip(shown.Skip).Take(PageSize).Select(FreeSlotView.Of)]);
        return new Candidate(view, candidate, found.Count > shown.Skip + PageSize);
    }
}
