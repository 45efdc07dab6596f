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

/// <summary>One stretch of a case manager's working day: an appointment block (with its booked and free slots), a break, admin, a staff brief or blocked-out time.</summary>
public sealed record WeekEntry(TimeOnly Start, TimeOnly End, string Kind, string Css, int Booked, int Free, string? Note);

public sealed record WeekCell(DateOnly Date, string? Away, IReadOnlyList<WeekEntry> Entries);

public sealed record WeekRow(Guid StaffId, string Name, string Role, bool HasCalendar, IReadOnlyList<WeekCell> Cells);

public sealed record SkippedDay(DateOnly Date, string Name);

/// <summary>Five working days of calendars from <see cref="Days"/>[0]; weekends and public holidays (<see cref="Skipped"/>) left out.</summary>
public sealed record CalendarWeek(Guid SiteId, string Site, IReadOnlyList<DateOnly> Days, IReadOnlyList<SkippedDay> Skipped, DateOnly Previous, DateOnly Next, IReadOnlyList<WeekRow> Rows, IReadOnlyList<SiteOption> Sites);

/// <summary>
/// The week view of 003: five working days (R-005: weekends and New Zealand public holidays skipped) of one case
/// manager's calendar or of a site's, block by block — appointments with how many are booked and free, reactive time,
/// breaks, admin, staff briefs, blocked-out time and leave. It shows no client, only counts, like the free/busy
/// view anyone signed in may see.
/// </summary>
public sealed class CalendarWeekHandler(TautokoDbContext db, Availability availability, SlotMaterialiser materialiser, AuditLog audit, TimeProvider clock)
{
    public const int WorkingDaysShown = 5;

    public async Task<Outcome<CalendarWeek>> StaffWeekAsync(StaffId staffId, DateOnly from, CancellationToken ct)
    {
        var member = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, ct);
        if (member is null || !member.Role.IsCaseManager())
        {
            return Failure.NotFound($"There is no case manager {staffId}.");
        }

