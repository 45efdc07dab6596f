using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Measures;

public enum MeasureLevel
{
    Country = 0,
    Region = 1,
    Site = 2,
    Staff = 3,
}

/// <summary>The scope and period a measure is asked for, once checked: the sites it covers (null for the whole country) or the one staff member.</summary>
public sealed record MeasureScope(MeasureLevel Level, Guid? Id, string Name, IReadOnlyList<SiteId>? Sites, StaffId? StaffId, DateOnly From, DateOnly To);

/// <summary>
/// Reads level, id and period and checks who may see them, as the IEP, employment-outcome and referral measures do:
/// national office sees every level; a service centre manager their own site and its staff; anyone their own figures
/// (level staff, their own id). A period is at most a year (a year and a day, for a leap year), 28 days to today by default.
/// </summary>
public sealed class MeasureScopes(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public const int MaxDays = 366;

    public async Task<Outcome<MeasureScope>> ResolveAsync(string? level, Guid? id, DateOnly? from, DateOnly? to, CancellationToken ct)
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

        if (!Enum.TryParse<MeasureLevel>(level ?? "staff", ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(level, out _))
        {
            return Failure.Invalid("level", "Choose country, region, site or staff.");
        }

        if (kind == MeasureLevel.Region && id is null)
        {
            return Failure.Invalid("id", "Choose the region.");
        }

        var national = staff.Role == StaffRole.NationalOffice;
        var refused = Failure.Refused(AccessDecision.Refuse("role", "Only the staff member themselves, the site's manager or national office see these measures."));
        switch (kind)
        {
            case MeasureLevel.Country:
                return national ? new MeasureScope(kind, null, "New Zealand", null, null, first, last) : refused;
            case MeasureLevel.Region:
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
                return new MeasureScope(kind, id, region.Name, sites, null, first, last);
            case MeasureLevel.Site:
                var siteId = new SiteId(id ?? staff.SiteId.Value);
                var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId).Select(s => new { s.Name }).SingleOrDefaultAsync(ct);
                if (site is null)
                {
                    return Failure.Invalid("id", "No such site.");
                }

                return national || (staff.Role == StaffRole.ServiceCentreManager && siteId == staff.SiteId)
                    ? new MeasureScope(kind, siteId.Value, site.Name, [siteId], null, first, last)
                    : refused;
            default:
                var memberId = new StaffId(id ?? staff.Id.Value);
                var member = await db.Staff.AsNoTracking().Where(s => s.Id == memberId).Select(s => new { s.FirstName, s.LastName, s.SiteId }).SingleOrDefaultAsync(ct);
                if (member is null)
                {
                    return Failure.Invalid("id", "No such staff member.");
                }

                return national || memberId == staff.Id || (staff.Role == StaffRole.ServiceCentreManager && member.SiteId == staff.SiteId)
                    ? new MeasureScope(kind, memberId.Value, $"{member.FirstName} {member.LastName}", null, memberId, first, last)
                    : refused;
        }
    }
}
