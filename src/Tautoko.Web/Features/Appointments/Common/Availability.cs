using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Data;

namespace Tautoko.Web.Features.Appointments.Common;

/// <summary>What booking into one case manager's calendar depends on: who they are, their calendar, site and block-outs.</summary>
public sealed record CalendarOwner(StaffMember Staff, CaseManagerCalendar? Calendar, Site Site, IReadOnlyList<CalendarBlockout> Blockouts)
{
    public AppointmentChannel DefaultChannel => ChannelFor(Staff.Variant);

    /// <summary>R-033: phone-based case managers see clients by phone; everyone else face-to-face unless asked.</summary>
    public static AppointmentChannel ChannelFor(CaseManagerVariant variant) =>
        variant == CaseManagerVariant.PhoneBased ? AppointmentChannel.Phone : AppointmentChannel.FaceToFace;

    public SlotContext Context(bool taken) =>
        new(Staff.Variant, Calendar?.IsLocked ?? false, Calendar?.LockedReason, Staff.Leave, Blockouts, taken, Site.District);
}

/// <summary>A slot and whether it can be booked now; <see cref="Unavailable"/> says why not.</summary>
public sealed record SlotState(AppointmentSlot Slot, CalendarOwner Owner, AppointmentId? AppointmentId, DomainError? Unavailable)
{
    public bool IsFree => Unavailable is null;
}

/// <summary>
/// Finds free slots: the slot rows of a range with no appointment holding them (an anti-join on the
/// unique slot index), then the booking policy for leave, block-outs, reactive time and holidays.
/// </summary>
public sealed class Availability(TautokoDbContext db, TimeProvider clock)
{
    private const int Chunk = 400;

    public async Task<Dictionary<StaffId, CalendarOwner>> OwnersAsync(IReadOnlyCollection<StaffId> staffIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToListAsync(ct);
        var calendars = await db.Calendars.AsNoTracking().Where(c => staffIds.Contains(c.StaffId)).ToDictionaryAsync(c => c.StaffId, ct);
        var siteIds = staff.Select(s => s.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var blockouts = (await db.CalendarBlockouts.AsNoTracking().Where(b => staffIds.Contains(b.StaffId) && b.From < to && b.To > from).ToListAsync(ct))
            .ToLookup(b => b.StaffId);
        return staff.ToDictionary(s => s.Id, s => new CalendarOwner(s, calendars.GetValueOrDefault(s.Id), sites[s.SiteId], [.. blockouts[s.Id]]));
    }

    /// <summary>Every slot of these case managers in [from, to), booked or not, with why it cannot be booked.</summary>
    public async Task<IReadOnlyList<SlotState>> SlotsAsync(IReadOnlyCollection<StaffId> staffIds, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var owners = await OwnersAsync(staffIds, start, end, ct);
        var rows = await (
                from s in db.AppointmentSlots.AsNoTracking()
                where staffIds.Contains(s.StaffId) && s.StartsAt >= start && s.StartsAt < end && !s.IsWithdrawn
                join a in db.Appointments on s.Id equals a.SlotId into held
                from a in held.DefaultIfEmpty()
                orderby s.StartsAt, s.StaffId
                select new { Slot = s, AppointmentId = a == null ? (AppointmentId?)null : a.Id })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return [.. rows.Where(r => owners.ContainsKey(r.Slot.StaffId)).Select(r => State(r.Slot, owners[r.Slot.StaffId], r.AppointmentId, now))];
    }

    /// <summary>The first <paramref name="count"/> free slots of these case managers from <paramref name="from"/>, within <paramref name="to"/>.</summary>
    public async Task<IReadOnlyList<SlotState>> FreeAsync(IReadOnlyCollection<StaffId> staffIds, DateTimeOffset from, DateTimeOffset to, int count, CancellationToken ct)
    {
        var owners = await OwnersAsync(staffIds, from, to, ct);
        return await FreeAsync(db.AppointmentSlots.Where(s => staffIds.Contains(s.StaffId)), owners, from, to, count, ct);
    }

    /// <summary>The next free slots across a whole site: one indexed range scan on (site, start), however many calendars it has.</summary>
    public async Task<IReadOnlyList<SlotState>> NextFreeAtSiteAsync(SiteId siteId, DateTimeOffset from, DateTimeOffset to, int count, SlotKind? kind, CancellationToken ct)
    {
        var staffIds = await db.Calendars.AsNoTracking().Where(c => c.SiteId == siteId).Select(c => c.StaffId).ToListAsync(ct);
        var owners = await OwnersAsync(staffIds, from, to, ct);
        var slots = db.AppointmentSlots.Where(s => s.SiteId == siteId);
        if (kind is { } k)
        {
            slots = slots.Where(s => s.Kind == k);
        }

        return await FreeAsync(slots, owners, from, to, count, ct);
    }

    private async Task<IReadOnlyList<SlotState>> FreeAsync(IQueryable<AppointmentSlot> slots, Dictionary<StaffId, CalendarOwner> owners, DateTimeOffset start, DateTimeOffset end, int count, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var found = new List<SlotState>(count);
        var cursor = start > now ? start : now;
        while (found.Count < count)
        {
            var chunkStart = cursor;
            var chunk = await (
                    from s in slots.AsNoTracking()
                    where s.StartsAt >= chunkStart && s.StartsAt < end && !s.IsWithdrawn
                    where !db.Appointments.Any(a => a.SlotId == s.Id)
                    orderby s.StartsAt, s.StaffId
                    select s)
                .Take(Chunk)
                .ToListAsync(ct);
            foreach (var slot in chunk)
            {
                if (owners.TryGetValue(slot.StaffId, out var owner) && State(slot, owner, null, now) is { IsFree: true } free)
                {
                    found.Add(free);
                    if (found.Count == count)
                    {
                        break;
                    }
                }
            }

            if (chunk.Count < Chunk)
            {
                break;
            }

            // Slots starting at the same instant may straddle the chunk boundary; the next chunk repeats that instant.
            var last = chunk[^1].StartsAt;
            cursor = last == chunkStart ? last.AddTicks(1) : last;
            found.RemoveAll(f => f.Slot.StartsAt >= cursor);
        }

        return found;
    }

    private static SlotState State(AppointmentSlot slot, CalendarOwner owner, AppointmentId? appointmentId, DateTimeOffset now) =>
        new(slot, owner, appointmentId, BookingPolicy.WhyNot(slot, owner.Context(appointmentId is not null), owner.DefaultChannel, now));
}
