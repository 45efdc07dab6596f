using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Plans;

/// <summary>
/// The IEP measures of seed 002 for a case manager or a site over a period: R-062 (a plan within 10 working days of
/// assignment to an employment caseload) and R-063 (quality: activities, none overdue), each against the 90 % target.
/// </summary>
public sealed class IepMeasuresHandler(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    private static readonly CaseManagementService[] Employment = CaseManagementServices.All.Where(s => s.IsEmployment()).ToArray();

    public async Task<Outcome<IepMeasuresView>> MeasureAsync(StaffId? caseManagerId, SiteId? siteId, DateOnly? from, DateOnly? to, CancellationToken ct)
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
        if (first > last || last.DayNumber - first.DayNumber > 366)
        {
            return Failure.Invalid("from", "Choose a period of at most a year, from before to.");
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
            return Failure.Refused(AccessDecision.Refuse("role", "Only the case manager themselves, the site's manager or national office see these measures."));
        }

        var district = await db.Sites.AsNoTracking().Where(s => s.Id == site).Select(s => (Core.Calendar.AnniversaryDistrict?)s.District).SingleOrDefaultAsync(ct);
        var placements = db.Placements.AsNoTracking().Where(p => p.SiteId == site && Employment.Contains(p.Service));
        if (caseManagerId is { } only)
        {
            placements = placements.Where(p => p.CaseManagerId == only);
        }

        // clients assigned in the period, each with the days their plans were made.
        var assigned = await placements.Where(p => p.StartedOn >= first && p.StartedOn <= last)
            .Select(p => new { p.ClientId, p.StartedOn }).ToListAsync(ct);
        var assignedClients = assigned.Select(a => a.ClientId).Distinct().ToList();
        var planDays = (await db.IndividualEmploymentPlans.AsNoTracking().Where(p => assignedClients.Contains(p.ClientId))
                .Select(p => new { p.ClientId, p.CreatedOn }).ToListAsync(ct))
            .ToLookup(p => p.ClientId, p => p.CreatedOn);
        var within = assigned.Count(a => IepMeasures.PlannedWithinTenDays(a.StartedOn, planDays[a.ClientId], district));

        // the open plans of the clients on those caseloads at the end of the period, as they stand now.
        var onCaseload = placements.Where(p => p.StartedOn <= last && (p.EndedOn == null || p.EndedOn >= last)).Select(p => p.ClientId);
        var plans = await db.IndividualEmploymentPlans.AsNoTracking().Include(p => p.Activities)
            .Where(p => p.ClosedAt == null && p.CreatedOn <= last && onCaseload.Contains(p.ClientId)).ToListAsync(ct);
        var asOf = last < today ? last : today;
        var quality = plans.Count(p => IepMeasures.IsQuality(p, asOf, district));

        return new IepMeasuresView(first, last, caseManagerId?.Value, site.Value,
            IepMeasure.Of("R-062", "IEP within 10 days", assigned.Count, within),
            IepMeasure.Of("R-063", "IEP quality", plans.Count, quality));
    }
}
