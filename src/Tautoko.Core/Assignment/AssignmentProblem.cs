using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assignment;

/// <summary>
/// An employment caseload taking part in a proposal: its free places and the cohorts already on it.
/// A phone-based caseload lists the regions its unit serves; a face-to-face one serves its site.
/// </summary>
public sealed record CaseloadSlot(
    StaffId StaffId,
    SiteId SiteId,
    CaseManagementService Service,
    int Capacity,
    int Filled,
    IReadOnlyList<int> ExistingByCohort,
    IReadOnlyCollection<RegionId> ServedRegions)
{
    public int Free => Math.Max(0, Capacity - Filled);

    public bool IsPhoneBased => Service == CaseManagementService.PhoneBased;

    /// <summary>Clients on the caseload who are in no priority cohort today (they hold places, not shares).</summary>
    public int ExistingOutsideCohorts => Math.Max(0, Filled - ExistingByCohort.Sum());
}

/// <summary>
/// An eligible client without a caseload: cohort, days waited, and whether phone-based may take them
/// when it may not, <see cref="PhoneNote"/> says why (for the explanation).
/// </summary>
public sealed record Candidate(ClientId ClientId, SiteId HomeSiteId, RegionId HomeRegionId, PriorityCohort Cohort, int WaitedDays, bool PhoneEligible, string? PhoneNote = null);

/// <summary>A candidate of a pooled problem (<see cref="AssignmentProblem.Pool"/>): who, where, and days waited since offered.</summary>
public sealed record PoolCandidate(ClientId ClientId, SiteId HomeSiteId, RegionId HomeRegionId, int WaitedDays);

/// <summary>
/// Candidates who are interchangeable for the objective: same home site, cohort, counted weeks of waiting and
/// phone-based eligibility. A national proposal is loaded as these counts (the database groups the clients); only the
/// clients a solution places are read one by one afterwards.
/// </summary>
public sealed record CandidateGroup(SiteId HomeSiteId, RegionId HomeRegionId, PriorityCohort Cohort, int Weeks, bool PhoneEligible, int Count);

/// <summary>
/// Everything the solver sees: caseloads, candidates, the site → region map and the policy. Candidates come either one
/// by one (<see cref="Candidates"/>, grouped here) or already counted in groups (<see cref="FromGroups"/>, with
/// <see cref="Candidates"/> empty).
/// </summary>
public sealed class AssignmentProblem
{
    private readonly int[] _groupOfCandidate;

    public AssignmentProblem(IReadOnlyList<CaseloadSlot> caseloads, IReadOnlyList<Candidate> candidates, IReadOnlyDictionary<SiteId, RegionId> siteRegions, AssignmentPolicy policy)
        : this(caseloads, candidates, null, siteRegions, policy, false)
    {
    }

    private AssignmentProblem(IReadOnlyList<CaseloadSlot> caseloads, IReadOnlyList<Candidate> candidates, IReadOnlyList<CandidateGroup>? groups, IReadOnlyDictionary<SiteId, RegionId> siteRegions, AssignmentPolicy policy, bool pooled)
    {
        policy.Validate();
        Pooled = pooled;
        Caseloads = caseloads;
        Candidates = candidates;
        SiteRegions = siteRegions;
        Policy = policy;
        Targets = [.. caseloads.Select(c => policy.Mix.Targets(c.Capacity))];
        foreach (var caseload in caseloads)
        {
            if (!pooled && !caseload.Service.IsEmployment())
            {
                throw new ArgumentException($"Proposals by cohort fill employment caseloads only, not {caseload.Service}.", nameof(caseloads));
            }

            if (pooled && (caseload.IsPhoneBased || caseload.ExistingByCohort.Any(n => n != 0)))
            {
                throw new ArgumentException("A pooled problem fills face-to-face caseloads and counts no cohorts on them.", nameof(caseloads));
            }

            if (caseload.ExistingByCohort.Count != PriorityCohorts.Count)
            {
                throw new ArgumentException("Each caseload lists its existing clients for each of the four cohorts.", nameof(caseloads));
            }
        }

        if (groups is not null)
        {
            Groups = groups;
            _groupOfCandidate = [];
        }
        else
        {
            var index = new Dictionary<(SiteId, RegionId, PriorityCohort, int, bool), int>();
            var counts = new List<int>();
            var keys = new List<(SiteId Site, RegionId Region, PriorityCohort Cohort, int Weeks, bool Phone)>();
            _groupOfCandidate = new int[candidates.Count];
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                var key = (c.HomeSiteId, c.HomeRegionId, c.Cohort, policy.Weights.CountedWeeks(c.WaitedDays), c.PhoneEligible);
                if (!index.TryGetValue(key, out var g))
                {
                    g = keys.Count;
                    index[key] = g;
                    keys.Add(key);
                    counts.Add(0);
                }

                counts[g]++;
                _groupOfCandidate[i] = g;
            }

            Groups = [.. keys.Select((k, g) => new CandidateGroup(k.Site, k.Region, k.Cohort, k.Weeks, k.Phone, counts[g]))];
        }

