using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using TrialArm = Tautoko.Core.Trials.TrialArm;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Data.Assignment;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>
/// Everything loaded for one proposal, with names for the explanations and counts by reason. Disposed once the placed
/// clients are read (<see cref="AssignmentData.PlacedAsync"/>): it holds the database's counts.
/// </summary>
public sealed class LoadedProblem : IAsyncDisposable
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

    /// <summary>The database's counts, from which the placed clients are read.</summary>
    public required AssignmentCounts Counts { get; init; }

    /// <summary>For each of the problem's groups, the database's counts it was made of (to read its placed clients).</summary>
    public required IReadOnlyList<IReadOnlyList<FactsGroupRow>> GroupRows { get; init; }

    public ValueTask DisposeAsync() => Counts.DisposeAsync();
}

/// <summary>The clients a solution places, read from the database: <see cref="Clients"/>[i] goes to caseload <see cref="CaseloadOf"/>[i].</summary>
public sealed record PlacedClients(IReadOnlyList<Candidate> Clients, IReadOnlyList<int> CaseloadOf, IReadOnlyList<int> PlacedByGroup);

/// <summary>Reads a scope's employment caseloads and eligible clients from the database into an <see cref="AssignmentProblem"/>.</summary>
public sealed class AssignmentData(TautokoDbContext db)
{
    /// <summary>The scope a proposal was made for.</summary>
    public Task<ScopeDefinition?> ScopeOfAsync(AssignmentProposal proposal, CancellationToken ct) => ScopeAsync(proposal.Scope, proposal.ScopeId, proposal.ScopeSiteId, ct);

    /// <summary>A site's, region's or the national scope (a trial's for the whole trial).</summary>
    public Task<ScopeDefinition?> ScopeAsync(ProposalScope scope, Guid? id, CancellationToken ct) => ScopeAsync(scope, id, null, ct);

