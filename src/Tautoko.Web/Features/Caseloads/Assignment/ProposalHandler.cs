using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Assignment;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Data.Bulk;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>A proposal that was made and saved for review, with its figures.</summary>
public sealed record ProposalCreated(Guid Id, ProposalFigures Figures);

/// <summary>
/// Makes a proposal: loads the scope, solves it optimally (OR-Tools min-cost flow), explains every
/// placement, reports the mix and waiting, and saves it for review. Nothing is placed until it is applied.
/// </summary>
public sealed class ProposalHandler(TautokoDbContext db, AssignmentData data, ProposalWriter writer, TrialProposals trials, TimeProvider clock)
{
    public async Task<Outcome<ProposalCreated>> CreateAsync(ProposalInput input, Actor actor, Viewer? viewer, IProgress<string>? progress, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var problems = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ProposalScope>(input.Scope, true, out var scope) || !Enum.IsDefined(scope))
        {
            problems["scope"] = ["scope is \"site\", \"region\", \"national\" or \"trial\"."];
        }
        else if (scope != ProposalScope.National && input.Id is null)
        {
            problems["id"] = [$"Give the {scope.ToString().ToLowerInvariant()}'s id."];
        }
        else if (scope == ProposalScope.Trial && input.WhatIf is not null)
        {
            problems["whatIf"] = ["A trial's proposal takes no what-ifs: its places are the real ones and every treatment client counts the same."];
        }
        else if (scope != ProposalScope.Trial && input.SiteId is not null)
        {
            problems["siteId"] = ["siteId narrows a trial's proposal to one site's treatment clients; a site's own proposal takes the site as its id."];
        }

        var whatIf = ReadWhatIf(input.WhatIf, problems);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var definition = await data.ScopeAsync(scope, input.Id, input.SiteId is { } only ? new SiteId(only) : null, ct);
        if (definition is null)
        {
            return Failure.NotFound($"There is no {scope.ToString().ToLowerInvariant()} {input.Id}.");
        }

        if (viewer is not null && await ProposalAccess.RefusalAsync(db, viewer, definition, ct) is { } refusal)
        {
            return refusal;
        }

        if (scope == ProposalScope.Trial)
        {
            return (await trials.CreateAsync(definition, actor, ct)).Map(made => new ProposalCreated(made.Id, made.Figures));
        }

        var stored = (await db.AssignmentPolicy.AsNoTracking().SingleAsync(ct)).Policy;
        var policy = new AssignmentPolicy(whatIf.Weights ?? stored.Weights, whatIf.Mix ?? stored.Mix);
        try
        {
            policy.Validate();
        }
        catch (DomainException ex)
        {
            return Failure.Invalid("whatIf", ex.Error.Message);
        }

        var today = DateDisplay.TodayInAuckland(clock);
        progress?.Report("Loading caseloads and clients");
        var loaded = await data.LoadAsync(definition, policy, whatIf, today, ct);

        progress?.Report("Solving (OR-Tools min-cost flow)");
        TimeSpan buildTime, decomposeTime;
        GroupSolution solution;
        PlacedClients placed;
        await using (loaded)
        {
            var build = Stopwatch.StartNew();
            var graph = AssignmentGraph.Build(loaded.Problem);
            buildTime = build.Elapsed;
            solution = graph.SolveGroups();

            // The solution says how many of each group go where; the clients themselves (longest waits first) are read now.
            var decompose = Stopwatch.StartNew();
            placed = await data.PlacedAsync(loaded, solution, ct);
            decomposeTime = solution.DecomposeTime + decompose.Elapsed;
        }

        progress?.Report("Explaining");
        var explain = Stopwatch.StartNew();
        var problem = loaded.Problem;
        var outcome = AssignmentOutcome.From(problem, placed.Clients, placed.CaseloadOf);
        var proposal = new AssignmentProposal(Guid.CreateVersion7(), scope, definition.Id, definition.Name, actor.StaffId, clock.GetUtcNow(), ProposalJson.Write(policy), ProposalJson.Write(whatIf));
        var lines = new List<AssignmentProposalLine>(placed.Clients.Count);
        for (var i = 0; i < placed.Clients.Count; i++)
        {
            var c = placed.CaseloadOf[i];
            var client = placed.Clients[i];
            var slot = problem.Caseloads[c];
            var reach = problem.ReachOf(client, c);
            var text = AssignmentExplanations.Placed(client, outcome.Caseloads[c], reach, loaded.CaseManagerNames[slot.StaffId], loaded.SiteNames[slot.SiteId]);
            lines.Add(new AssignmentProposalLine(Guid.CreateVersion7(), proposal.Id, client.ClientId, slot.StaffId, slot.SiteId, slot.Service, client.Cohort, client.WaitedDays, reach == Reach.Away, text, LineOrigin.Solver, null, null, null));
        }

        var reachable = ReachableSites(problem);
        var noPlace = 0;
        var outranked = 0;
        for (var g = 0; g < problem.Groups.Count; g++)
        {
            var unplaced = problem.Groups[g].Count - placed.PlacedByGroup[g];
            if (CanReach(problem, problem.Groups[g], reachable))
            {
                outranked += unplaced;
            }
            else
            {
                noPlace += unplaced;
            }
        }

