using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;

namespace Tautoko.Core.Appointments;

/// <summary>One slot of a weekday's pattern, in New Zealand wall-clock time.</summary>
public readonly record struct DaySlot(TimeOnly Start, TimeOnly End, SlotKind Kind)
{
    public int Minutes => (int)(End - Start).TotalMinutes;
}

/// <summary>A slot the calendar offers on a date, ready to be stored.</summary>
public sealed record PlannedSlot(StaffId StaffId, SiteId SiteId, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt, SlotKind Kind);

/// <summary>
/// Turns a calendar template into slots: appointment blocks are cut into slots of their length with the
/// buffer after each, only inside the site's opening sessions, and only on the site's
/// working days — never on a public holiday of its district.
/// </summary>
public static class SlotPlanner
{
    public static IReadOnlyList<DaySlot> DayPattern(IEnumerable<CalendarBlock> blocks, DayOfWeek day, int bufferMinutes, IReadOnlyList<OpeningSession> sessions)
    {
        var open = sessions.Where(s => s.Day == day).OrderBy(s => s.Opens).Select(s => (Opens: Minutes(s.Opens), Closes: Minutes(s.Closes))).ToList();
        var slots = new List<DaySlot>();
        int? lastEnd = null;
        foreach (var block in blocks.Where(b => b.Day == day && b.IsAppointments).OrderBy(b => b.Start))
        {
            var kind = block.Kind == CalendarBlockKind.ReactiveAppointments ? SlotKind.Reactive : SlotKind.Proactive;
            var end = Minutes(block.End);
            var t = Minutes(block.Start);
            if (lastEnd is { } previous && previous <= t && previous + bufferMinutes > t)
            {
                // The buffer follows the previous appointment even when the next block starts straight after it.
                t = previous + bufferMinutes;
            }

            while (t + block.SlotMinutes <= end)
            {
                var slotEnd = t + block.SlotMinutes;
                var session = open.FindIndex(s => t >= s.Opens && slotEnd <= s.Closes);
                if (session >= 0)
                {
                    slots.Add(new DaySlot(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(t)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(slotEnd)), kind));
                    lastEnd = slotEnd;
                    t = slotEnd + bufferMinutes;
                    continue;
                }

                // Not inside opening hours: skip to the next session that starts within the block, if any.
                var next = open.FirstOrDefault(s => s.Opens > t && s.Opens + block.SlotMinutes <= Math.Min(end, s.Closes));
                if (next == default)
                {
                    break;
                }

                t = next.Opens;
            }
        }

        return slots;
    }

    /// <summary>Every slot the calendar offers from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static IEnumerable<PlannedSlot> Plan(CaseManagerCalendar calendar, Site site, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(site);
        var patterns = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, d => DayPattern(calendar.Blocks, d, calendar.BufferMinutes, site.OpeningSessions));
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            // no appointments on weekends or the public holidays of the site's district.
            if (!WorkingDays.IsWorkingDay(date, site.District))
            {
                continue;
            }

            foreach (var slot in patterns[date.DayOfWeek])
            {
                yield return new PlannedSlot(calendar.StaffId, site.Id, date, NzLocalTime.ToUtc(date, slot.Start), NzLocalTime.ToUtc(date, slot.End), slot.Kind);
            }
        }
    }

    internal static int Minutes(TimeOnly time) => (time.Hour * 60) + time.Minute;
}
