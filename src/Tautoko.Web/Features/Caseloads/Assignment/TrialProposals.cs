using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>A trial's proposal as made: the saved proposal, its figures, and the treatment clients it could not place and why.</summary>
public sealed record TrialProposalMade(Guid Id, ProposalFigures Figures, int AlreadyInService, IReadOnlyList<NotOffered> NotPlaced);

/// <summary>
/// a randomised trial's treatment clients offered to the caseloads of the service it tests (ICS: 60 each) through
/// the national assignment machinery. The proposal is solved by the same OR-Tools min-cost flow as pooled problem
/// (<see cref="AssignmentProblem.Pool"/>: no cohort mix, home site only), saved for review like any proposal, and applied
/// by <see cref="ProposalDecisionHandler"/> under the capacity guard. When a site has fewer free places than
/// treatment clients, the places go in the trial's random draw order and the rest are left unassigned with the reason.
/// Control clients are never candidates; every placement path refuses them (<see cref="Data.Filters.TrialControls"/>).
/// </summary>
public sealed class TrialProposals(TautokoDbContext db, ProposalWriter writer, TimeProvider clock)
{
    public const string AlreadyInService = "Already in the tested service";
    public const string OnOtherCaseload = "On another caseload (end that placement first)";

    public async Task<Outcome<TrialProposalMade>> CreateAsync(ScopeDefinition scope, Actor actor, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var today = DateDisplay.TodayInAuckland(clock);
        var trial = await db.Trials.AsNoTracking().SingleAsync(t => t.Id == scope.Id, ct);
        if (!trial.IsRunningOn(today))
        {
            return Failure.Broken(new DomainError("R-113", "Treatment clients are offered while the trial runs: after it is randomised and before it ends."));
        }

        var service = trial.Service;
        SiteId? site = scope.ClientSites.Count > 0 ? scope.ClientSites[0] : null;
        var treated = await (
                from a in db.TrialAssignments.AsNoTracking()
                join c in db.Clients on a.ClientId equals c.Id
                where a.TrialId == trial.Id && a.Arm == TrialArm.Treatment && (site == null || c.HomeSiteId == site)
                orderby a.Sequence
                select new { a.ClientId, c.HomeSiteId, a.Sequence, Open = db.Placements.Where(p => p.ClientId == a.ClientId && p.EndedAt == null).Select(p => (CaseManagementService?)p.Service).FirstOrDefault() })
            .ToListAsync(ct);
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Name, s.RegionId }).ToListAsync(ct);
        var siteRegions = sites.ToDictionary(s => s.Id, s => s.RegionId);
        var siteNames = sites.ToDictionary(s => s.Id, s => s.Name);
        var candidates = treated.Where(t => t.Open is null).ToList();
        var already = treated.Count(t => t.Open == service);
        var notPlaced = treated.Where(t => t.Open is { } other && other != service)
            .Select(t => new NotOffered(t.ClientId, $"On a {t.Open!.Value.ShortName()} caseload: end that placement before offering {service.ShortName()}.")).ToList();

        // The tested service's caseloads at the candidates' home sites; a case manager on leave today takes no one.
        // while national office's setting says so, whānau supported alongside ICS clients take places too.
        var homeSites = candidates.Select(c => c.HomeSiteId).Distinct().ToList();
        var whanauCount = service == CaseManagementService.IntensiveClientSupport && await CaseloadRoom.WhanauCountAsync(db, ct);
        var caseloadRows = await (
                from c in db.Caseloads.AsNoTracking()
                join s in db.Staff on c.StaffId equals s.Id
                where c.Service == service && homeSites.Contains(c.SiteId)
                select new { c.StaffId, c.SiteId, c.Capacity, c.Filled, Name = s.FirstName + " " + s.LastName, Leave = s.Leave.Any(l => l.From <= today && l.To >= today) })
            .ToListAsync(ct);
        var active = caseloadRows.Where(c => !c.Leave).OrderBy(c => c.SiteId.Value).ThenBy(c => c.StaffId.Value).ToList();
        var slots = new List<CaseloadSlot>(active.Count);
        foreach (var c in active)
        {
            var whanau = whanauCount ? await CaseloadRoom.WhanauOnCaseloadAsync(db, c.StaffId, ct) : 0;
            slots.Add(new CaseloadSlot(c.StaffId, c.SiteId, service, c.Capacity, Math.Min(c.Capacity, c.Filled + whanau), new int[PriorityCohorts.Count], []));
        }
        var waited = trial.RandomisedAt is { } at ? Math.Max(0, today.DayNumber - DateOnly.FromDateTime(DateDisplay.ToAuckland(at).DateTime).DayNumber) : 0;
        var keepFull = (await db.AssignmentPolicy.AsNoTracking().SingleAsync(ct)).Policy.Weights.KeepFull;
        var problem = AssignmentProblem.Pool(slots, [.. candidates.Select(c => new PoolCandidate(c.ClientId, c.HomeSiteId, siteRegions[c.HomeSiteId], waited))], siteRegions, Math.Max(1, keepFull));
        var loadMs = total.Elapsed.TotalMilliseconds;

        var build = Stopwatch.StartNew();
        var graph = AssignmentGraph.Build(problem);
        var buildMs = build.Elapsed.TotalMilliseconds;
        var solution = graph.SolveGroups();

        // Interchangeable clients of a site: the places go in the trial's random draw order (the candidates are in it).
        var caseloadOf = Enumerable.Repeat(-1, candidates.Count).ToArray();
        var members = Enumerable.Range(0, candidates.Count).ToLookup(problem.GroupOf);
        foreach (var placement in solution.Groups.Where(p => p.Placed > 0))
        {
            var ranked = placement.Sources.SelectMany(g => members[g]).Order().ToList();
            for (var r = 0; r < placement.Placed; r++)
            {
                caseloadOf[ranked[r]] = placement.CaseloadByRank[r];
            }
        }

        var outcome = AssignmentOutcome.From(problem, caseloadOf);
        var proposal = AssignmentProposal.ForTrial(Guid.CreateVersion7(), trial.Id, site, scope.Name, actor.StaffId, clock.GetUtcNow(), ProposalJson.Write(problem.Policy));
        var names = active.ToDictionary(c => c.StaffId, c => c.Name);
        var lines = new List<AssignmentProposalLine>();
        var noFreePlace = 0;

        // By site, once: its caseloads, their free places before, and the treatment clients the solution placed there.
        var caseloadsAt = slots.GroupBy(s => s.SiteId).ToDictionary(g => g.Key, g => (Count: g.Count(), Free: g.Sum(s => s.Free)));
        var placedAt = candidates.Where((_, i) => caseloadOf[i] >= 0).GroupBy(c => c.HomeSiteId).ToDictionary(g => g.Key, g => g.Count());
        for (var i = 0; i < candidates.Count; i++)
        {
            var client = candidates[i];
            if (caseloadOf[i] < 0)
            {
                var here = caseloadsAt.GetValueOrDefault(client.HomeSiteId);
                noFreePlace += here.Free == 0 ? 1 : 0;
                notPlaced.Add(new NotOffered(client.ClientId, NoPlace(service, siteNames[client.HomeSiteId], here.Count, here.Free, placedAt.GetValueOrDefault(client.HomeSiteId))));
                continue;
            }

            var slot = problem.Caseloads[caseloadOf[i]];
            var after = outcome.Caseloads[caseloadOf[i]];
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"Assigned to {names[slot.StaffId]} ({service.ShortName()}, {siteNames[slot.SiteId]}): treatment group of the randomised trial \"{trial.Name}\" (R-113), number {client.Sequence} in its draw order; home site. Caseload after: {after.FilledAfter}/{after.Capacity} (R-014).");
            lines.Add(new AssignmentProposalLine(Guid.CreateVersion7(), proposal.Id, client.ClientId, slot.StaffId, slot.SiteId, service, null, waited, false, text, LineOrigin.Solver, null, null, null));
        }

        var unplaced = candidates.Count - lines.Count;
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal) { [AlreadyInService] = already, [OnOtherCaseload] = treated.Count - candidates.Count - already };
        var figures = new ProposalFigures(
            reasons, candidates.Count, solution.ReachableClients, lines.Count, noFreePlace, unplaced - noFreePlace, outcome.Waiting, new Dictionary<string, WaitingSummary>(),
            new int[PriorityCohorts.Count], new double[PriorityCohorts.Count], 0, 0, 0,
            [.. caseloadRows.Where(c => c.Leave).Select(c => $"{c.Name} (on leave today)")],
            [
                $"Trial proposal: the treatment clients of \"{trial.Name}\" are offered to {service.DisplayName()} caseloads at their home site (R-113).",
                "No cohort mix or priority applies (R-015 is for employment caseloads): every free place is filled while there is a treatment client for it (R-014), in the trial's random draw order.",
                "Control clients are not in the proposal: they stay in business as usual while the trial runs.",
            ],
            new StageTimes(loadMs, buildMs, solution.SolverTime.TotalMilliseconds, solution.DecomposeTime.TotalMilliseconds, 0, 0, total.Elapsed.TotalMilliseconds, solution.Nodes, solution.Arcs, solution.GroupCount));
        proposal.Record(solution.Objective, treated.Count, candidates.Count, slots.Sum(s => s.Free), lines.Count, ProposalJson.Write(figures));
        var siteRows = outcome.Sites.Select(s => new AssignmentProposalSite(proposal.Id, s with { LastPlacedCohort = null }, s.FreeFaceToFaceBefore > 0)).ToList();
        await writer.SaveAsync(proposal, lines, outcome.Caseloads, siteRows, actor, $"Trial proposal for {scope.Name}: {lines.Count} treatment clients proposed", ct);
        return new TrialProposalMade(proposal.Id, figures, already, notPlaced);
    }

    /// <summary>Why a trial proposal did not place a client, or kept them out of it (for the review's per-client explanation).</summary>
    public async Task<(string Outcome, string Explanation)> WhyNotAsync(AssignmentProposal proposal, ClientId clientId, CancellationToken ct)
    {
        var trial = await db.Trials.AsNoTracking().SingleAsync(t => t.Id == proposal.ScopeId, ct);
        var arm = await db.TrialAssignments.AsNoTracking().Where(a => a.TrialId == trial.Id && a.ClientId == clientId).Select(a => (TrialArm?)a.Arm).SingleOrDefaultAsync(ct);
        if (arm is null)
        {
            return ("Out of scope", $"Not in the randomised trial \"{trial.Name}\".");
        }

        if (arm == TrialArm.Control)
        {
            return ("Out of scope", TrialProtection.Refusal(trial.Name).Message + " (R-113)");
        }

        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => new
        {
            c.HomeSiteId,
            Site = db.Sites.Where(s => s.Id == c.HomeSiteId).Select(s => s.Name).Single(),
            Open = db.Placements.Where(p => p.ClientId == c.Id && p.EndedAt == null).Select(p => (CaseManagementService?)p.Service).FirstOrDefault(),
        }).SingleAsync(ct);
        if (proposal.ScopeSiteId is { } only && only != client.HomeSiteId)
        {
            return ("Out of scope", $"A treatment client of another site; this proposal is for {proposal.ScopeName}.");
        }

        if (client.Open == trial.Service)
        {
            return ("Not assigned", $"{AlreadyInService} ({trial.Service.ShortName()}).");
        }

        var siteRow = await db.ProposalSites.AsNoTracking().SingleOrDefaultAsync(s => s.ProposalId == proposal.Id && s.SiteId == client.HomeSiteId, ct);
        if (siteRow is null && client.Open is { } other)
        {
            return ("Not assigned", $"On a {other.ShortName()} caseload when the proposal was made: end that placement before offering {trial.Service.ShortName()}.");
        }

        var caseloads = await db.ProposalCaseloads.AsNoTracking().CountAsync(c => c.ProposalId == proposal.Id && c.SiteId == client.HomeSiteId, ct);
        return ("Not assigned", NoPlace(trial.Service, client.Site, caseloads, siteRow?.FreeFaceToFaceBefore ?? 0, siteRow?.PlacedFromSite ?? 0));
    }

    /// <summary>Why a treatment client was left unassigned: no caseload of the service, every one full, or the places went first in the draw.</summary>
    public static string NoPlace(CaseManagementService service, string siteName, int caseloads, int freeBefore, int placedFromSite)
    {
        var name = service.ShortName();
        if (caseloads == 0)
        {
            return $"No {name} case manager at {siteName} is taking clients (none there, or on leave today).";
        }

        return freeBefore == 0
            ? string.Create(CultureInfo.InvariantCulture, $"No free place on the {caseloads} {name} caseloads at {siteName}: each is at its capacity (R-014). Offer again when a place frees up.")
            : string.Create(CultureInfo.InvariantCulture, $"The {freeBefore} free {name} places at {siteName} went to {placedFromSite} treatment clients earlier in the trial's random draw order; caseloads are never filled beyond capacity (R-014). Offer again when a place frees up.");
    }
}
