using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.CoreExpectations;

/// <summary>
/// The core-expectations check (seed 002) for one client, a case manager's caseload (worst clients first) and a site's
/// case managers compared. Facts come in batches from <see cref="CoreExpectationFactsReader"/>; Core decides.
/// </summary>
public sealed class CoreExpectationsHandler(TautokoDbContext db, CurrentStaff me, ClientAccess access, AuditLog audit, CoreExpectationFactsReader reader, TimeProvider clock)
{
    public async Task<Outcome<ClientExpectationsView>> ClientAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var facts = await reader.ReadAsync([id], ct);
        if (facts.Count == 0)
        {
            return Failure.NotFound("There is no such client.");
        }

        var view = CoreExpectationFactsReader.View(facts[0], DateDisplay.TodayInAuckland(clock));
        audit.Add(AuditAction.Read, "CoreExpectations", null, id, $"Core-expectations check read: {view.Met} of {view.Counted} met", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return view;
    }

    public async Task<Outcome<CaseloadExpectationsView>> CaseloadAsync(StaffId caseManagerId, CancellationToken ct)
    {
        var viewer = me.Viewer;
        var caseManager = await (
                from s in db.Staff.AsNoTracking()
                join site in db.Sites on s.SiteId equals site.Id
                where s.Id == caseManagerId
                select new { s.Id, Name = s.FirstName + " " + s.LastName, SiteId = site.Id, Site = site.Name, site.RegionId })
            .SingleOrDefaultAsync(ct);
        if (caseManager is null || !await db.Caseloads.AnyAsync(c => c.StaffId == caseManagerId, ct))
        {
            return Failure.NotFound("There is no caseload for that staff member.");
        }

        if (caseManagerId != viewer.StaffId && !CaseloadScope.MaySeeSite(viewer, caseManager.SiteId, caseManager.RegionId))
        {
            return ScopeRefusal("You see your own caseload's check; managers and connectors see their site's.");
        }

        var clientIds = await db.Placements.AsNoTracking().Open().Where(p => p.CaseManagerId == caseManagerId).Select(p => p.ClientId).Distinct().ToListAsync(ct);
        var today = DateDisplay.TodayInAuckland(clock);
        var checks = (await reader.ReadAsync(clientIds, ct)).Select(f => CoreExpectationFactsReader.View(f, today))
            .OrderBy(c => c.Score).ThenBy(c => c.Met - c.Counted).ThenBy(c => c.ClientName, StringComparer.Ordinal).ToList();
        var (met, counted) = (checks.Sum(c => c.Met), checks.Sum(c => c.Counted));

        // the check lists clients, so reading it is audited like reading the caseload.
        await audit.RecordAsync(
            AuditAction.Read, "CoreExpectations", caseManagerId.ToString(), null,
            string.Create(CultureInfo.InvariantCulture, $"Caseload core-expectations check: {checks.Count} clients, {met} of {counted} expectations met"), false, ct);
        return new CaseloadExpectationsView(
            caseManager.Id.Value, caseManager.Name, caseManager.Site, checks.Count, met, counted, Core.Employment.CoreExpectations.Score(met, counted), MissingBy(checks), checks);
    }

    public async Task<Outcome<SiteExpectationsView>> SiteAsync(SiteId siteId, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId).Select(s => new { s.Id, s.Name, s.RegionId }).SingleOrDefaultAsync(ct);
        if (site is null)
        {
            return Failure.NotFound("There is no such site.");
        }

        var viewer = me.Viewer;
        if (!CaseloadScope.MaySeeSite(viewer, site.Id, site.RegionId))
        {
            return ScopeRefusal("Managers and connectors compare their own site's and region's case managers; national office sees all.");
        }

        var caseManagers = await (
                from c in db.Caseloads.AsNoTracking()
                join s in db.Staff on c.StaffId equals s.Id
                where c.SiteId == siteId
                select new { s.Id, Name = s.FirstName + " " + s.LastName })
            .Distinct().ToListAsync(ct);
        var cmIds = caseManagers.Select(c => c.Id).ToList();
        var places = await db.Placements.AsNoTracking().Open().Where(p => cmIds.Contains(p.CaseManagerId))
            .Select(p => new { p.ClientId, p.CaseManagerId }).ToListAsync(ct);
        var today = DateDisplay.TodayInAuckland(clock);
        var checks = (await reader.ReadAsync([.. places.Select(p => p.ClientId)], ct))
            .ToDictionary(f => f.Id, f => CoreExpectationFactsReader.View(f, today));
        var rows = caseManagers.Select(cm =>
            {
                var mine = places.Where(p => p.CaseManagerId == cm.Id).Select(p => p.ClientId).Distinct()
                    .Where(checks.ContainsKey).Select(id => checks[id]).ToList();
                var (met, counted) = (mine.Sum(c => c.Met), mine.Sum(c => c.Counted));
                return new CaseManagerScore(cm.Id.Value, cm.Name, mine.Count, met, counted, Core.Employment.CoreExpectations.Score(met, counted), MissingBy(mine));
            })
            .OrderBy(r => r.Score).ThenBy(r => r.CaseManager, StringComparer.Ordinal).ToList();
        var (allMet, allCounted) = (rows.Sum(r => r.Met), rows.Sum(r => r.Counted));
        return new SiteExpectationsView(site.Id.Value, site.Name, rows.Sum(r => r.Clients), allMet, allCounted, Core.Employment.CoreExpectations.Score(allMet, allCounted), rows);
    }

    private static Dictionary<string, int> MissingBy(IEnumerable<ClientExpectationsView> checks) =>
        checks.SelectMany(c => c.Expectations).Where(e => e.Status == "missing")
            .GroupBy(e => e.Expectation).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static Failure ScopeRefusal(string reason) => Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.ScopeRule, reason));
}
