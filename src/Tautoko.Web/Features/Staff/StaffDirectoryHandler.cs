using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Staff;

public sealed record LeaveView(DateOnly From, DateOnly To, string Kind, string? Note);

public sealed record BuddyView(Guid Id, string Name, string? Phone, string Email);

public sealed record StaffView(
    Guid Id,
    string StaffNumber,
    string Name,
    StaffRole Role,
    string RoleName,
    CaseManagerVariant Variant,
    Guid SiteId,
    string Site,
    decimal Fte,
    Gender Gender,
    string? Phone,
    string Email,
    BuddyView? Buddy,
    bool OnLeaveToday,
    IReadOnlyList<LeaveView> CurrentAndUpcomingLeave,
    string? OutOfOffice,
    string VoicemailGreeting);

public sealed record StaffQuery(string? Name, Guid? SiteId, StaffRole? Role);

/// <summary>The staff directory: who works where, their buddy and leave .</summary>
public sealed class StaffDirectoryHandler(TautokoDbContext db, TimeProvider clock)
{
    public async Task<Paged<StaffView>> ListAsync(StaffQuery query, PageRequest page, CancellationToken ct)
    {
        var staff = db.Staff.AsNoTracking().Where(s => s.IsActive);
        if (query.SiteId is { } site)
        {
            var siteId = new SiteId(site);
            staff = staff.Where(s => s.SiteId == siteId);
        }

        if (query.Role is { } role)
        {
            staff = staff.Where(s => s.Role == role);
        }

        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var name = query.Name.Trim();
            staff = staff.Where(s => s.FirstName.StartsWith(name) || s.LastName.StartsWith(name) || s.StaffNumber == name);
        }

        var total = await staff.CountAsync(ct);
        var members = await staff.OrderBy(s => s.LastName).ThenBy(s => s.FirstName).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var items = await DescribeAsync(members, ct);
        return new Paged<StaffView>(items, page.Page, page.PageSize, total);
    }

    public async Task<StaffView?> GetAsync(StaffId id, CancellationToken ct)
    {
        var member = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return member is null ? null : (await DescribeAsync([member], ct))[0];
    }

    private async Task<IReadOnlyList<StaffView>> DescribeAsync(IReadOnlyList<StaffMember> members, CancellationToken ct)
    {
        var today = DateDisplay.TodayInAuckland(clock);
        var siteIds = members.Select(m => m.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var buddyIds = members.Where(m => m.BuddyId is not null).Select(m => m.BuddyId!.Value).Distinct().ToList();
        var buddies = await db.Staff.AsNoTracking().Where(s => buddyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return [.. members.Select(m => View(m, buddies, sites, today))];
    }

    private static StaffView View(StaffMember m, Dictionary<StaffId, StaffMember> buddies, Dictionary<SiteId, string> sites, DateOnly today)
    {
        var buddy = m.BuddyId is { } b && buddies.TryGetValue(b, out var found) ? found : null;

        // the out-of-office (planned leave, or unplanned over a day) and the voicemail greeting for today.
        var cover = buddy is null ? null : new AwayCover(buddy.FullName, buddy.Phone, buddy.Email);
        return new StaffView(
            m.Id.Value,
            m.StaffNumber,
            m.FullName,
            m.Role,
            m.Variant == CaseManagerVariant.None ? m.Role.DisplayName() : $"{m.Role.DisplayName()} ({m.Variant.DisplayName()})",
            m.Variant,
            m.SiteId.Value,
            sites.GetValueOrDefault(m.SiteId, string.Empty),
            m.Fte,
            m.Gender,
            m.Phone,
            m.Email,
            buddy is null ? null : new BuddyView(buddy.Id.Value, buddy.FullName, buddy.Phone, buddy.Email),
            m.IsOnLeave(today),
            [.. m.Leave.Where(l => l.To >= today).OrderBy(l => l.From).Select(l => new LeaveView(l.From, l.To, l.Kind.ToString(), l.Note))],
            AwayMessages.OutOfOfficeToday(m.FullName, m.Leave, today, cover),
            AwayMessages.Greeting(m.FullName, m.Leave, today, cover));
    }
}
