using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.DiscretionaryFund;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.DiscretionaryFund;

/// <summary>
/// Discretionary fund spend (granted amounts, NZD) per case manager, site and month (004 §2.6). National office sees every
/// site; a Service Centre Manager their own site; an ICSM their own grants. No client appears in it.
/// </summary>
public sealed class SpendHandler(TautokoDbContext db, CurrentStaff me, TimeProvider clock)
{
    /// <summary>The longest span one report covers.</summary>
    public const int MaxMonths = 36;

    public static bool TryMonth(string? text, out DateOnly month) =>
        DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);

    public async Task<Outcome<SpendView>> SpendAsync(string? from, string? to, Guid? siteId, CancellationToken ct)
    {
        var today = DateDisplay.TodayInAuckland(clock);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var problems = new Dictionary<string, string[]>();
        var first = thisMonth.AddMonths(-11);
        var last = thisMonth;
        if (!string.IsNullOrWhiteSpace(from) && !TryMonth(from, out first))
        {
            problems["from"] = ["from is a month, yyyy-MM."];
        }

        if (!string.IsNullOrWhiteSpace(to) && !TryMonth(to, out last))
        {
            problems["to"] = ["to is a month, yyyy-MM."];
        }

        if (problems.Count == 0)
        {
            if (PlausibleDates.WhyNotQueryDate(first, today) is { } f)
            {
                problems["from"] = [f];
            }
            else if (PlausibleDates.WhyNotQueryDate(last, today) is { } t)
            {
                problems["to"] = [t];
            }
            else if (last < first)
            {
                problems["to"] = ["to is the same month as from or later."];
            }
            else if (last > first.AddMonths(MaxMonths - 1))
            {
                problems["to"] = [$"A report covers at most {MaxMonths} months."];
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var viewer = me.Viewer;
        var end = last.AddMonths(1);
        var query = db.DiscretionaryFundGrants.AsNoTracking().Where(g => g.Status == DiscretionaryFundStatus.Granted && g.GrantedOn >= first && g.GrantedOn < end);
        switch (viewer.Role)
        {
            case StaffRole.NationalOffice:
                if (siteId is { } only)
                {
                    var site = new SiteId(only);
                    query = query.Where(g => g.SiteId == site);
                }

                break;
            case StaffRole.ServiceCentreManager when siteId is null || siteId == viewer.SiteId.Value:
                query = query.Where(g => g.SiteId == viewer.SiteId);
                break;
            case StaffRole.ServiceCentreManager:
                return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.ScopeRule, "A Service Centre Manager sees their own site's discretionary fund spend."));
            case StaffRole.IntensiveClientSupportManager:
                query = query.Where(g => g.CaseManagerId == viewer.StaffId);
                break;
            default:
                return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "Discretionary fund spend is reported to ICSMs, Service Centre Managers and National Office."));
        }

        // Amounts are summed here, exactly, as decimals (SQLite keeps decimals as text and cannot add them).
        var grants = await query.Select(g => new { g.GrantedOn, g.SiteId, g.CaseManagerId, g.Amount }).ToListAsync(ct);
        var staffIds = grants.Select(g => g.CaseManagerId).Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        var siteIds = grants.Select(g => g.SiteId).Distinct().ToList();
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var rows = grants
            .GroupBy(g => (Month: Month(g.GrantedOn!.Value), g.SiteId, g.CaseManagerId))
            .Select(r => new SpendRow(r.Key.Month, r.Key.SiteId.Value, sites.GetValueOrDefault(r.Key.SiteId, "?"), r.Key.CaseManagerId.Value, staff.GetValueOrDefault(r.Key.CaseManagerId, "?"), r.Count(), r.Sum(g => g.Amount)))
            .OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Site, StringComparer.Ordinal).ThenBy(r => r.CaseManager, StringComparer.Ordinal)
            .ToList();
        var byMonth = rows.GroupBy(r => r.Month).Select(m => new SpendTotal(m.Key, m.Key, m.Sum(r => r.Grants), m.Sum(r => r.Amount))).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        var bySite = rows.GroupBy(r => (r.SiteId, r.Site)).Select(s => new SpendTotal(s.Key.SiteId.ToString(), s.Key.Site, s.Sum(r => r.Grants), s.Sum(r => r.Amount))).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new SpendView(Month(first), Month(last), rows, byMonth, bySite, rows.Sum(r => r.Amount));
    }
}
