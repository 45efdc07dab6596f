using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using static Tautoko.Core.Tests.Assignment.Instances;

namespace Tautoko.Core.Tests.Assignment;

/// <summary>
/// The default weights pinned, and what they do: fill first, the mix before priority,
/// youth first within the mix, home site first, phone-based only for those it may take.
/// </summary>
public sealed class PolicyTests
{
    private static int[] AddedByCohort(AssignmentProblem problem, AssignmentSolution solution, int caseload = 0)
    {
        var added = new int[4];
        for (var i = 0; i < solution.CaseloadOf.Count; i++)
        {
            if (solution.CaseloadOf[i] == caseload)
            {
                added[(int)problem.Candidates[i].Cohort]++;
            }
        }

        return added;
    }

    [Fact]
    public void DefaultWeights_ArePinned()
    {
        // National office's policy: changing a default is a decision, so a test must change with it.
        Assert.Equal(new AssignmentWeights(1000, 100, 40, 20, 40, 1, 52, 150, 200), AssignmentWeights.Default);
        Assert.Equal(new CohortMix(50, 30, 10, 10), AssignmentPolicy.Default.Mix);
    }

    [Fact]
    public void DefaultWeights_Implications_SayFillThenMixThenYouth()
    {
        var notes = AssignmentWeights.Default.Implications();
        Assert.StartsWith("Caseloads are filled first", notes[0], StringComparison.Ordinal);
        Assert.StartsWith("The mix comes before priority", notes[1], StringComparison.Ordinal);
        Assert.StartsWith("Within the mix, youth come first", notes[2], StringComparison.Ordinal);
        Assert.StartsWith("Home site first", notes[3], StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyCaseload_AllCohortsPlentiful_ComesOutAt50_30_10_10_R015()
    {
        // an empty face-to-face caseload of 105 filled from plenty of every cohort lands exactly on target.
        var problem = Problem(
            [FaceToFace(SiteA, 105, 0)],
            [.. Many(150, SiteA, PriorityCohort.Youth), .. Many(150, SiteA, PriorityCohort.UnderTwoYears), .. Many(150, SiteA, PriorityCohort.OverTwoYears, 900), .. Many(150, SiteA, PriorityCohort.WithChildren)]);

        var solution = AssignmentGraph.Build(problem).Solve();

        Assert.Equal([53, 32, 10, 10], AddedByCohort(problem, solution));
        var outcome = AssignmentOutcome.From(problem, solution.CaseloadOf);
        Assert.Equal(0, outcome.Caseloads[0].Overshoot);
        Assert.True(outcome.Caseloads[0].MixDistance(CohortMix.Seed) < 1.0, "Within a percentage point of 50/30/10/10 (105 does not split evenly).");
    }

    [Fact]
    public void ScarcePlaces_YouthAndOthersBothShort_YouthFirst_R016()
    {
        // 3 places, youth and under-24-month clients both below target; youth come first even though the others waited a year.
        var problem = Problem(
            [FaceToFace(SiteA, 105, 102, 50, 28, 11, 10)],
            [.. Many(5, SiteA, PriorityCohort.Youth, 10), .. Many(5, SiteA, PriorityCohort.UnderTwoYears, 365)]);

        var solution = AssignmentGraph.Build(problem).Solve();

        Assert.Equal([3, 0, 0, 0], AddedByCohort(problem, solution));
    }

    [Fact]
    public void YouthAtTarget_OthersShort_MixBeatsPriority_R015()
    {
        // R-015 before R-016: youth already at their 53, so the places go to the cohorts below target.
        var problem = Problem(
            [FaceToFace(SiteA, 105, 100, 53, 27, 10, 10)],
            [.. Many(10, SiteA, PriorityCohort.Youth), .. Many(10, SiteA, PriorityCohort.UnderTwoYears), .. Many(10, SiteA, PriorityCohort.OverTwoYears)]);

        var solution = AssignmentGraph.Build(problem).Solve();

        Assert.Equal([0, 5, 0, 0], AddedByCohort(problem, solution));
    }

    [Fact]
    public void OnlyOverTargetClients_StillFillTheCaseload_R014()
    {
        // caseloads are kept full; a client over the cohort's share is better than an empty place.
        var problem = Problem([FaceToFace(SiteA, 105, 100, 60, 20, 10, 10)], Many(8, SiteA, PriorityCohort.Youth));

        var solution = AssignmentGraph.Build(problem).Solve();

        Assert.Equal(5, solution.Placed);
    }

    [Fact]
    public void WithinACohort_LongestWaitsFirst()
    {
        var problem = Problem([FaceToFace(SiteA, 10, 9, 4, 3, 1, 1)], [Client(SiteA, PriorityCohort.Youth, 20), Client(SiteA, PriorityCohort.Youth, 200), Client(SiteA, PriorityCohort.Youth, 90)]);

        var solution = AssignmentGraph.Build(problem).Solve();

        Assert.Equal([-1, 0, -1], solution.CaseloadOf);
    }

    [Fact]
    public void HomeSiteFirst_ThenAnotherSiteOfTheRegion_R006()
    {
        // a place at site B goes to B's own client; A's client, with no place at A, is placed at B only when B has one spare.
        var problem = Problem(
            [FaceToFace(SiteB, 10, 8, 5, 2, 1, 0)],
            [Client(SiteA, PriorityCohort.Youth, 300), Client(SiteB, PriorityCohort.OverTwoYears, 10)]);

        var solution = AssignmentGraph.Build(problem).Solve();
        Assert.Equal([0, 0], solution.CaseloadOf);

        var tight = Problem([FaceToFace(SiteB, 10, 9, 5, 2, 1, 0)], [Client(SiteA, PriorityCohort.Youth, 300), Client(SiteB, PriorityCohort.OverTwoYears, 10)]);
        Assert.Equal([-1, 0], AssignmentGraph.Build(tight).Solve().CaseloadOf);
    }

    [Fact]
    public void HomeSiteOnly_WhenAwayWeightIsNull_R006()
    {
        var problem = Problem([FaceToFace(SiteB, 10, 8)], [Client(SiteA, PriorityCohort.Youth)], AssignmentWeights.Default with { AwayFromHomeSite = null });
        Assert.Equal([-1], AssignmentGraph.Build(problem).Solve().CaseloadOf);
    }

    [Fact]
    public void OtherRegion_IsNeverUsed_R006()
    {
        var problem = Problem([FaceToFace(SiteC, 10, 0)], [Client(SiteA, PriorityCohort.Youth)]);
        Assert.Equal([-1], AssignmentGraph.Build(problem).Solve().CaseloadOf);
    }

    [Fact]
    public void PhoneBased_TakesOnlyEligibleClientsOfServedRegions_R017_R018()
    {
        // the unit serves the phone region only; R-018: an excepted client never goes to phone-based.
        var problem = Problem(
            [Phone(110, 100)],
            [Client(SiteA, PriorityCohort.UnderTwoYears, phone: false), Client(SiteC, PriorityCohort.UnderTwoYears), Client(SiteB, PriorityCohort.UnderTwoYears)]);

        var solution = AssignmentGraph.Build(problem).Solve();

        Assert.Equal([-1, -1, 0], solution.CaseloadOf);
    }

    [Fact]
    public void WrongWeights_PriorityBeatsMix_TheReportShowsIt()
    {
        // With MixOvershoot below the youth advantage, an empty caseload fills with youth: the weights say so and the mix report shows it.
        var weights = AssignmentWeights.Default with { MixOvershoot = 10 };
        Assert.Contains("may drift from the mix", weights.Implications()[1], StringComparison.Ordinal);
        var problem = Problem(
            [FaceToFace(SiteA, 105, 0)],
            [.. Many(150, SiteA, PriorityCohort.Youth), .. Many(150, SiteA, PriorityCohort.UnderTwoYears), .. Many(150, SiteA, PriorityCohort.OverTwoYears), .. Many(150, SiteA, PriorityCohort.WithChildren)],
            weights);

        var solution = AssignmentGraph.Build(problem).Solve();
        var outcome = AssignmentOutcome.From(problem, solution.CaseloadOf);

        Assert.Equal(105, AddedByCohort(problem, solution)[0]);
        Assert.Equal(50, Math.Round(outcome.Caseloads[0].MixDistance(CohortMix.Seed)), 0);
    }

    [Fact]
    public void Outcome_ReportsWaitingOfChosenClients()
    {
        var problem = Problem([FaceToFace(SiteA, 10, 7, 2, 3, 1, 1)], [Client(SiteA, PriorityCohort.Youth, 14), Client(SiteA, PriorityCohort.Youth, 70), Client(SiteA, PriorityCohort.Youth, 35)]);
        var solution = AssignmentGraph.Build(problem).Solve();
        var outcome = AssignmentOutcome.From(problem, solution.CaseloadOf);
        Assert.Equal(new WaitingSummary(3, 119 / 3.0, 35, 70), outcome.Waiting);
        Assert.Equal(3, outcome.WaitingByCohort[PriorityCohort.Youth].Count);
    }
}
