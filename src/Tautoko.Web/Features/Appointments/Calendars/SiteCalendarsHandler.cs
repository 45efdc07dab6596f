using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Calendars;

public enum CellState
{
    Free = 0,
    Booked = 1,
    Unavailable = 2,
}

public sealed record DayCell(Guid SlotId, TimeOnly Start, int Minutes, SlotKind Kind, CellState State, Guid? AppointmentId, string? ClientName, AppointmentStatus? Status, string? Note);

public sealed record DayColumn(Guid StaffId, string Name, string Role, bool OnLeave, string? Away, IReadOnlyList<DayCell> Cells);

public sealed record SiteOption(Guid Id, string Name);

public sealed record SiteDay(Guid SiteId, string Site, DateOnly Date, string? Closed, IReadOnlyList<TimeOnly> Times, IReadOnlyList<DayColumn> Columns, IReadOnlyList<SiteOption> Sites);

/// <summary>
/// A site's case-manager calendars side by side for one day (003): free, booked and unavailable time, leave and block-outs.
/// Anyone signed in sees free and busy time; a booked slot names its client and appointment only when the viewer may read
/// that client (R-120, R-122: the same <see cref="ClientAccessPolicy"/> as the client endpoints, break-glass grants included).
/// </summary>
public sealed class SiteCalendarsHandler(TautokoDbContext db, Availability availability, SlotMaterialiser materialiser, ClientAccess access, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<SiteDay>> DayAsync(SiteId siteId, DateOnly date, CancellationToken ct, bool withWorklist = false)
    {
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, ct);
        if (site is null)
        {
            return Failure.NotFound($"There is no site {siteId}.");
        }

        var today = NzLocalTime.Today(clock);
        if (date < today.AddDays(-AppointmentReadLimits.PastDays) || date > today.AddDays(AppointmentReadLimits.FutureDays))
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["date"] = [$"Choose a date within {AppointmentReadLimits.PastDays} days before and {AppointmentReadLimits.FutureDays} days after today."] });
        }

        var sites = await db.Sites.AsNoTracking().Where(s => db.Calendars.Any(c => c.SiteId == s.Id)).OrderBy(s => s.Name).Select(s => new SiteOption(s.Id.Value, s.Name)).ToListAsync(ct);
        var staff = (await db.Staff.AsNoTracking().Where(s => s.SiteId == siteId && s.IsActive).ToListAsync(ct))
            .Where(s => s.Role.IsCaseManager())
            .OrderBy(s => s.LastName, StringComparer.Ordinal).ThenBy(s => s.FirstName, StringComparer.Ordinal)
            .ToList();
        var ids = staff.Select(s => s.Id).ToList();
        if (date >= today)
        {
            await materialiser.EnsureForReadAsync(ids, date, date, ct);
        }

        var start = NzLocalTime.ToUtc(date, TimeOnly.MinValue);
        var end = NzLocalTime.ToUtc(date.AddDays(1), TimeOnly.MinValue);
        var slots = await availability.SlotsAsync(ids, start, end, ct);
        var booked = await (
                from a in db.Appointments.AsNoTracking()
                where a.SiteId == siteId && a.StartsAt >= start && a.StartsAt < end && a.SlotId != null
                join c in db.Clients on a.ClientId equals c.Id
                join home in db.Sites on c.HomeSiteId equals home.Id
                select new { a.Id, a.SlotId, a.Status, a.ClientId, Name = c.FirstName + " " + c.LastName, c.HomeSiteId, home.RegionId, c.IsRestricted })
            .ToListAsync(ct);
        var clientIds = booked.Select(b => b.ClientId).Distinct().ToList();
        var grants = (await access.OpenBreakGlass().Where(g => clientIds.Contains(g.ClientId)).Select(g => g.ClientId).ToListAsync(ct)).ToHashSet();
        var viewer = me.Viewer;
        var shown = new HashSet<ClientId>();
        var viaBreakGlass = false;
        var bySlot = new Dictionary<SlotId, (AppointmentId? Id, string? Name, AppointmentStatus Status)>();
        foreach (var b in booked)
        {
            var scope = new ClientScope(b.HomeSiteId, b.RegionId, b.IsRestricted);
            var inScope = ClientAccessPolicy.InScope(viewer, scope);
            var may = ClientAccessPolicy.Decide(viewer, scope, ClientOperation.Read, !inScope && grants.Contains(b.ClientId)).Allowed;
            if (may)
            {
                shown.Add(b.ClientId);
                viaBreakGlass |= !inScope;
            }

            // Free/busy only for a client the viewer may not read: no name, no appointment id.
            bySlot[b.SlotId!.Value] = may ? (b.Id, b.Name, b.Status) : (null, null, b.Status);
        }

        var columns = new List<DayColumn>();
        foreach (var member in staff)
        {
            var leave = member.Leave.FirstOrDefault(l => l.Covers(date));
            var cells = slots.Where(s => s.Slot.StaffId == member.Id).Select(s =>
            {
                var isBooked = bySlot.TryGetValue(s.Slot.Id, out var held);
                var state = isBooked ? CellState.Booked : s.IsFree ? CellState.Free : CellState.Unavailable;
                return new DayCell(s.Slot.Id.Value, NzLocalTime.TimeOf(s.Slot.StartsAt), s.Slot.Minutes, s.Slot.Kind, state, held.Id?.Value, held.Name, isBooked ? held.Status : null,
                    state == CellState.Unavailable ? s.Unavailable?.Message : null);
            }).ToList();
            var away = leave is not null ? $"{leave.Kind} leave to {AppointmentText.Day(leave.To)}" : null;
            columns.Add(new DayColumn(member.Id.Value, member.FullName, member.Role.DisplayName(), leave is not null, away, cells));
        }

        var times = columns.SelectMany(c => c.Cells).Select(c => c.Start).Distinct().Order().ToList();
        var closed = WorkingDays.IsWorkingDay(date, site.District) ? null
            : WorkingDays.HolidaysBetween(date.AddDays(-1), date, site.District).FirstOrDefault() is { } holiday ? $"Closed: {holiday.Name}" : "Closed (weekend)";
        // one row for the read, naming the clients whose bookings it showed.
        var detail = $"Calendars of {site.Name} on {date:yyyy-MM-dd}; {shown.Count} clients named, {bySlot.Values.Count(v => v.Name is null)} bookings shown only as busy" +
                     (withWorklist ? "; with the site worklist" : string.Empty) +
                     (shown.Count > 0 ? ": " + string.Join(", ", shown.Select(c => c.Value)) : string.Empty);
        await audit.RecordAsync(AuditAction.Read, "SiteCalendars", siteId.ToString(), shown.Count == 1 ? shown.Single() : null, detail, viaBreakGlass, ct);
        return Outcome<SiteDay>.Done(new SiteDay(siteId.Value, site.Name, date, closed, times, columns, sites));
    }
}

public static class AppointmentReadLimits
{
    public const int PastDays = 400;
    public const int FutureDays = 120;
}
