using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Assignment;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Platform;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Assignment;

/// <summary>
/// A proposal is loaded as the database's counts of clients by what the rules read (issue 12): it must be exactly the
/// proposal made by reading every client's facts one by one and judging each with the rules, as proposals were loaded
/// before — the same counts, candidates, exclusions, cohorts already on each caseload, and the same client placed with
/// the same case manager. On the generated demo dataset, nationally and for one region.
/// </summary>
public abstract class AggregatedLoadTests(TautokoServer server)
{
    [Fact]
    public Task NationalProposal_FromCounts_IsTheProposalFromEveryClientOneByOne_R015() => SameProposalAsync(ProposalScope.National);

    [Fact]
    public async Task RegionProposal_FromCounts_IsTheProposalFromEveryClientOneByOne_R015()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var masterton = new SiteId(await server.MastertonSiteIdAsync());
        var region = await db.Sites.Where(s => s.Id == masterton).Select(s => s.RegionId).SingleAsync();
        await SameProposalAsync(ProposalScope.Region, region.Value);
    }

    private async Task SameProposalAsync(ProposalScope scopeKind, Guid? id = null)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<AssignmentData>();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var definition = (await data.ScopeAsync(scopeKind, id, CancellationToken.None))!;
        var policy = (await db.AssignmentPolicy.AsNoTracking().SingleAsync()).Policy;
        var today = DateDisplay.TodayInAuckland(TimeProvider.System);

        // As proposals are made now: counts, the solver on groups, then the placed clients read one by one.
        await using var loaded = await data.LoadAsync(definition, policy, WhatIf.None, today, CancellationToken.None);
        var countRows = await loaded.Counts.ReadAsync();
        var solution = AssignmentGraph.Build(loaded.Problem).SolveGroups();
        var placed = await data.PlacedAsync(loaded, solution, CancellationToken.None);

        // As they were made before: every client in scope read through EF Core and judged one by one.
        var clients = await AssignmentFacts.Query(db, data.ClientsIn(definition)).ToListAsync();
        var phoneRegions = await AssignmentFacts.PhoneRegionsAsync(db, CancellationToken.None);
        var bands = AssignmentBands.For(today, policy.Weights);
        var candidates = new List<Candidate>();
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        var expectedCounts = new Dictionary<(SiteId, StaffId?, ClientBandFlags, int?), int>();
        foreach (var row in clients)
        {
            var facts = row.ToFacts();
            var clientBands = bands.BandsOf(facts);
            if (!clientBands.HasFlag(ClientBandFlags.Possible))
            {
                // Outside every cohort: counted as such (or as on a caseload) without reading further.
                Assert.Null(PriorityCohorts.CohortOf(new CohortFacts(facts.DateOfBirth, facts.Benefit, facts.BenefitStartDate, facts.Obligation, facts.HasDependentChildren), today));
                Count(reasons, facts.IsOnCaseload ? ProposalExclusions.OnCaseload : ProposalExclusions.NotInCohort);
                continue;
            }

            var waitedSince = Later(facts.BenefitStartDate, facts.LastPlacementEndedOn);
            var code = clientBands.HasFlag(ClientBandFlags.OnCaseload) ? clientBands & (ClientBandFlags)995
                : (clientBands & (ClientBandFlags)28) != 0 ? clientBands & (ClientBandFlags)29
                : clientBands;
            var key = (row.HomeSiteId, clientBands.HasFlag(ClientBandFlags.OnCaseload) ? row.OpenCaseManagerId : null, code, ((int)clientBands & 31) == 1 ? bands.CountedWeeks(waitedSince) : (int?)null);
            expectedCounts[key] = expectedCounts.GetValueOrDefault(key) + 1;

            var decision = EmploymentEligibility.Assess(facts, today, phoneRegions.Contains(row.HomeRegionId), explain: false);
            if (decision.Candidate is { } candidate)
            {
                Assert.Equal(policy.Weights.CountedWeeks(candidate.WaitedDays), bands.CountedWeeks(waitedSince));
                candidates.Add(candidate);
            }
            else
            {
                Count(reasons, ProposalExclusions.ReasonFor(decision, facts.Benefit) ?? ProposalExclusions.OnCaseload);
            }
        }

        // The database counted exactly what the rules, applied client by client, would have counted.
        Assert.Equal(
            expectedCounts.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => $"{p.Key} × {p.Value}"),
            countRows.Select(r => ((r.Site, r.CaseManagerId, r.Bands, r.Weeks), r.Count)).OrderBy(p => p.Item1.ToString(), StringComparer.Ordinal).Select(p => $"{p.Item1} × {p.Count}"));
        Assert.Equal(clients.Count, loaded.ClientsInScope);
        Assert.Equal(reasons.OrderBy(p => p.Key, StringComparer.Ordinal), loaded.Excluded.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(candidates.Count, loaded.Problem.CandidateCount);
        Assert.NotEmpty(candidates);

        // the cohorts already on each caseload, as every placed client's cohort says.
        var caseloads = new List<CaseloadSlot>();
        foreach (var slot in loaded.Problem.Caseloads)
        {
            var existing = new int[PriorityCohorts.Count];
            var onIt = await (from p in db.Placements.AsNoTracking()
                              where p.CaseManagerId == slot.StaffId && p.EndedAt == null
                              join c in db.Clients on p.ClientId equals c.Id
                              select new { c.DateOfBirth, c.Benefit, c.BenefitStartDate, c.Obligation, Children = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild) }).ToListAsync();
            foreach (var c in onIt)
            {
                if (PriorityCohorts.CohortOf(new CohortFacts(c.DateOfBirth, c.Benefit, c.BenefitStartDate, c.Obligation, c.Children), today) is { } k)
                {
                    existing[(int)k]++;
                }
            }

            Assert.Equal(existing, slot.ExistingByCohort);
            caseloads.Add(slot with { ExistingByCohort = existing });
        }

        var oneByOne = new AssignmentProblem(caseloads, candidates, loaded.Problem.SiteRegions, policy);
        Assert.Equal(
            oneByOne.Groups.Select(g => g.ToString()).Order(StringComparer.Ordinal),
            loaded.Problem.Groups.Select(g => g.ToString()).Order(StringComparer.Ordinal));
        var expected = AssignmentGraph.Build(oneByOne).Solve();

        // The same placements: each client with the same case manager, waiting the same days.
        Assert.Equal(expected.Objective, solution.Objective);
        Assert.True(expected.Placed > 0, "The demo dataset has free places and candidates, so something is placed.");
        var expectedLines = Enumerable.Range(0, candidates.Count)
            .Where(i => expected.CaseloadOf[i] >= 0)
            .Select(i => $"{candidates[i].ClientId.Value} → {caseloads[expected.CaseloadOf[i]].StaffId.Value}, waited {candidates[i].WaitedDays}")
            .Order(StringComparer.Ordinal);
        var actualLines = placed.Clients
            .Select((c, i) => $"{c.ClientId.Value} → {caseloads[placed.CaseloadOf[i]].StaffId.Value}, waited {c.WaitedDays}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedLines, actualLines);
        Assert.Equal(AssignmentObjective.Evaluate(oneByOne, expected.CaseloadOf), AssignmentObjective.Evaluate(loaded.Problem, placed.Clients, placed.CaseloadOf));
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

[Collection(SqliteServer.Collection)]
public sealed class AggregatedLoadTestsSqlite(SqliteServer server) : AggregatedLoadTests(server);

[Collection(PostgresServer.Collection)]
public sealed class AggregatedLoadTestsPostgres(PostgresServer server) : AggregatedLoadTests(server);
