using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Quality;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Quality;

/// <summary>
/// the accuracy measure (target 95 %) of a site or the country for a period, from the quality checks recorded on
/// actions processed in it: correct / checked, the sample size and the 95 % Wilson interval. The National Quality Team and
/// national office read every site; a service centre manager reads their own site.
/// </summary>
public sealed class QualityAccuracyHandler(TautokoDbContext db, CurrentStaff me, TimeProvider clock)
{
    public const int MaxPeriodDays = 3 * 366;

    public async Task<Outcome<QualityAccuracyReport>> ReadAsync(Guid? siteId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var everywhere = me.IsSignedIn && me.Role is StaffRole.QualityChecker or StaffRole.NationalOffice;
        var ownSite = me.IsSignedIn && me.Role == StaffRole.ServiceCentreManager && siteId is { } s && me.SiteId == new SiteId(s);
        if (!everywhere && !ownSite)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule,
                "The accuracy measure is read by the National Quality Team, national office, and a service centre manager for their own site (R-100)."));
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var last = to ?? today;
        var problems = new Dictionary<string, string[]>();
        var whyTo = PlausibleDates.WhyNotQueryDate(last, today);
        // The default period is the twelve months to the last day (only counted from a plausible day).
        var first = from ?? (whyTo is null ? last.AddMonths(-12).AddDays(1) : today);
        if (PlausibleDates.WhyNotQueryDate(first, today) is { } whyFrom)
        {
            problems["from"] = [whyFrom];
        }

        if (whyTo is not null)
        {
            problems["to"] = [whyTo];
        }
        else if (last < first || last.DayNumber - first.DayNumber >= MaxPeriodDays)
        {
            problems["to"] = [$"The last day is on or after the first day, at most {MaxPeriodDays} days later."];
        }

        string? siteName = null;
        if (siteId is { } id && (siteName = await db.Sites.AsNoTracking().Where(x => x.Id == new SiteId(id)).Select(x => x.Name).SingleOrDefaultAsync(ct)) is null)
        {
            problems["siteId"] = ["There is no such site."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var query = db.ResultedQualityChecks(first, last);
        if (siteId is { } only)
        {
            query = query.Where(c => c.SiteId == new SiteId(only));
        }

        var rows = await query.GroupBy(c => new { c.SiteId, c.Result, c.ErrorType }).Select(g => new { g.Key.SiteId, g.Key.Result, g.Key.ErrorType, Count = g.Count() }).ToListAsync(ct);
        var total = Of(rows.Sum(r => r.Count), rows.Where(r => r.Result == QualityCheckResult.Correct).Sum(r => r.Count));
        var errorTypes = rows.Where(r => r.ErrorType is not null).GroupBy(r => r.ErrorType!.Value).OrderBy(g => g.Key)
            .Select(g => new ErrorTypeCount(QualityPopulation.Word(g.Key), g.Key.DisplayName(), g.Sum(r => r.Count))).ToList();
        var siteIds = rows.Select(r => r.SiteId).Distinct().ToList();
        var names = await db.Sites.AsNoTracking().Where(x => siteIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var bySite = rows.GroupBy(r => r.SiteId)
            .Select(g => new SiteAccuracy(g.Key.Value, names.GetValueOrDefault(g.Key, "?"), Of(g.Sum(r => r.Count), g.Where(r => r.Result == QualityCheckResult.Correct).Sum(r => r.Count))))
            .OrderBy(x => x.SiteName, StringComparer.Ordinal).ToList();
        return new QualityAccuracyReport(siteId, siteName ?? "New Zealand", first, last, total, errorTypes, bySite);
    }

    private static AccuracyView Of(int @checked, int correct) => AccuracyView.Of(AccuracyEstimate.From(correct, @checked));
}
