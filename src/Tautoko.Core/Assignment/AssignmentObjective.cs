using Tautoko.Core.Caseloads;

namespace Tautoko.Core.Assignment;

/// <summary>
/// The proposal's objective, evaluated directly on a per-client assignment (no flow graph): the solver's
/// answer and a brute-force search are both scored with it, so a test can show the solver is optimal.
/// </summary>
public static class AssignmentObjective
{
    /// <summary>
    /// The value of an assignment (<paramref name="caseloadOf"/>[i] is candidate i's caseload index or -1), or
    /// null when it breaks a rule: a caseload over its free places or a client sent where they may not go.
    /// </summary>
    public static long? Evaluate(AssignmentProblem problem, IReadOnlyList<int> caseloadOf)
    {
        var placedClients = new List<Candidate>();
        var caseloadOfPlaced = new List<int>();
        for (var i = 0; i < caseloadOf.Count; i++)
        {
            if (caseloadOf[i] >= 0)
            {
                placedClients.Add(problem.Candidates[i]);
                caseloadOfPlaced.Add(caseloadOf[i]);
            }
        }

        return Evaluate(problem, placedClients, caseloadOfPlaced);
    }

    /// <summary>The value of the placements alone (<paramref name="clients"/>[i] goes to caseload <paramref name="caseloadOf"/>[i]); unplaced clients add nothing.</summary>
    public static long? Evaluate(AssignmentProblem problem, IReadOnlyList<Candidate> clients, IReadOnlyList<int> caseloadOf)
    {
        var weights = problem.Policy.Weights;
        var added = new int[problem.Caseloads.Count, PriorityCohorts.Count];
        var placed = new int[problem.Caseloads.Count];
        long value = 0;
        for (var i = 0; i < caseloadOf.Count; i++)
        {
            var c = caseloadOf[i];
            var client = clients[i];
            var reach = problem.ReachOf(client, c);
            if (reach == Reach.None)
            {
                return null;
            }

            value += weights.PlacementValue(client.Cohort, client.WaitedDays);
            if (reach == Reach.Away)
            {
                value -= weights.AwayFromHomeSite!.Value;
            }

            added[c, (int)client.Cohort]++;
            placed[c]++;
        }

        for (var c = 0; c < problem.Caseloads.Count; c++)
        {
            var slot = problem.Caseloads[c];
            if (placed[c] > slot.Free)
            {
                return null;
            }

            for (var k = 0; k < PriorityCohorts.Count; k++)
            {
                value -= (long)weights.MixOvershoot * Math.Max(0, slot.ExistingByCohort[k] + added[c, k] - problem.Targets[c][k]);
            }
        }

        return value;
    }
}
