using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.StartingWork;

/// <summary>
/// The seed 002 monitor measures "work exits" (clients who went through employment case management and exited into work)
/// and "part-time earnings" (clients who went through or are in it and declared new part-time earnings), counted from the
/// records for a case manager or a site over a period. Shaped like the IEP measures (same parameters, same access).
/// </summary>
public sealed class EmploymentOutcomeMeasuresHandler(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    private const string Refusal = "Only the case manager themselves, the site's manager or national office see these measures.";

    public async Task<Outcome<EmploymentOutcomeMeasuresView>> MeasureAsync(StaffId? caseManagerId, SiteId? siteId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var resolved = await ReportScopes.ResolveCaseManagerOrSiteAsync(db, staff, clock, Refusal, caseManagerId, siteId, from, to, ct);
        if (resolved.Failure is { } failure)
        {
            return failure;
        }

        var (site, first, last, _) = resolved.Value;

        // Only records of clients who went through (or are in) employment case management carry a case manager.
        var starts = db.WorkStarts.AsNoTracking().Where(w => w.SiteId == site && w.CaseManagerId != null && w.StartedOn >= first && w.StartedOn <= last);
        var earnings = db.PartTimeEarnings.AsNoTracking().Where(e => e.SiteId == site && e.CaseManagerId != null && e.FromOn >= first && e.FromOn <= last);
        if (caseManagerId is { } only)
        {
            starts = starts.Where(w => w.CaseManagerId == only);
            earnings = earnings.Where(e => e.CaseManagerId == only);
        }

        var exits = await starts.Select(w => new { w.ClientId, CaseManagerId = w.CaseManagerId!.Value }).ToListAsync(ct);
        var declared = await earnings.Select(e => new { e.ClientId, CaseManagerId = e.CaseManagerId!.Value }).ToListAsync(ct);
        var byCaseManager = exits.Select(e => e.CaseManagerId).Concat(declared.Select(d => d.CaseManagerId)).Distinct()
            .Select(id => new CaseManagerOutcomes(id.Value,
                exits.Where(e => e.CaseManagerId == id).Select(e => e.ClientId).Distinct().Count(),
                declared.Where(d => d.CaseManagerId == id).Select(d => d.ClientId).Distinct().Count()))
            .OrderByDescending(c => c.WorkExits).ThenByDescending(c => c.PartTimeEarnings).ThenBy(c => c.CaseManagerId)
            .ToList();
        return new EmploymentOutcomeMeasuresView(first, last, caseManagerId?.Value, site.Value,
            new OutcomeCount("Work exits", exits.Select(e => e.ClientId).Distinct().Count(), exits.Count),
            new OutcomeCount("Part-time earnings", declared.Select(d => d.ClientId).Distinct().Count(), declared.Count),
            byCaseManager);
    }
}