        var figures = Figures(loaded, solution, outcome, noPlace, outranked, new StageTimes(
            loaded.LoadTime.TotalMilliseconds, buildTime.TotalMilliseconds, solution.SolverTime.TotalMilliseconds, decomposeTime.TotalMilliseconds,
            explain.Elapsed.TotalMilliseconds, 0, 0, solution.Nodes, solution.Arcs, solution.GroupCount));
        var explainTime = explain.Elapsed;

        progress?.Report("Saving the proposal");
        var save = Stopwatch.StartNew();
        var freeBefore = problem.Caseloads.Sum(c => c.Free);
        proposal.Record(solution.Objective, loaded.ClientsInScope, problem.CandidateCount, freeBefore, lines.Count, ProposalJson.Write(figures));
        await writer.SaveAsync(proposal, lines, outcome.Caseloads, [.. outcome.Sites.Select(s => new AssignmentProposalSite(proposal.Id, s, reachable.Contains(s.SiteId)))], actor, $"{scope} proposal for {definition.Name}: {lines.Count} placements proposed", ct);

        // The timings go in once the save is done, so the stored figures include it.
        var times = figures.Times with { ExplainMs = explainTime.TotalMilliseconds, SaveMs = save.Elapsed.TotalMilliseconds, TotalMs = total.Elapsed.TotalMilliseconds };
        figures = figures with { Times = times };
        var summary = ProposalJson.Write(figures);
        await db.Proposals.Where(p => p.Id == proposal.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Summary, summary), ct);
        return new ProposalCreated(proposal.Id, figures);
    }

    private static WhatIf ReadWhatIf(WhatIfInput? input, Dictionary<string, string[]> problems)
    {
        if (input is null)
        {
            return WhatIf.None;
        }

        Dictionary<CaseManagementService, int>? capacities = null;
        foreach (var (name, size) in input.Capacities ?? [])
        {
            var service = CaseManagementServices.All.FirstOrDefault(s => string.Equals(s.ToString(), name, StringComparison.OrdinalIgnoreCase) || string.Equals(s.ShortName(), name, StringComparison.OrdinalIgnoreCase));
            if (!service.IsEmployment() || !(string.Equals(service.ToString(), name, StringComparison.OrdinalIgnoreCase) || string.Equals(service.ShortName(), name, StringComparison.OrdinalIgnoreCase)))
            {
                problems["whatIf.capacities"] = ["Capacities are for ECM, ECM-R or PBCM."];
                continue;
            }

            if (size is < 1 or > ServiceCapacity.Maximum)
            {
                problems["whatIf.capacities"] = [$"A caseload holds between 1 and {ServiceCapacity.Maximum} clients."];
                continue;
            }

            capacities ??= [];
            capacities[service] = size;
        }

        return new WhatIf(capacities, input.OnLeave, input.Mix, input.Weights);
    }

    /// <summary>Sites whose clients could reach a free place at all (home site, region if allowed, or a phone-based unit).</summary>
    private static HashSet<SiteId> ReachableSites(AssignmentProblem problem)
    {
        var reachable = new HashSet<SiteId>();
        foreach (var site in problem.Groups.Select(g => g.HomeSiteId).Distinct())
        {
            var region = problem.SiteRegions.GetValueOrDefault(site);
            if (problem.Caseloads.Any(c => c.Free > 0 && !c.IsPhoneBased && (c.SiteId == site || (problem.Policy.Weights.AwayFromHomeSite is not null && problem.SiteRegions.GetValueOrDefault(c.SiteId) == region))))
            {
                reachable.Add(site);
            }
        }

        return reachable;
    }

    private static bool CanReach(AssignmentProblem problem, CandidateGroup client, HashSet<SiteId> reachableSites)
    {
        return reachableSites.Contains(client.HomeSiteId)
            || (client.PhoneEligible && problem.Caseloads.Any(c => c.Free > 0 && c.IsPhoneBased && c.ServedRegions.Contains(client.HomeRegionId)));
    }

    private static ProposalFigures Figures(LoadedProblem loaded, GroupSolution solution, AssignmentOutcome outcome, int noPlace, int outranked, StageTimes times)
    {
        var problem = loaded.Problem;
        var added = new int[PriorityCohorts.Count];
        var after = new int[PriorityCohorts.Count];
        foreach (var caseload in outcome.Caseloads)
        {
            for (var k = 0; k < PriorityCohorts.Count; k++)
            {
                added[k] += caseload.Added[k];
                after[k] += caseload.Existing[k] + caseload.Added[k];
            }
        }

        var filledAfter = outcome.Caseloads.Sum(c => c.FilledAfter);
        var touched = outcome.Caseloads.Where(c => c.FilledAfter > 0).Select(c => c.MixDistance(problem.Policy.Mix)).ToList();
        return new ProposalFigures(
            loaded.Excluded,
            problem.CandidateCount,
            solution.ReachableClients,
            solution.Placed,
            noPlace,
            outranked,
            outcome.Waiting,
            outcome.WaitingByCohort.ToDictionary(p => p.Key.DisplayName(), p => p.Value),
            added,
            [.. after.Select(a => filledAfter == 0 ? 0 : Math.Round(100.0 * a / filledAfter, 1))],
            touched.Count == 0 ? 0 : Math.Round(touched.Average(), 1),
            touched.Count == 0 ? 0 : Math.Round(touched.Max(), 1),
            outcome.Caseloads.Sum(c => c.Overshoot),
            loaded.ExcludedCaseManagers,
            problem.Policy.Weights.Implications(),
            times);
    }
}