    /// <summary>A scope by kind and id; <paramref name="trialSite"/> narrows a trial's scope to one site's treatment clients.</summary>
    public async Task<ScopeDefinition?> ScopeAsync(ProposalScope scope, Guid? id, SiteId? trialSite, CancellationToken ct)
    {
        if (scope == ProposalScope.Trial)
        {
            return await TrialScopeAsync(id ?? Guid.Empty, trialSite, ct);
        }

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
        if (scope.Scope == ProposalScope.Trial)
        {
            // A trial's proposal is for its treatment clients (of one site when narrowed); never its control group (R-113).
            var trialId = scope.Id;
            var treated = db.TrialAssignments.Where(a => a.TrialId == trialId && a.Arm == TrialArm.Treatment).Select(a => a.ClientId);
            clients = clients.Where(c => treated.Contains(c.Id));
            if (scope.ClientSites.Count > 0)
            {
                var only = scope.ClientSites;
                clients = clients.Where(c => only.Contains(c.HomeSiteId));
            }

            return clients;
        }

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

        // Clients: counted by the database by what the rules read of them (R-015–R-027), not read one by one.
        // The count (the big read) may start now, while the caseloads are read.
        var bands = AssignmentBands.For(today, policy.Weights);
        IReadOnlyList<SiteId>? homeSites = scope.IsNational ? null
            : scope.ClientSites.Count > 0 ? scope.ClientSites
            : [.. sitesInfo.Where(s => scope.ClientRegions.Contains(s.RegionId)).Select(s => s.Id)];
        var counts = AssignmentFacts.BeginCounts(db, bands, homeSites, ct);
        var handedOver = false;
        try
        {
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

            // Clients outside every cohort are only counted, and those on a caseload; the counts need no join nationally.
            var inScope = ClientsIn(scope);
            var total = await inScope.CountAsync(ct);
            var onCaseloadTotal = scope.IsNational
                ? await db.Placements.Open().CountAsync(ct)
                : await inScope.CountAsync(c => db.Placements.Any(p => p.ClientId == c.Id && p.EndedAt == null), ct);
            var rows = await counts.ReadAsync();
            Lap("clients' facts and counts");

            // R-015: the cohorts already on each caseload. Nationally every such client was just counted by case manager;
            // a narrower scope's caseloads may hold clients from elsewhere (a phone-based unit's, say), so they are read.
            var existing = scope.IsNational
                ? ExistingFromCounts(rows, bands)
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

            // Each count is judged once by the rules themselves, on a stand-in with the count's bands (EmploymentEligibility).
            var phoneRegions = sitesInfo.Where(s => s.ServedRegionIds.Count > 0).SelectMany(s => s.ServedRegionIds).ToHashSet();
            var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
            var groupIndex = new Dictionary<CandidateGroupKey, int>();
            var groupKeys = new List<CandidateGroupKey>();
            var groupRows = new List<List<FactsGroupRow>>();
            var possible = 0;
            var onCaseloadAmongPossible = 0;
            foreach (var row in rows)
            {
                possible += row.Count;
                if (row.Bands.HasFlag(ClientBandFlags.OnCaseload))
                {
                    onCaseloadAmongPossible += row.Count;
                    continue;
                }

                var region = siteRegions[row.Site];
                var standIn = bands.StandIn(row.Site, region, row.Bands);
                var decision = EmploymentEligibility.Assess(standIn, today, phoneRegions.Contains(region), explain: false);
                if (decision.Candidate is { } candidate)
                {
                    var key = new CandidateGroupKey(row.Site, region, candidate.Cohort, row.Weeks ?? 0, candidate.PhoneEligible);
                    if (!groupIndex.TryGetValue(key, out var g))
                    {
                        g = groupKeys.Count;
                        groupIndex[key] = g;
                        groupKeys.Add(key);
                        groupRows.Add([]);
                    }

                    groupRows[g].Add(row);
                    continue;
                }

                if (ProposalExclusions.ReasonFor(decision, standIn.Benefit) is { } reason)
                {
                    reasons[reason] = reasons.GetValueOrDefault(reason) + row.Count;
                }
            }

            reasons[ProposalExclusions.OnCaseload] = onCaseloadTotal;
            reasons[ProposalExclusions.NotInCohort] = reasons.GetValueOrDefault(ProposalExclusions.NotInCohort) + (total - possible - (onCaseloadTotal - onCaseloadAmongPossible));
            var groups = groupKeys.Select((k, g) => new CandidateGroup(k.Site, k.Region, k.Cohort, k.Weeks, k.Phone, groupRows[g].Sum(r => r.Count))).ToList();
            var problem = AssignmentProblem.FromGroups(caseloads, groups, siteRegions, policy);
            Lap("eligibility");
            handedOver = true;
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
                Counts = counts,
                GroupRows = groupRows,
            };
        }
        finally
        {
            if (!handedOver)
            {
                await counts.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Reads the clients a solution places: for each group, its first clients by longest wait and then client id (the
    /// order <see cref="AssignmentGraph.RankMembers"/> gives), each to the caseload the solution gives that rank.
    /// </summary>
    public async Task<PlacedClients> PlacedAsync(LoadedProblem loaded, GroupSolution solution, CancellationToken ct)
    {
        var problem = loaded.Problem;
        var requests = new List<MemberRequest>();
        var requestSource = new List<int>();
        var requestsOf = new List<(GroupPlacement Placement, List<int> Requests)>();
        foreach (var placement in solution.Groups.Where(p => p.Placed > 0))
        {
            var mine = new List<int>();
            foreach (var source in placement.Sources)
            {
                // A group is made of the database's counts of one site and counted weeks, by bands.
                foreach (var row in loaded.GroupRows[source])
                {
                    mine.Add(requests.Count);
                    requestSource.Add(source);
                    requests.Add(new MemberRequest(requests.Count, row.Site, row.Bands, row.Weeks ?? 0, placement.Placed));
                }
            }

            requestsOf.Add((placement, mine));
        }

        var members = (await loaded.Counts.MembersAsync(requests, ct)).ToLookup(m => m.Request);
        var clients = new List<Candidate>();
        var caseloadOf = new List<int>();
        var placedByGroup = new int[problem.Groups.Count];
        foreach (var (placement, mine) in requestsOf)
        {
            var ranked = AssignmentGraph.RankMembers(mine.SelectMany(r => members[r]), m => m.WaitedDays, m => m.ClientId.Value);
            if (ranked.Count < placement.Placed)
            {
                throw new InvalidOperationException("The database holds fewer clients in a group than it counted: clients changed while the proposal was made. Make it again.");
            }

            for (var r = 0; r < placement.Placed; r++)
            {
                var member = ranked[r];
                var source = requestSource[member.Request];
                var group = problem.Groups[source];
                placedByGroup[source]++;
                clients.Add(new Candidate(member.ClientId, group.HomeSiteId, group.HomeRegionId, group.Cohort, member.WaitedDays, group.PhoneEligible));
                caseloadOf.Add(placement.CaseloadByRank[r]);
            }
        }

        return new PlacedClients(clients, caseloadOf, placedByGroup);
    }

    private async Task<ScopeDefinition?> TrialScopeAsync(Guid trialId, SiteId? site, CancellationToken ct)
    {
        var trial = await db.Trials.AsNoTracking().Where(t => t.Id == trialId).Select(t => new { t.Name, t.Service }).SingleOrDefaultAsync(ct);
        if (trial is null)
        {
            return null;
        }

        var sites = await db.Sites.AsNoTracking().Where(s => s.Kind == SiteKind.ServiceCentre).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var name = $"Trial \"{trial.Name}\"";
        if (site is { } one)
        {
            if (sites.FirstOrDefault(s => s.Id == one) is not { } chosen)
            {
                return null;
            }

            name += $", {chosen.Name}";
        }

        return ScopeDefinition.ForTrial(trialId, name, trial.Service, [.. sites.Select(s => s.Id)], site);
    }

    private readonly record struct CandidateGroupKey(SiteId Site, RegionId Region, PriorityCohort Cohort, int Weeks, bool Phone);

    private static Dictionary<StaffId, int[]> ExistingFromCounts(List<FactsGroupRow> rows, AssignmentBands bands)
    {
        var result = new Dictionary<StaffId, int[]>();
        foreach (var row in rows)
        {
            if (row.CaseManagerId is not { } staff)
            {
                continue;
            }

            var standIn = bands.StandIn(row.Site, default, row.Bands);
            if (PriorityCohorts.CohortOf(new CohortFacts(standIn.DateOfBirth, standIn.Benefit, standIn.BenefitStartDate, standIn.Obligation, standIn.HasDependentChildren), bands.Today) is not { } cohort)
            {
                continue;
            }

            if (!result.TryGetValue(staff, out var counts))
            {
                counts = new int[PriorityCohorts.Count];
                result[staff] = counts;
            }

            counts[(int)cohort] += row.Count;
        }

        return result;
    }
}
