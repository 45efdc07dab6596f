using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Data.Assignment;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>Everything loaded for one proposal, with names for the explanations and counts by reason.</summary>
public sealed class LoadedProblem
{
    public required AssignmentProblem Problem { get; init; }

    public required IReadOnlyDictionary<StaffId, string> CaseManagerNames { get; init; }

    public required IReadOnlyDictionary<SiteId, string> SiteNames { get; init; }

    public required IReadOnlyList<string> ExcludedCaseManagers { get; init; }

    public required int ClientsInScope { get; init; }

    /// <summary>Clients kept out before solving, by the rule that keeps them out (continuity, R-015, R-020, R-027).</summary>
    public required IReadOnlyDictionary<string, int> Excluded { get; init; }

    public required TimeSpan LoadTime { get; init; }

    /// <summary>Where the load time went (caseloads, clients' facts, eligibility), for the benchmark.</summary>
    public required IReadOnlyDictionary<string, double> LoadStagesMs { get; init; }
}

/// <summary>Reads a scope's employment caseloads and eligible clients from the database into an <see cref="AssignmentProblem"/>.</summary>
public sealed class AssignmentData(TautokoDbContext db)
{
    public async Task<ScopeDefinition?> ScopeAsync(ProposalScope scope, Guid? id, CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Name, s.Kind, s.RegionId, s.ServedRegionIds }).ToListAsync(ct);
        var phoneUnits = sites.Where(s => s.Kind == SiteKind.PhoneBasedCaseManagementUnit).ToList();
        switch (scope)
        {
            case ProposalScope.Site:
                var site = sites.FirstOrDefault(s => s.Id.Value == id);
                if (site is null)
                {
                    return null;
                }

                return ScopeDefinition.ForSite(site.Id, site.Name, site.Kind == SiteKind.PhoneBasedCaseManagementUnit, site.ServedRegionIds);
            case ProposalScope.Region:
                var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == new RegionId(id ?? Guid.Empty), ct);
                if (region is null)
                {
                    return null;
                }

                return ScopeDefinition.ForRegion(
                    region.Id, region.Name,
                    [.. sites.Where(s => s.RegionId == region.Id && s.Kind == SiteKind.ServiceCentre).Select(s => s.Id)],
                    [.. phoneUnits.Where(u => u.ServedRegionIds.Contains(region.Id)).Select(u => u.Id)]);
            case ProposalScope.National:
                return ScopeDefinition.National([.. sites.Where(s => s.Kind == SiteKind.ServiceCentre).Select(s => s.Id)], [.. phoneUnits.Select(u => u.Id)]);
            default:
                return null;
        }
    }

    public IQueryable<Client> ClientsIn(ScopeDefinition scope)
    {
        var clients = db.Clients.AsQueryable();
        if (scope.ClientSites.Count > 0)
        {
            var ids = scope.ClientSites;
            return clients.Where(c => ids.Contains(c.HomeSiteId));
        }

        if (scope.ClientRegions.Count > 0)
        {
            var regions = scope.ClientRegions;
            var siteIds = db.Sites.Where(s => regions.Contains(s.RegionId)).Select(s => s.Id);
            return clients.Where(c => siteIds.Contains(c.HomeSiteId));
        }

        return clients;
    }

    public async Task<LoadedProblem> LoadAsync(ScopeDefinition scope, AssignmentPolicy policy, WhatIf whatIf, DateOnly today, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var stage = Stopwatch.StartNew();
        void Lap(string name)
        {
            stages[name] = stage.Elapsed.TotalMilliseconds;
            stage.Restart();
        }

        var sitesInfo = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Name, s.RegionId, s.ServedRegionIds }).ToListAsync(ct);
        var siteRegions = sitesInfo.ToDictionary(s => s.Id, s => s.RegionId);

        // Clients: only those who could be in a cohort are read in full (R-015: JS-WR, or 18–24 with part- or full-time obligations).
        var inScope = ClientsIn(scope);
        var youngest = today.AddYears(-18);
        var oldest = today.AddYears(-25);
        var possible = inScope.Where(c => c.Benefit == BenefitType.JobseekerSupportWorkReady
            || ((c.Obligation == WorkObligation.FullTime || c.Obligation == WorkObligation.PartTime) && c.DateOfBirth <= youngest && c.DateOfBirth > oldest));

        // The clients' facts (the big read) may start now, while the caseloads are read.
        IReadOnlyList<SiteId>? homeSites = scope.IsNational ? null
            : scope.ClientSites.Count > 0 ? scope.ClientSites
            : [.. sitesInfo.Where(s => scope.ClientRegions.Contains(s.RegionId)).Select(s => s.Id)];
        var factsRead = AssignmentFacts.BeginCohortFacts(db, homeSites, possible, today, ct);
        var siteNames = sitesInfo.ToDictionary(s => s.Id, s => s.Name);
        var served = sitesInfo.ToDictionary(s => s.Id, s => (IReadOnlyCollection<RegionId>)s.ServedRegionIds);

        // Employment caseloads of the scope (R-015 applies to face-to-face and phone-based alike).
        var f2f = scope.FaceToFaceSites;
        var phone = scope.PhoneUnits;
        var caseloadRows = await (
                from c in db.Caseloads.AsNoTracking()
                join s in db.Staff on c.StaffId equals s.Id
                where ((c.Service == CaseManagementService.EmploymentFaceToFace || c.Service == CaseManagementService.EmploymentReserve) && f2f.Contains(c.SiteId))
                      || (c.Service == CaseManagementService.PhoneBased && phone.Contains(c.SiteId))
                select new { c.StaffId, c.SiteId, c.Service, c.Capacity, c.Filled, s.Fte, s.FirstName, s.LastName, Leave = s.Leave.Any(l => l.From <= today && l.To >= today) })
            .ToListAsync(ct);

        Lap("caseloads");
        var names = caseloadRows.ToDictionary(c => c.StaffId, c => $"{c.FirstName} {c.LastName}");
        var onLeave = (whatIf.OnLeave ?? []).Select(g => new StaffId(g)).ToHashSet();
        var excluded = caseloadRows.Where(c => c.Leave || onLeave.Contains(c.StaffId)).ToList();
        var active = caseloadRows.Where(c => !c.Leave && !onLeave.Contains(c.StaffId)).ToList();

        // The counts need no join when every client is in scope.
        var total = await inScope.CountAsync(ct);
        var onCaseloadTotal = scope.IsNational
            ? await db.Placements.Open().CountAsync(ct)
            : await inScope.CountAsync(c => db.Placements.Any(p => p.ClientId == c.Id && p.EndedAt == null), ct);
        var facts = await factsRead.ReadAsync();

        Lap("clients' facts and counts");

        // R-015: the cohorts already on each caseload. Nationally every such client is among the facts just read;
        // a narrower scope's caseloads may hold clients from elsewhere (a phone-based unit's, say), so they are read.
        var existing = scope.IsNational
            ? ExistingFromFacts(facts, today)
            : await AssignmentFacts.ExistingCohortsAsync(db, [.. active.Select(c => c.StaffId)], today, ct);
        var caseloads = active
            .OrderBy(c => c.SiteId.Value).ThenBy(c => c.StaffId.Value)
            .Select(c =>
            {
                var capacity = whatIf.Capacities is { } sizes && sizes.TryGetValue(c.Service, out var size) ? ServiceCapacity.ForCaseManager(size, c.Fte) : c.Capacity;
                return new CaseloadSlot(c.StaffId, c.SiteId, c.Service, capacity, c.Filled, existing.TryGetValue(c.StaffId, out var e) ? e : new int[PriorityCohorts.Count], c.Service == CaseManagementService.PhoneBased ? served[c.SiteId] : []);
            })
            .ToList();

        Lap("existing cohorts");
        var phoneRegions = sitesInfo.Where(s => s.ServedRegionIds.Count > 0).SelectMany(s => s.ServedRegionIds).ToHashSet();
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<Candidate>(facts.Count);
        var onCaseloadAmongPossible = 0;
        foreach (var row in facts)
        {
            var decision = EmploymentEligibility.Assess(row.ToFacts(), today, phoneRegions.Contains(row.HomeRegionId), explain: false);
            if (decision.Candidate is { } candidate)
            {
                candidates.Add(candidate);
                continue;
            }

            if (ProposalExclusions.ReasonFor(decision, row.Benefit) is not { } key)
            {
                onCaseloadAmongPossible++;
                continue;
            }

            reasons[key] = reasons.GetValueOrDefault(key) + 1;
        }

        reasons[ProposalExclusions.OnCaseload] = onCaseloadTotal;
        reasons[ProposalExclusions.NotInCohort] = reasons.GetValueOrDefault(ProposalExclusions.NotInCohort) + (total - facts.Count - (onCaseloadTotal - onCaseloadAmongPossible));
        var problem = new AssignmentProblem(caseloads, candidates, siteRegions, policy);
        Lap("eligibility");
        return new LoadedProblem
        {
            Problem = problem,
            CaseManagerNames = names,
            SiteNames = siteNames,
            ExcludedCaseManagers = [.. excluded.Select(c => $"{c.FirstName} {c.LastName}{(c.Leave ? " (on leave today)" : " (assumed on leave)")}")],
            ClientsInScope = total,
            Excluded = reasons,
            LoadTime = watch.Elapsed,
            LoadStagesMs = stages,
        };
    }

    private static Dictionary<StaffId, int[]> ExistingFromFacts(List<ClientFactsRow> facts, DateOnly today)
    {
        var result = new Dictionary<StaffId, int[]>();
        foreach (var row in facts)
        {
            if (row.OpenCaseManagerId is not { } staff
                || PriorityCohorts.CohortOf(new CohortFacts(row.DateOfBirth, row.Benefit, row.BenefitStartDate, row.Obligation, row.HasDependentChildren), today) is not { } cohort)
            {
                continue;
            }

            if (!result.TryGetValue(staff, out var counts))
            {
                counts = new int[PriorityCohorts.Count];
                result[staff] = counts;
            }

            counts[(int)cohort]++;
        }

        return result;
    }
}
