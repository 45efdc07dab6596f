using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;

namespace Tautoko.Web.Platform;

/// <summary>The levels a figures report may be asked for: the whole country, a region, a site, or one staff member.</summary>
public enum ReportLevel
{
    Country = 0,
    Region = 1,
    Site = 2,
    Staff = 3,
}

/// <summary>A report's scope and period once checked: the sites it covers (null for the whole country) or the one staff member.</summary>
public sealed record ReportScope(ReportLevel Level, Guid? Id, string Name, IReadOnlyList<SiteId>? Sites, StaffId? StaffId, DateOnly From, DateOnly To);

/// <summary>A report's period once checked: its first and last days, and today (Pacific/Auckland) when it was checked.</summary>
public readonly record struct ReportPeriod(DateOnly From, DateOnly To, DateOnly Today);

/// <summary>A case manager's or a site's measures once checked: the site they cover, the period, and today (Pacific/Auckland).</summary>
public sealed record CaseManagerOrSiteScope(SiteId Site, DateOnly From, DateOnly To, DateOnly Today);

/// <summary>
/// What a report offers: its levels (in the order the "choose" message names them), the level when none is asked for, and
/// the sentence a refused reader is given.
/// </summary>
public sealed record ReportScopeRule(IReadOnlyList<ReportLevel> Levels, ReportLevel DefaultLevel, string Refusal)
{
    public string ChooseLevel => "Choose " + string.Join(", ", Levels.Take(Levels.Count - 1).Select(Name)) + " or " + Name(Levels[^1]) + ".";

    private static string Name(ReportLevel level) => level.ToString().ToLowerInvariant();
}

/// <summary>
/// Reads level, id and period for a figures report (measures, fairness) and checks who may see them: national office sees
/// every level; a service centre manager their own site and its staff; anyone their own figures (level staff, their own id),
/// where the report offers the staff level. A period is at most a year (a year and a day, for a leap year), 28 days to today
/// by default; region needs its id, site defaults to the reader's own, staff to the reader.
/// </summary>
public static class ReportScopes
{
    public const int MaxDays = 366;

    /// <summary>
    /// Checks a report's period: each date plausible, at most a year (a year and a day, for a leap year), from before to;
    /// 28 days to today by default.
    /// </summary>
    public static Outcome<ReportPeriod> ResolvePeriod(TimeProvider clock, DateOnly? from, DateOnly? to)
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

        return new ReportPeriod(first, last, today);
    }

    /// <summary>
    /// Checks the scope of a case manager's or a site's measures (seed 002's IEP, employment outcome and referral measures):
    /// the period as <see cref="ResolvePeriod"/>; the case manager must exist and, when a site is asked too, work there;
    /// without a case manager the site asked, or the reader's own. National office sees any, a service centre manager their
    /// own site, anyone their own figures; others are given <paramref name="refusal"/>.
    /// </summary>
    public static async Task<Outcome<CaseManagerOrSiteScope>> ResolveCaseManagerOrSiteAsync(
        TautokoDbContext db, CurrentStaff staff, TimeProvider clock, string refusal, StaffId? caseManagerId, SiteId? siteId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var period = ResolvePeriod(clock, from, to);
        if (period.Failure is { } invalid)
        {
            return invalid;
        }

        SiteId site;
        if (caseManagerId is { } cm)
        {
            var member = await db.Staff.AsNoTracking().Where(s => s.Id == cm).Select(s => new { s.SiteId }).SingleOrDefaultAsync(ct);
            if (member is null)
            {
                return Failure.Invalid("caseManagerId", "No such case manager.");
            }

            if (siteId is { } asked && asked != member.SiteId)
            {
                return Failure.Invalid("siteId", "The case manager works at another site.");
            }

            site = member.SiteId;
        }
        else
        {
            site = siteId ?? staff.SiteId;
        }

        var allowed = staff.Role == StaffRole.NationalOffice
            || (staff.Role == StaffRole.ServiceCentreManager && site == staff.SiteId)
            || (caseManagerId is { } self && self == staff.Id);
        if (!allowed)
        {
            return Failure.Refused(AccessDecision.Refuse("role", refusal));
        }

        var (first, last, today) = period.Value;
        return new CaseManagerOrSiteScope(site, first, last, today);
    }

    public static async Task<Outcome<ReportScope>> ResolveAsync(
        TautokoDbContext db, CurrentStaff staff, TimeProvider clock, ReportScopeRule rule, string? level, Guid? id, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var period = ResolvePeriod(clock, from, to);
        if (period.Failure is { } invalid)
        {
            return invalid;
        }

        var (first, last, _) = period.Value;
        var kind = rule.DefaultLevel;
        if (level is not null && (!Enum.TryParse(level, ignoreCase: true, out kind) || !rule.Levels.Contains(kind) || int.TryParse(level, out _)))
        {
            return Failure.Invalid("level", rule.ChooseLevel);
        }

        if (kind == ReportLevel.Region && id is null)
        {
            return Failure.Invalid("id", "Choose the region.");
        }

        var national = staff.Role == StaffRole.NationalOffice;
        var refused = Failure.Refused(AccessDecision.Refuse("role", rule.Refusal));
        switch (kind)
        {
            case ReportLevel.Country:
                return national ? new ReportScope(kind, null, "New Zealand", null, null, first, last) : refused;
            case ReportLevel.Region:
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
                return new ReportScope(kind, id, region.Name, sites, null, first, last);
            case ReportLevel.Site:
                var siteId = new SiteId(id ?? staff.SiteId.Value);
                var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId).Select(s => new { s.Name }).SingleOrDefaultAsync(ct);
                if (site is null)
                {
                    return Failure.Invalid("id", "No such site.");
                }

                return national || (staff.Role == StaffRole.ServiceCentreManager && siteId == staff.SiteId)
                    ? new ReportScope(kind, siteId.Value, site.Name, [siteId], null, first, last)
                    : refused;
            default:
                var memberId = new StaffId(id ?? staff.Id.Value);
                var member = await db.Staff.AsNoTracking().Where(s => s.Id == memberId).Select(s => new { s.FirstName, s.LastName, s.SiteId }).SingleOrDefaultAsync(ct);
                if (member is null)
                {
                    return Failure.Invalid("id", "No such staff member.");
                }

                return national || memberId == staff.Id || (staff.Role == StaffRole.ServiceCentreManager && member.SiteId == staff.SiteId)
                    ? new ReportScope(kind, memberId.Value, $"{member.FirstName} {member.LastName}", null, memberId, first, last)
                    : refused;
        }
    }
}
