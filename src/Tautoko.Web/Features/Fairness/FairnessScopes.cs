using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Fairness;

public enum FairnessLevel
{
    Country = 0,
    Region = 1,
    Site = 2,
}

/// <summary>The scope and period of a fairness report, once checked: the sites whose clients it counts (null for the whole country).</summary>
public sealed record FairnessScope(FairnessLevel Level, Guid? Id, string Name, IReadOnlyList<SiteId>? Sites, DateOnly From, DateOnly To);

/// <summary>
/// Reads level, id and period and checks who may see them, with the access rules of the monitors and measures report:
/// national office sees every level; a service centre manager their own site; nobody else (a breakdown of one person's
/// clients would be too small to protect). A period is at most a year (a year and a day, for a leap year), 28 days to
/// today by default; the level is country, region or site (site defaults to the reader's own).
/// </summary>
public sealed class FairnessScopes(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public const int MaxDays = 366;

    public async Task<Outcome<FairnessScope>> ResolveAsync(string? level, Guid? id, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = DateDisplay.TodayInAuckland(clock);
        foreach (var (name, date) in new[] { ("from", from), ("to", to) })
        {
            if (date is { } asked && PlausibleDates.WhyNotQueryDate(asked, today) is { } problem)
            {
                return Failure.Invalid(name, problem);
            }
        }

        var last = to ?? today;
        var first = from ?? last.AddDays(-27);
        if (first > last || last.DayNumber - first.DayNumber > MaxDays)
        {
            return Failure.Invalid("from", "Choose a period of at most a year, from before to.");
        }

        if (!Enum.TryParse<FairnessLevel>(level ?? "site", ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(level, out _))
        {
            return Failure.Invalid("level", "Choose country, region or site.");
        }

        if (kind == FairnessLevel.Region && id is null)
        {
            return Failure.Invalid("id", "Choose the region.");
        }

        var national = staff.Role == StaffRole.NationalOffice;
        var refused = Failure.Refused(AccessDecision.Refuse("role", "Only national office, or a service centre manager for their own site, see the fairness report."));
        switch (kind)
        {
            case FairnessLevel.Country:
                return national ? new FairnessScope(kind, null, "New Zealand", null, first, last) : refused;
            case FairnessLevel.Region:
                var regionId = new RegionId(id!.Value);
                var region = await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => new { r.Name }).SingleOrDefaultAsync(ct);
                if (region is null)
                {
                    return Failure.Invalid("id", "No such region.");
                }

                if (!national)
                {
                    return refused;
                }

                var sites = await db.Sites.AsNoTracking().Where(s => s.RegionId == regionId).Select(s => s.Id).ToListAsync(ct);
                return new FairnessScope(kind, id, region.Name, sites, first, last);
            default:
                var siteId = new SiteId(id ?? staff.SiteId.Value);
                var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId).Select(s => new { s.Name }).SingleOrDefaultAsync(ct);
                if (site is null)
                {
                    return Failure.Invalid("id", "No such site.");
                }

                return national || (staff.Role == StaffRole.ServiceCentreManager && siteId == staff.SiteId)
                    ? new FairnessScope(kind, siteId.Value, site.Name, [siteId], first, last)
                    : refused;
        }
    }
}
