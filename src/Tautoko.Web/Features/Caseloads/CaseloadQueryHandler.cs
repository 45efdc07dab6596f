using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads;

/// <summary>My caseload, a site's caseloads, and the roll-ups by region and nationally (fill against capacity, R-014).</summary>
public sealed class CaseloadQueryHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<MyCaseloadView>> MineAsync(StaffId? caseManagerId, TimeInServiceBand? band, PageRequest page, CancellationToken ct)
    {
        var viewer = me.Viewer;
        var id = caseManagerId ?? viewer.StaffId;
        var fills = await FillsAsync(db.Caseloads.Where(c => c.StaffId == id), ct);
        if (fills.Count == 0)
        {
            return Failure.NotFound("There is no caseload for that staff member.");
        }

        var fill = fills[0];
        var region = await db.Sites.Where(s => s.Id == new SiteId(fill.SiteId)).Select(s => s.RegionId).SingleAsync(ct);
        if (id != viewer.StaffId && !CaseloadScope.MaySeeSite(viewer, new SiteId(fill.SiteId), region))
        {
            return ScopeRefusal("You see your own caseload; managers and connectors see their site's.");
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var open = db.Placements.AsNoTracking().Open().Where(p => p.CaseManagerId == id);
        var starts = await open.Select(p => p.StartedOn).ToListAsync(ct);
        var green = starts.Count(s => TimeInService.Band(s, today) == TimeInServiceBand.Green);
        var orange = starts.Count(s => TimeInService.Band(s, today) == TimeInServiceBand.Orange);
        var red = starts.Count - green - orange;

        // R-022: the colour bands are date ranges, so the filter is a range on the start date.
        var filtered = band switch
        {
            TimeInServiceBand.Green => open.Where(p => p.StartedOn > today.AddMonths(-12)),
            TimeInServiceBand.Orange => open.Where(p => p.StartedOn <= today.AddMonths(-12) && p.StartedOn > today.AddMonths(-18)),
            TimeInServiceBand.Red => open.Where(p => p.StartedOn <= today.AddMonths(-18)),
            null => open,
        };
        var total = await filtered.CountAsync(ct);
        var rows = await (
                from p in filtered
                join c in db.Clients on p.ClientId equals c.Id
                join placer in db.Staff on p.PlacedById equals (StaffId?)placer.Id into placedBy
                from placer in placedBy.DefaultIfEmpty()
                orderby p.StartedOn, c.LastName
                select new
                {
                    p.Id,
                    ClientId = c.Id,
                    c.ClientNumber,
                    c.FirstName,
                    c.LastName,
                    p.StartedOn,
                    p.Source,
                    p.PlacedReason,
                    PlacedBy = placer == null ? null : placer.FirstName + " " + placer.LastName,
                    c.DateOfBirth,
                    c.Benefit,
                    c.BenefitStartDate,
                    c.Obligation,
                    Children = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild),
                    Lmi1 = db.ProgrammeTags.Any(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LabourMarketIndicator1 && t.RemovedAt == null),
                })
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var clients = rows.Select(r =>
        {
            var b = TimeInService.Band(r.StartedOn, today);
            var cohort = PriorityCohorts.Classify(new CohortFacts(r.DateOfBirth, r.Benefit, r.BenefitStartDate, r.Obligation, r.Children), today).Cohort;
            return new CaseloadClient(
                r.Id, r.ClientId.Value, ClientNumbers.Format(r.ClientNumber), $"{r.FirstName} {r.LastName}", r.StartedOn, TimeInService.Months(r.StartedOn, today), b, b.DisplayName(),
                cohort?.DisplayName(), r.Lmi1, r.PlacedBy ?? "—", PlacementSources.DisplayName(r.Source), r.PlacedReason);
        }).ToList();
        // R-120: a caseload lists clients, so reading it is audited like a search.
        await audit.RecordAsync(
            AuditAction.Read, "Caseload", id.ToString(), null,
            string.Create(CultureInfo.InvariantCulture, $"Caseload page {page.Page} band={band?.ToString() ?? "all"}: {clients.Count} of {total} clients"), false, ct);
        return new MyCaseloadView(fill, clients, total, green, orange, red, page.Page, page.PageSize);
    }

    public async Task<Outcome<SiteCaseloadsView>> SiteAsync(SiteId siteId, CancellationToken ct)
    {
        var site = await (from s in db.Sites join r in db.Regions on s.RegionId equals r.Id where s.Id == siteId select new { s.Id, s.Name, s.RegionId, Region = r.Name }).SingleOrDefaultAsync(ct);
        if (site is null)
        {
            return Failure.NotFound("There is no such site.");
        }

        if (!CaseloadScope.MaySeeSite(me.Viewer, site.Id, site.RegionId))
        {
            return ScopeRefusal("Managers and connectors see their own site's and region's caseloads; national office sees all.");
        }

        var fills = await FillsAsync(db.Caseloads.Where(c => c.SiteId == siteId), ct);
        var byService = fills.GroupBy(f => f.Service).OrderBy(g => g.Key)
            .Select(g => Totals(g.Key.DisplayName(), null, g))
            .ToList();
        return new SiteCaseloadsView(site.Id.Value, site.Name, site.RegionId.Value, site.Region, fills, byService, Totals(site.Name, site.Id.Value, fills));
    }

    public async Task<Outcome<RollUpView>> RegionAsync(RegionId regionId, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId, ct);
        if (region is null)
        {
            return Failure.NotFound("There is no such region.");
        }

        if (!CaseloadScope.MaySeeRegion(me.Viewer, regionId))
        {
            return ScopeRefusal("Managers and connectors see their own region; national office sees all.");
        }

        var sites = await db.Sites.AsNoTracking().Where(s => s.RegionId == regionId).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var siteIds = sites.Select(s => s.Id).ToList();
        var fills = await FillsAsync(db.Caseloads.Where(c => siteIds.Contains(c.SiteId)), ct);
        var rows = sites.OrderBy(s => s.Name)
            .Select(s => Totals(s.Name, s.Id.Value, fills.Where(f => f.SiteId == s.Id.Value)))
            .Where(t => t.CaseManagers > 0)
            .ToList();
        return new RollUpView(region.Name, region.Id.Value, rows, Totals(region.Name, region.Id.Value, fills));
    }

    public async Task<Outcome<RollUpView>> NationalAsync(CancellationToken ct)
    {
        if (!CaseloadScope.MaySeeNational(me.Viewer))
        {
            return ScopeRefusal("The national roll-up is for national office.");
        }

        // Summed in the database: the national view reads one row per region and service, not 2,600 caseloads.
        var sums = await (
                from c in db.Caseloads
                join s in db.Sites on c.SiteId equals s.Id
                group c by new { s.RegionId, c.Service } into g
                select new { g.Key.RegionId, g.Key.Service, Count = g.Count(), Capacity = g.Sum(c => c.Capacity), Filled = g.Sum(c => c.Filled) })
            .ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var rowsByRegion = regions
            .Select(r =>
            {
                var mine = sums.Where(x => x.RegionId == r.Id).ToList();
                return new FillTotals(
                    r.Name, r.Id.Value, mine.Sum(x => x.Count), mine.Sum(x => x.Capacity), mine.Sum(x => x.Filled),
                    mine.Where(x => x.Service.IsEmployment()).Sum(x => x.Capacity), mine.Where(x => x.Service.IsEmployment()).Sum(x => x.Filled));
            })
            .Where(t => t.CaseManagers > 0)
            .ToList();
        var total = new FillTotals(
            "New Zealand", null, sums.Sum(x => x.Count), sums.Sum(x => x.Capacity), sums.Sum(x => x.Filled),
            sums.Where(x => x.Service.IsEmployment()).Sum(x => x.Capacity), sums.Where(x => x.Service.IsEmployment()).Sum(x => x.Filled));
        return new RollUpView("New Zealand", null, rowsByRegion, total);
    }

    /// <summary>A caseload view outside the viewer's scope (403, rule <c>scope</c>).</summary>
    private static Failure ScopeRefusal(string reason) => Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.ScopeRule, reason));

    internal async Task<List<CaseloadFill>> FillsAsync(IQueryable<Caseload> caseloads, CancellationToken ct)
    {
        var today = DateDisplay.TodayInAuckland(clock);
        var rows = await (
                from c in caseloads.AsNoTracking()
                join s in db.Staff on c.StaffId equals s.Id
                join site in db.Sites on c.SiteId equals site.Id
                orderby site.Name, s.LastName, s.FirstName
                select new { c, s.FirstName, s.LastName, Site = site.Name, Leave = s.Leave.Any(l => l.From <= today && l.To >= today) })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CaseloadFill(
            r.c.StaffId.Value, $"{r.FirstName} {r.LastName}", r.c.SiteId.Value, r.Site, r.c.Service, r.c.Service.ShortName(), r.c.Capacity, r.c.TargetCapacity, r.c.Filled, r.Leave))];
    }

    private static FillTotals Totals(string name, Guid? id, IEnumerable<CaseloadFill> fills)
    {
        var list = fills.ToList();
        var employment = list.Where(f => f.Service.IsEmployment()).ToList();
        return new FillTotals(name, id, list.Count, list.Sum(f => f.Capacity), list.Sum(f => f.Filled), employment.Sum(f => f.Capacity), employment.Sum(f => f.Filled));
    }
}

public static class PlacementSources
{
    public static string DisplayName(PlacementSource source) => source switch
    {
        PlacementSource.Proposal => "Assignment proposal",
        PlacementSource.Manual => "Placed directly",
        PlacementSource.Transfer => "Transfer",
        PlacementSource.Loaded => "Loaded with the data",
    };
}
