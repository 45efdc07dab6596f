using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Assignment;

/// <summary>Small assignment problems: three sites in two regions, the first region served by a phone-based unit.</summary>
internal static class Instances
{
    public static readonly RegionId PhoneRegion = new(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));
    public static readonly RegionId OtherRegion = new(Guid.Parse("00000000-0000-0000-0000-0000000000a2"));
    public static readonly SiteId SiteA = new(Guid.Parse("00000000-0000-0000-0000-0000000000b1"));
    public static readonly SiteId SiteB = new(Guid.Parse("00000000-0000-0000-0000-0000000000b2"));
    public static readonly SiteId SiteC = new(Guid.Parse("00000000-0000-0000-0000-0000000000b3"));
    public static readonly SiteId PhoneUnit = new(Guid.Parse("00000000-0000-0000-0000-0000000000b4"));

    public static readonly Dictionary<SiteId, RegionId> Regions = new()
    {
        [SiteA] = PhoneRegion,
        [SiteB] = PhoneRegion,
        [SiteC] = OtherRegion,
        [PhoneUnit] = OtherRegion,
    };

    public static CaseloadSlot FaceToFace(SiteId site, int capacity, int filled, params int[] existing) =>
        new(new StaffId(Guid.NewGuid()), site, CaseManagementService.EmploymentFaceToFace, capacity, filled, existing.Length == 4 ? existing : [0, 0, 0, 0], []);

    public static CaseloadSlot Phone(int capacity, int filled, params int[] existing) =>
        new(new StaffId(Guid.NewGuid()), PhoneUnit, CaseManagementService.PhoneBased, capacity, filled, existing.Length == 4 ? existing : [0, 0, 0, 0], [PhoneRegion]);

    public static Candidate Client(SiteId site, PriorityCohort cohort, int waitedDays = 30, bool phone = true) =>
        new(new ClientId(Guid.NewGuid()), site, Regions[site], cohort, waitedDays, phone, phone ? null : "phone-based exception: refugee quota (R-018)");

    public static IEnumerable<Candidate> Many(int count, SiteId site, PriorityCohort cohort, int waitedDays = 30, bool phone = true) =>
        Enumerable.Range(0, count).Select(_ => Client(site, cohort, waitedDays, phone));

    public static AssignmentProblem Problem(IEnumerable<CaseloadSlot> caseloads, IEnumerable<Candidate> candidates, AssignmentWeights? weights = null, CohortMix? mix = null) =>
        new([.. caseloads], [.. candidates], Regions, new AssignmentPolicy(weights ?? AssignmentWeights.Default, mix ?? CohortMix.Seed));

    /// <summary>A random small instance: up to 3 caseloads with a few free places, up to 7 clients, random weights half the time.</summary>
    public static AssignmentProblem Random(int seed)
    {
        var random = new Random(seed);
        SiteId[] sites = [SiteA, SiteB, SiteC];
        var caseloads = new List<CaseloadSlot>();
        for (var c = random.Next(1, 4); c > 0; c--)
        {
            var capacity = random.Next(3, 12);
            var existing = new int[4];
            var filled = random.Next(Math.Max(0, capacity - 4), capacity + 1);
            for (var n = 0; n < filled; n++)
            {
                if (random.NextDouble() < 0.85)
                {
                    existing[random.Next(4)]++;
                }
            }

            caseloads.Add(random.NextDouble() < 0.25
                ? new CaseloadSlot(new StaffId(Guid.NewGuid()), PhoneUnit, CaseManagementService.PhoneBased, capacity, filled, existing, [PhoneRegion])
                : new CaseloadSlot(new StaffId(Guid.NewGuid()), sites[random.Next(3)], random.NextDouble() < 0.2 ? CaseManagementService.EmploymentReserve : CaseManagementService.EmploymentFaceToFace, capacity, filled, existing, []));
        }

        var clients = Enumerable.Range(0, random.Next(0, 8))
            .Select(_ => Client(sites[random.Next(3)], (PriorityCohort)random.Next(4), random.Next(0, 900), random.NextDouble() < 0.6))
            .ToList();
        var weights = random.NextDouble() < 0.5
            ? AssignmentWeights.Default
            : new AssignmentWeights(random.Next(0, 500), random.Next(0, 200), random.Next(0, 200), random.Next(0, 200), random.Next(0, 200), random.Next(0, 5), random.Next(0, 60), random.Next(0, 300), random.NextDouble() < 0.3 ? null : random.Next(0, 400));
        var mix = random.NextDouble() < 0.7 ? CohortMix.Seed : new CohortMix(40, 20, 20, 20);
        return Problem(caseloads, clients, weights, mix);
    }

    /// <summary>The best objective over every assignment of clients to caseloads (or none), by exhaustive search.</summary>
    public static long BruteForce(AssignmentProblem problem)
    {
        var best = long.MinValue;
        var current = new int[problem.Candidates.Count];
        var used = new int[problem.Caseloads.Count];
        void Search(int i)
        {
            if (i == current.Length)
            {
                best = Math.Max(best, AssignmentObjective.Evaluate(problem, current)!.Value);
                return;
            }

            current[i] = -1;
            Search(i + 1);
            for (var c = 0; c < problem.Caseloads.Count; c++)
            {
                if (used[c] < problem.Caseloads[c].Free && problem.ReachOf(i, c) != Reach.None)
                {
                    current[i] = c;
                    used[c]++;
                    Search(i + 1);
                    used[c]--;
                }
            }

            current[i] = -1;
        }

        Search(0);
        return best;
    }
}
