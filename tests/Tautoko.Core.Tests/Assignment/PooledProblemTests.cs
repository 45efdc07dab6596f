using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Assignment;

/// <summary>
/// A randomised trial's treatment clients through the assignment solver: one pool, no cohort mix, home site only,
/// never beyond a caseload's free places; the clients the places cannot take are left unassigned.
/// </summary>
public sealed class PooledProblemTests
{
    private static CaseloadSlot Ics(SiteId site, int capacity, int filled) =>
        new(new StaffId(Guid.NewGuid()), site, CaseManagementService.IntensiveClientSupport, capacity, filled, new int[PriorityCohorts.Count], []);

    private static List<PoolCandidate> Treated(int count, SiteId site) =>
        [.. Enumerable.Range(0, count).Select(_ => new PoolCandidate(new ClientId(Guid.NewGuid()), site, Instances.Regions[site], 3))];

    [Fact]
    public void Pool_MoreTreatmentClientsThanFreePlaces_FillsEveryPlaceAndLeavesTheRest_R113_R014()
    {
        // Site A: two ICS caseloads of 60 with 2 and 1 free places; site B: one with 4 free; site C: none at all.
        var caseloads = new[] { Ics(Instances.SiteA, 60, 58), Ics(Instances.SiteA, 60, 59), Ics(Instances.SiteB, 60, 56) };
        var candidates = Treated(5, Instances.SiteA).Concat(Treated(2, Instances.SiteB)).Concat(Treated(2, Instances.SiteC)).ToList();
        var problem = AssignmentProblem.Pool(caseloads, candidates, Instances.Regions, 1000);

        var solution = AssignmentGraph.Build(problem).Solve();

        // Every placement keeps the rules (home site, free places), and the places that can be filled are.
        Assert.NotNull(AssignmentObjective.Evaluate(problem, solution.CaseloadOf));
        Assert.Equal(3 + 2, solution.Placed);
        var placedAt = solution.CaseloadOf.Select((c, i) => (c, i)).Where(x => x.c >= 0).ToList();
        Assert.All(placedAt, x => Assert.Equal(candidates[x.i].HomeSiteId, caseloads[x.c].SiteId));
        Assert.Equal(2, placedAt.Count(x => x.c == 0));
        Assert.Equal(1, placedAt.Count(x => x.c == 1));
        Assert.Equal(2, placedAt.Count(x => x.c == 2));

        // Site A keeps two treatment clients unassigned (over capacity); site C's have no caseload to go to.
        Assert.Equal(2, Enumerable.Range(0, 5).Count(i => solution.CaseloadOf[i] < 0));
        Assert.All(Enumerable.Range(7, 2), i => Assert.Equal(-1, solution.CaseloadOf[i]));
        Assert.Equal(7, solution.ReachableClients);
    }

    [Fact]
    public void Pool_IsNotAnEmploymentProblem_NoCohortsNoPriorityNoAwaySite()
    {
        var problem = AssignmentProblem.Pool([Ics(Instances.SiteA, 60, 0)], Treated(1, Instances.SiteB), Instances.Regions, 1000);

        Assert.True(problem.Pooled);
        Assert.Null(problem.Policy.Weights.AwayFromHomeSite);
        Assert.Equal(0, problem.Policy.Weights.MixOvershoot);
        Assert.All(PriorityCohorts.All, k => Assert.Equal(0, problem.Policy.Weights.Priority(k)));

        // Another site of the same region is never used for a trial's treatment client.
        Assert.Equal(0, AssignmentGraph.Build(problem).Solve().Placed);
    }

    [Fact]
    public void ByCohort_RefusesTheTestedServicesCaseloads_PoolRefusesPhoneBasedAndCohortCounts()
    {
        // The employment proposal still fills employment caseloads only.
        Assert.Throws<ArgumentException>(() => new AssignmentProblem([Ics(Instances.SiteA, 60, 0)], [], Instances.Regions, AssignmentPolicy.Default));
        Assert.Throws<ArgumentException>(() => AssignmentProblem.Pool([Instances.Phone(60, 0, 0, 0, 0, 0)], [], Instances.Regions, 1000));
        var counted = new CaseloadSlot(new StaffId(Guid.NewGuid()), Instances.SiteA, CaseManagementService.IntensiveClientSupport, 60, 1, [1, 0, 0, 0], []);
        Assert.Throws<ArgumentException>(() => AssignmentProblem.Pool([counted], [], Instances.Regions, 1000));
    }
}