        CandidateCount = Groups.Sum(g => g.Count);
    }

    /// <summary>A problem whose candidates are counted in groups; <see cref="Candidates"/> is empty.</summary>
    public static AssignmentProblem FromGroups(IReadOnlyList<CaseloadSlot> caseloads, IReadOnlyList<CandidateGroup> groups, IReadOnlyDictionary<SiteId, RegionId> siteRegions, AssignmentPolicy policy) =>
        new(caseloads, [], groups, siteRegions, policy, false);

    /// <summary>
    /// One pool, no cohorts: the treatment clients of a randomised trial offered to the caseloads of the service it tests
    /// at their home site only. The cohort mix and the priorities are for employment caseloads, so every
    /// placement is worth the same (<paramref name="keepFull"/>): the solver fills every free place it can reach
    /// and leaves the rest unplaced. The caller decides which clients go first (the trial's draw order).
    /// </summary>
    public static AssignmentProblem Pool(IReadOnlyList<CaseloadSlot> caseloads, IReadOnlyList<PoolCandidate> candidates, IReadOnlyDictionary<SiteId, RegionId> siteRegions, int keepFull)
    {
        var policy = new AssignmentPolicy(new AssignmentWeights(keepFull, 0, 0, 0, 0, 0, 0, 0, null), CohortMix.Seed);
        return new(caseloads, [.. candidates.Select(c => new Candidate(c.ClientId, c.HomeSiteId, c.HomeRegionId, PoolCohort, c.WaitedDays, false))], null, siteRegions, policy, true);
    }

    /// <summary>
    /// The cohort every candidate of a pooled problem is counted under: with no priorities and no mix penalty it changes
    /// nothing in the solution, and a pooled proposal reports no cohorts.
    /// </summary>
    public const PriorityCohort PoolCohort = PriorityCohort.Youth;

    /// <summary>A pooled problem (<see cref="Pool"/>): no cohorts, mix or priorities, home site only.</summary>
    public bool Pooled { get; }

    public IReadOnlyList<CaseloadSlot> Caseloads { get; }

    /// <summary>The candidates one by one; empty when the problem was loaded as groups.</summary>
    public IReadOnlyList<Candidate> Candidates { get; }

    public IReadOnlyList<CandidateGroup> Groups { get; }

    /// <summary>Eligible clients without a caseload, however they were loaded.</summary>
    public int CandidateCount { get; }

    public IReadOnlyDictionary<SiteId, RegionId> SiteRegions { get; }

    public AssignmentPolicy Policy { get; }

    /// <summary>Target count of each cohort for each caseload (capacity × share, largest remainder).</summary>
    public IReadOnlyList<int[]> Targets { get; }

    /// <summary>The group of candidate <paramref name="candidate"/> (a problem loaded one by one).</summary>
    public int GroupOf(int candidate) => _groupOfCandidate[candidate];

    /// <summary>Whether candidate <paramref name="candidate"/> may go to caseload <paramref name="caseload"/>, and whether it is away from home.</summary>
    public Reach ReachOf(int candidate, int caseload)
    {
        var client = Candidates[candidate];
        return ReachOf(client.HomeSiteId, client.HomeRegionId, client.PhoneEligible, caseload);
    }

    /// <summary>Whether <paramref name="client"/> may go to caseload <paramref name="caseload"/>, and whether it is away from home.</summary>
    public Reach ReachOf(Candidate client, int caseload) => ReachOf(client.HomeSiteId, client.HomeRegionId, client.PhoneEligible, caseload);

    /// <summary>Whether the clients of <paramref name="group"/> may go to caseload <paramref name="caseload"/>.</summary>
    public Reach ReachOf(CandidateGroup group, int caseload) => ReachOf(group.HomeSiteId, group.HomeRegionId, group.PhoneEligible, caseload);

    private Reach ReachOf(SiteId homeSite, RegionId homeRegion, bool phoneEligible, int caseload)
    {
        var slot = Caseloads[caseload];
        if (slot.IsPhoneBased)
        {
            // phone-based for eligible JS-WR clients of the regions the unit serves.
            return phoneEligible && slot.ServedRegions.Contains(homeRegion) ? Reach.Home : Reach.None;
        }

        if (slot.SiteId == homeSite)
        {
            return Reach.Home;
        }

        // clients go to their closest centre; another centre of the region only if the policy allows it.
        return Policy.Weights.AwayFromHomeSite is not null && SiteRegions.TryGetValue(slot.SiteId, out var region) && region == homeRegion
            ? Reach.Away
            : Reach.None;
    }
}

public enum Reach
{
    None = 0,
    Home = 1,
    Away = 2,
}
