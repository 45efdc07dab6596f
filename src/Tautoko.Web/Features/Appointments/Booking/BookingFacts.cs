using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Calendar;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Messages;

namespace Tautoko.Web.Features.Appointments.Booking;

/// <summary>A past or booked appointment of the client: for the did-not-attend risk and for clashes.</summary>
internal sealed record BookedTime(DateTimeOffset StartsAt, DateTimeOffset EndsAt, AppointmentStatus Status);

/// <summary>The calendar a slot belongs to: its case manager's variant, leave, lock, district, the parties letters name, and block-outs.</summary>
internal sealed record SlotOwner(CaseManagerVariant Variant, List<StaffLeave> Leave, bool Locked, string? LockedReason, AnniversaryDistrict District, AppointmentParties Parties, List<CalendarBlockout> Blockouts);

/// <summary>Everything a booking needs to decide, read in one round trip (<see cref="BookingFactsQuery.ReadAsync"/>).</summary>
internal sealed record BookingFacts(
    AppointmentSlot Slot,
    SlotOwner Owner,
    bool OnLeave,
    bool BlockedOut,
    ClientScope Scope,
    bool HoldsBreakGlass,
    MessageRecipient Client,
    string ClientNumber,
    StaffId? CaseManagerId,
    StaffId? CaseManagersBuddyId,
    List<BookedTime> History,
    bool SiteQueueTasks);

/// <summary>The reads of a booking: the facts in one compiled query, and a calendar's owner in full when leave or block-outs need a closer look.</summary>
internal static class BookingFactsQuery
{
    /// <summary>
    /// Everything a booking needs, in one query (one round trip): the slot; its case manager with their calendar, site
    /// and buddy, and whether leave or a block-out touches the slot; the client's access scope, contact details, case
    /// manager (own or buddy cover) and past and booked appointments (for the did-not-attend risk and clashes); whether the
    /// signed-in person holds an open break-glass grant. Null when the slot or the client does not exist.
    /// </summary>
    public static async Task<BookingFacts?> ReadAsync(TautokoDbContext db, ClientId clientId, SlotId slotId, StaffId me, DateTimeOffset now, CancellationToken ct)
    {
        var row = await ReadFacts.For(db)(db, clientId, slotId, me, now, ct);
        if (row is null)
        {
            return null;
        }

        var parties = new AppointmentParties($"{row.FirstName} {row.LastName}", row.FirstName, row.Phone, row.Email, row.SiteName, row.Address, row.SitePhone, row.BuddyName, row.BuddyPhone);
        var client = new MessageRecipient(clientId, row.PreferredName ?? row.ClientFirstName, $"{row.ClientFirstName} {row.ClientLastName}", ClientNumbers.Format(row.ClientNumber), row.ClientPhone, row.ClientEmail, row.ClientAddress, row.PreferredChannel);
        return new BookingFacts(
            row.Slot,
            new SlotOwner(row.Variant, [], row.Locked, row.LockedReason, row.District, parties, []),
            row.OnLeave,
            row.BlockedOut,
            new ClientScope(row.HomeSiteId, row.RegionId, row.IsRestricted),
            row.HoldsBreakGlass,
            client,
            row.ClientNumber,
            row.CaseManagerId,
            row.CaseManagerBuddyId,
            row.History,
            row.SiteQueueTasks);
    }

    /// <summary>Everything booking into one calendar needs, in full, in two queries: the case manager with their leave, calendar, site and buddy; then their block-outs that touch the slot.</summary>
    public static async Task<SlotOwner> OwnerAsync(TautokoDbContext db, AppointmentSlot slot, CancellationToken ct)
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
        return new SlotOwner(staffMember.Variant, [.. staffMember.Leave], row.Locked, row.LockedReason, row.District, parties, blockouts);
    }

    /// <summary>
    /// The facts query, compiled once: the query is wide, and building its expression tree and looking it up in EF Core's
    /// query cache on every booking cost more CPU than the rest of the booking together (bench <c>book-load</c>). Its three
    /// shared filters are Data's own expressions, inlined before compiling: <see cref="OpenBreakGlass"/>,
    /// <see cref="SiteQueueTasks"/> and <see cref="OpenPlacements"/>.
    /// </summary>
    private static readonly PerModel<Func<TautokoDbContext, ClientId, SlotId, StaffId, DateTimeOffset, CancellationToken, Task<FactsRow?>>> ReadFacts = new(() => EF.CompileAsyncQuery(
        QueryFilters.Inline<Func<TautokoDbContext, ClientId, SlotId, StaffId, DateTimeOffset, CancellationToken, FactsRow?>>((TautokoDbContext db, ClientId clientId, SlotId slotId, StaffId me, DateTimeOffset now, CancellationToken ct) => (
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
                    HoldsBreakGlass = db.BreakGlassAccesses.Any(g => OpenBreakGlass.IsHeld(g, me, now) && g.ClientId == c.Id),
                    SiteQueueTasks = db.WorkQueueTasks.Any(t => t.ClientId == c.Id && SiteQueueTasks.IsClearedByBooking(t)),
                    // The newest open placement that carries its service tag is the client's case manager (CaseloadPlaces.Places).
                    CaseManagerId = (from p in db.Placements
                                     where p.ClientId == c.Id && OpenPlacements.IsOpen(p)
                                     join t in db.ProgrammeTags on p.TagId equals (Guid?)t.Id
                                     orderby p.StartedAt descending
                                     select (StaffId?)p.CaseManagerId).FirstOrDefault(),
                    CaseManagerBuddyId = (from p in db.Placements
                                          where p.ClientId == c.Id && OpenPlacements.IsOpen(p)
                                          join t in db.ProgrammeTags on p.TagId equals (Guid?)t.Id
                                          orderby p.StartedAt descending
                                          join m in db.Staff on p.CaseManagerId equals m.Id
                                          select m.BuddyId).FirstOrDefault(),
                    History = db.Appointments
                        .Where(a => a.ClientId == c.Id && a.Kind != AppointmentKind.WalkIn)
                        .Select(a => new BookedTime(a.StartsAt, a.EndsAt, a.Status))
                        .ToList(),
                })
            .SingleOrDefault())));

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
}
