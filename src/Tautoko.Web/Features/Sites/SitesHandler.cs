using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Data;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Sites;

public sealed record SessionView(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

public sealed record SiteView(
    Guid Id,
    string Code,
    string Name,
    SiteKind Kind,
    string KindName,
    Guid RegionId,
    string Region,
    string District,
    string? Address,
    string? Phone,
    IReadOnlyList<SessionView> OpeningHours,
    IReadOnlyList<string> ServedRegions,
    IReadOnlyList<HolidayView> UpcomingHolidays);

public sealed record HolidayView(DateOnly Date, string Name);

public sealed record SiteQuery(string? Name, Guid? RegionId, SiteKind? Kind);

/// <summary>Sites with their region, hours and the holidays they close for .</summary>
public sealed class SitesHandler(TautokoDbContext db, TimeProvider clock)
{
    public async Task<Paged<SiteView>> ListAsync(SiteQuery query, PageRequest page, CancellationToken ct)
    {
        var sites = db.Sites.AsNoTracking();
        if (query.RegionId is { } region)
        {
            var regionId = new RegionId(region);
            sites = sites.Where(s => s.RegionId == regionId);
        }

        if (query.Kind is { } kind)
        {
            sites = sites.Where(s => s.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var name = query.Name.Trim();
            sites = sites.Where(s => s.Name.Contains(name) || s.Code == name);
        }

        var total = await sites.CountAsync(ct);
        var list = await sites.OrderBy(s => s.Name).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new Paged<SiteView>(await DescribeAsync(list, ct), page.Page, page.PageSize, total);
    }

    public async Task<SiteView?> GetAsync(SiteId id, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return site is null ? null : (await DescribeAsync([site], ct))[0];
    }

    public Task<List<Region>> RegionsAsync(CancellationToken ct) => db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);

    private async Task<IReadOnlyList<SiteView>> DescribeAsync(IReadOnlyList<Site> sites, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var today = DateDisplay.TodayInAuckland(clock);
        return [.. sites.Select(s => new SiteView(
            s.Id.Value,
            s.Code,
            s.Name,
            s.Kind,
            s.Kind.DisplayName(),
            s.RegionId.Value,
            regions.GetValueOrDefault(s.RegionId, string.Empty),
            AnniversaryDistricts.DisplayName(s.District),
            s.Address,
            s.Phone,
            [.. s.OpeningSessions.OrderBy(o => ((int)o.Day + 6) % 7).ThenBy(o => o.Opens).Select(o => new SessionView(o.Day, o.Opens, o.Closes))],
            [.. s.ServedRegionIds.Select(r => regions.GetValueOrDefault(r, string.Empty))],
            [.. WorkingDays.HolidaysBetween(today.AddDays(-1), today.AddDays(90), s.District).Select(h => new HolidayView(h.Date, h.Name))]))];
    }
}
