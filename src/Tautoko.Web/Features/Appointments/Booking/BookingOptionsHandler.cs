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
    IReadOnlyList<OpenRequestView> OpenRequests);

/// <summary>
/// R-050, R-082 (003; 002 CSR step 4): who to book a client with — their case manager, else their buddy,
/// else the home site's face-to-face appointment queue — with the free slots of each over the booking window.
/// </summary>
public sealed class BookingOptionsHandler(TautokoDbContext db, ClientAccess access, AuditLog audit, Availability availability, AppointmentOptions options, TimeProvider clock)
{
    public async Task<Outcome<BookingOptions>> HandleAsync(ClientId clientId, CancellationToken ct)
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
        var place = await CaseloadPlaces.OfClientAsync(db, clientId, ct);
        CandidateView? caseManager = null;
        CandidateView? buddy = null;
        if (place is not null)
        {
            var manager = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == place.CaseManagerId, ct);
            caseManager = await CandidateAsync(manager, today, now, windowEnd, ct);
            if (manager.BuddyId is { } buddyId && await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == buddyId && s.IsActive, ct) is { } buddyStaff)
            {
                buddy = await CandidateAsync(buddyStaff, today, now, windowEnd, ct);
            }
        }

        var route = CoverPolicy.Choose(Cover(caseManager), Cover(buddy));
        var siteSlots = route.Step == BookingRouteStep.SiteQueue
            ? (await availability.NextFreeAtSiteAsync(client.HomeSiteId, now, windowEnd, 12, null, ct)).Select(FreeSlotView.Of).ToList()
            : [];
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
            caseManager, buddy, route.Step, route.Reason, siteSlots, requests));
    }

    private async Task<CandidateView> CandidateAsync(StaffMember member, DateOnly today, DateTimeOffset now, DateTimeOffset windowEnd, CancellationToken ct)
    {
        var calendar = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.StaffId == member.Id, ct);
        var slots = calendar is null ? [] : await availability.FreeAsync([member.Id], now, windowEnd, 12, ct);
        var leave = member.Leave.Where(l => l.Covers(today)).OrderByDescending(l => l.To).FirstOrDefault();
        var candidate = new CoverCandidate(member.FullName, leave is not null, leave?.To, calendar?.IsLocked ?? false, slots.Count);
        return new CandidateView(member.Id.Value, member.FullName, member.Role.DisplayName(), leave is not null, leave?.To, candidate.CalendarLocked, calendar is not null,
            CoverPolicy.Available(candidate), [.. slots.Select(FreeSlotView.Of)]);
    }

    private static CoverCandidate? Cover(CandidateView? view) =>
        view is null ? null : new CoverCandidate(view.Name, view.OnLeaveToday, view.LeaveEnds, view.CalendarLocked, view.Slots.Count);
}
