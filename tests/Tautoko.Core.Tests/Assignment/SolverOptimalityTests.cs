using Tautoko.Core.Assignment;

namespace Tautoko.Core.Tests.Assignment;

/// <summary>The min-cost flow reaches the true optimum of the stated objective: checked against exhaustive search.</summary>
public sealed class SolverOptimalityTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 300; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_SmallInstance_MatchesBruteForceOptimum_R014_R015_R016(int seed)
    {
        var problem = Instances.Random(seed);

        var solution = AssignmentGraph.Build(problem).Solve();

        // The solver's assignment keeps every rule (Evaluate is null otherwise) and scores what it claims ...
        Assert.Equal(solution.Objective, AssignmentObjective.Evaluate(problem, solution.CaseloadOf));
        // ... and nothing scores better.
        Assert.Equal(Instances.BruteForce(problem), solution.Objective);
    }

    [Fact]
    public void Solve_NoFreePlaces_PlacesNobody()
    {
        var problem = Instances.Problem([Instances.FaceToFace(Instances.SiteA, 5, 5, 2, 2, 1, 0)], Instances.Many(3, Instances.SiteA, Tautoko.Core.Caseloads.PriorityCohort.Youth));
        var solution = AssignmentGraph.Build(problem).Solve();
        Assert.Equal(0, solution.Placed);
        Assert.Equal(AssignmentObjective.Evaluate(problem, solution.CaseloadOf), solution.Objective);
    }
}
