using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Operations;

namespace Tautoko.Web.Features.Appointments.Common;

/// <summary>
/// Keeps the slot rows in step with the calendars: adds the slots a calendar offers up to the horizon,
/// withdraws free slots it no longer offers and reshapes free ones whose length or kind changed. Booked
/// and past slots are never touched. Safe to run on several nodes at once: on PostgreSQL each calendar
/// is re-planned under a transaction-scoped advisory lock on its case manager, so two nodes take turns
/// (SQLite has one writer anyway); and should two runs still collide, the (case manager, start) unique
/// index refuses the second copy of a slot and this run starts that calendar again.
/// </summary>
public sealed class SlotMaterialiser(TautokoDbContext db, TimeProvider clock, AppointmentOptions options, ILogger<SlotMaterialiser> logger)
{
    /// <summary>Days before the horizon's end that reads still check, in case an hourly horizon pass was missed.</summary>
    public const int ReadMarginDays = 7;

    /// <summary>
    /// For reads (site calendars, a case manager's slots): the hourly horizon pass (<see cref="Calendars.CalendarHorizonService"/>)
    /// and every calendar edit keep slots made up to today + <see cref="AppointmentOptions.HorizonDays"/>, so a read makes
    /// only the days beyond what they guarantee (less a week's margin), instead of re-planning every calendar it shows
    /// under a lock on each request.
    /// </summary>
    public Task<int> EnsureForReadAsync(IReadOnlyCollection<StaffId> staffIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var guaranteedUntil = NzLocalTime.Today(clock).AddDays(Math.Max(0, options.HorizonDays - ReadMarginDays));
        var start = from > guaranteedUntil ? from : guaranteedUntil.AddDays(1);
        return start > to ? Task.FromResult(0) : EnsureAsync(staffIds, start, to, ct);
    }

    public async Task<int> EnsureAsync(IReadOnlyCollection<StaffId>? staffIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var today = NzLocalTime.Today(clock);
        from = from < today ? today : from;
        if (to < from)
        {
            return 0;
        }

        var calendars = await db.Calendars.AsNoTracking()
            .Where(c => staffIds == null || staffIds.Contains(c.StaffId))
            .OrderBy(c => c.StaffId)
            .ToListAsync(ct);
        var siteIds = calendars.Select(c => c.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var changed = 0;
        foreach (var calendar in calendars)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    changed += await EnsureOneAsync(calendar, sites[calendar.SiteId], from, to, ct);
                    break;
                }
                catch (Exception ex) when (attempt < 3 && ex is DbUpdateException or InvalidOperationException { InnerException: DbUpdateException })
                {
                    // Another node added the same slots first; start again from what is there now.
                    db.ChangeTracker.Clear();
                    logger.LogInformation("Slots for calendar {CalendarId} were changed meanwhile; retrying", calendar.Id);
                }
            }
        }

        return changed;
    }

    private async Task<int> EnsureOneAsync(CaseManagerCalendar calendar, Core.Sites.Site site, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        await db.LockForSlotMaterialisingAsync(calendar.StaffId, ct);

        var planned = SlotPlanner.Plan(calendar, site, from, to).ToDictionary(p => p.StartsAt);
        var existing = await db.AppointmentSlots
            .Where(s => s.StaffId == calendar.StaffId && s.Date >= from && s.Date <= to)
            .ToListAsync(ct);
        var fromInstant = NzLocalTime.ToUtc(from, TimeOnly.MinValue);
        var toInstant = NzLocalTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
        var booked = (await db.Appointments.AsNoTracking()
                .Where(a => a.StaffId == calendar.StaffId && a.SlotId != null && a.StartsAt >= fromInstant && a.StartsAt < toInstant)
                .Select(a => a.SlotId!.Value)
                .ToListAsync(ct))
            .ToHashSet();

        var changes = 0;
        foreach (var slot in existing)
        {
            if (booked.Contains(slot.Id))
            {
                continue;
            }

            if (planned.TryGetValue(slot.StartsAt, out var plan))
            {
                if (slot.IsWithdrawn || slot.EndsAt != plan.EndsAt || slot.Kind != plan.Kind)
                {
                    slot.Reshape(plan.EndsAt, plan.Kind);
                    slot.Restore();
                    changes++;
                }
            }
            else if (!slot.IsWithdrawn)
            {
                slot.Withdraw();
                changes++;
            }
        }

        var have = existing.Select(s => s.StartsAt).ToHashSet();
        foreach (var plan in planned.Values.Where(p => !have.Contains(p.StartsAt)))
        {
            db.AppointmentSlots.Add(new AppointmentSlot(SlotId.New(), plan.StaffId, plan.SiteId, plan.Date, plan.StartsAt, plan.EndsAt, plan.Kind));
            changes++;
        }

        if (changes > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return changes;
    }
}
