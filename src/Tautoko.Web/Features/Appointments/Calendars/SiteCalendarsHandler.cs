using Microsoft.EntityFrameworkCore;
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

/// <summary>A site's case-manager calendars side by side for one day (003): free, booked and unavailable time, leave and block-outs.</summary>
public sealed class SiteCalendarsHandler(TautokoDbContext db, Availability availability, SlotMaterialiser materialiser, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<SiteDay>> DayAsync(SiteId siteId, DateOnly date, CancellationToken ct)
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
            await materialiser.EnsureAsync(ids, date, date, ct);
        }

        var start = NzLocalTime.ToUtc(date, TimeOnly.MinValue);
        var end = NzLocalTime.ToUtc(date.AddDays(1), TimeOnly.MinValue);
        var slots = await availability.SlotsAsync(ids, start, end, ct);
        var booked = await (
                from a in db.Appointments.AsNoTracking()
                where a.SiteId == siteId && a.StartsAt >= start && a.StartsAt < end && a.SlotId != null
                join c in db.Clients on a.ClientId equals c.Id
                select new { a.Id, a.SlotId, a.Status, Name = c.FirstName + " " + c.LastName })
            .ToListAsync(ct);
        var bySlot = booked.ToDictionary(b => b.SlotId!.Value);

        var columns = new List<DayColumn>();
        foreach (var member in staff)
        {
            var leave = member.Leave.FirstOrDefault(l => l.Covers(date));
            var cells = slots.Where(s => s.Slot.StaffId == member.Id).Select(s =>
            {
                var held = bySlot.GetValueOrDefault(s.Slot.Id);
                var state = held is not null ? CellState.Booked : s.IsFree ? CellState.Free : CellState.Unavailable;
                return new DayCell(s.Slot.Id.Value, NzLocalTime.TimeOf(s.Slot.StartsAt), s.Slot.Minutes, s.Slot.Kind, state, held?.Id.Value, held?.Name, held?.Status,
                    state == CellState.Unavailable ? s.Unavailable?.Message : null);
            }).ToList();
            var away = leave is not null ? $"{leave.Kind} leave to {AppointmentText.Day(leave.To)}" : null;
            columns.Add(new DayColumn(member.Id.Value, member.FullName, member.Role.DisplayName(), leave is not null, away, cells));
        }

        var times = columns.SelectMany(c => c.Cells).Select(c => c.Start).Distinct().Order().ToList();
        var closed = WorkingDays.IsWorkingDay(date, site.District) ? null
            : WorkingDays.HolidaysBetween(date.AddDays(-1), date, site.District).FirstOrDefault() is { } holiday ? $"Closed: {holiday.Name}" : "Closed (weekend)";
        await audit.RecordAsync(AuditAction.Read, "SiteCalendars", siteId.ToString(), null, $"Calendars of {site.Name} on {date:yyyy-MM-dd}", false, ct);
        return Outcome<SiteDay>.Done(new SiteDay(siteId.Value, site.Name, date, closed, times, columns, sites));
    }
}

public static class AppointmentReadLimits
{
    public const int PastDays = 400;
    public const int FutureDays = 120;
}