        return await WeekAsync(member.SiteId, [member], from, false, ct);
    }

    public async Task<Outcome<CalendarWeek>> SiteWeekAsync(SiteId siteId, DateOnly from, CancellationToken ct)
    {
        var staff = (await db.Staff.AsNoTracking().Where(s => s.SiteId == siteId && s.IsActive).ToListAsync(ct))
            .Where(s => s.Role.IsCaseManager())
            .OrderBy(s => s.LastName, StringComparer.Ordinal).ThenBy(s => s.FirstName, StringComparer.Ordinal)
            .ToList();
        var outcome = await WeekAsync(siteId, staff, from, true, ct);
        if (outcome.IsDone)
        {
            // The week names no client; the row records that the site's calendars were looked at.
            await audit.RecordAsync(AuditAction.Read, "SiteCalendars", siteId.ToString(), null, $"Week of {outcome.Value!.Site} from {outcome.Value.Days[0]:yyyy-MM-dd}; no clients named", false, ct);
        }

        return outcome;
    }

    /// <summary>R-005: the <paramref name="from"/> day if it is a working day, else the next one.</summary>
    public static DateOnly FirstWorkingDay(DateOnly from, AnniversaryDistrict? district) =>
        WorkingDays.IsWorkingDay(from, district) ? from : WorkingDays.Add(from, 1, district);

    private async Task<Outcome<CalendarWeek>> WeekAsync(SiteId siteId, IReadOnlyList<StaffMember> staff, DateOnly from, bool withSites, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, ct);
        if (site is null)
        {
            return Failure.NotFound($"There is no site {siteId}.");
        }

        var today = NzLocalTime.Today(clock);
        if (from < today.AddDays(-AppointmentReadLimits.PastDays) || from > today.AddDays(AppointmentReadLimits.FutureDays))
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["date"] = [$"Choose a date within {AppointmentReadLimits.PastDays} days before and {AppointmentReadLimits.FutureDays} days after today."] });
        }

        var first = FirstWorkingDay(from, site.District);
        var days = Enumerable.Range(0, WorkingDaysShown).Select(i => WorkingDays.Add(first, i, site.District)).ToList();
        var last = days[^1];
        var skipped = WorkingDays.HolidaysBetween(from.AddDays(-1), last, site.District)
            .GroupBy(h => h.Date).Select(g => new SkippedDay(g.Key, string.Join(" and ", g.Select(h => h.Name)))).ToList();

        var ids = staff.Select(s => s.Id).ToList();
        if (last >= today)
        {
            await materialiser.EnsureForReadAsync(ids, first < today ? today : first, last, ct);
        }

        var calendars = await db.Calendars.AsNoTracking().Where(c => ids.Contains(c.StaffId)).ToDictionaryAsync(c => c.StaffId, ct);
        var start = NzLocalTime.ToUtc(first, TimeOnly.MinValue);
        var end = NzLocalTime.ToUtc(last.AddDays(1), TimeOnly.MinValue);
        var slots = (await availability.SlotsAsync(ids, start, end, ct)).ToLookup(s => (s.Slot.StaffId, s.Slot.Date));
        var blockouts = (await db.CalendarBlockouts.AsNoTracking().Where(b => ids.Contains(b.StaffId) && b.From < end && b.To > start).ToListAsync(ct)).ToLookup(b => b.StaffId);

        var rows = new List<WeekRow>();
        foreach (var member in staff)
        {
            var calendar = calendars.GetValueOrDefault(member.Id);
            var cells = days.Select(day =>
            {
                var leave = member.Leave.FirstOrDefault(l => l.Covers(day));
                var entries = Entries(calendar, day, slots[(member.Id, day)].ToList(), blockouts[member.Id]);
                return new WeekCell(day, leave is null ? null : $"{leave.Kind} leave", entries);
            }).ToList();
            rows.Add(new WeekRow(member.Id.Value, member.FullName, member.Role.DisplayName(), calendar is not null, cells));
        }

        var sites = withSites
            ? await db.Sites.AsNoTracking().Where(s => db.Calendars.Any(c => c.SiteId == s.Id)).OrderBy(s => s.Name).Select(s => new SiteOption(s.Id.Value, s.Name)).ToListAsync(ct)
            : [];
        var previous = WorkingDays.Add(first, -WorkingDaysShown, site.District);
        var next = WorkingDays.Add(last, 1, site.District);
        return Outcome<CalendarWeek>.Done(new CalendarWeek(site.Id.Value, site.Name, days, skipped, previous, next, rows, sites));
    }

    private static List<WeekEntry> Entries(CaseManagerCalendar? calendar, DateOnly day, List<SlotState> slots, IEnumerable<CalendarBlockout> blockouts)
    {
        var entries = new List<WeekEntry>();
        foreach (var block in calendar?.BlocksOn(day.DayOfWeek) ?? [])
        {
            var inBlock = slots.Where(s => NzLocalTime.TimeOf(s.Slot.StartsAt) is var t && t >= block.Start && t < block.End).ToList();
            entries.Add(new WeekEntry(block.Start, block.End, block.Kind.DisplayName(), Css(block.Kind),
                inBlock.Count(s => s.AppointmentId is not null), inBlock.Count(s => s.IsFree), null));
        }

        var dayStart = NzLocalTime.ToUtc(day, TimeOnly.MinValue);
        var dayEnd = NzLocalTime.ToUtc(day.AddDays(1), TimeOnly.MinValue);
        foreach (var b in blockouts.Where(b => b.From < dayEnd && b.To > dayStart))
        {
            var from = b.From <= dayStart ? TimeOnly.MinValue : NzLocalTime.TimeOf(b.From);
            var to = b.To >= dayEnd ? TimeOnly.MaxValue : NzLocalTime.TimeOf(b.To);
            entries.Add(new WeekEntry(from, to, $"Blocked out: {b.Reason.DisplayName().ToLowerInvariant()}", "block-blockout", 0, 0, b.Note));
        }

        return [.. entries.OrderBy(e => e.Start)];
    }

    private static string Css(CalendarBlockKind kind) => kind switch
    {
        CalendarBlockKind.ProactiveAppointments => "block-appointments",
        CalendarBlockKind.ReactiveAppointments => "block-reactive",
        CalendarBlockKind.Break => "block-break",
        CalendarBlockKind.Admin => "block-admin",
        CalendarBlockKind.StaffBrief => "block-brief",
        _ => "block-notworking",
    };
}
