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

/// <summary>Everything the solver sees: caseloads, candidates, the site → region map and the policy.</summary>
public sealed class AssignmentProblem
{
    public AssignmentProblem(IReadOnlyList<CaseloadSlot> caseloads, IReadOnlyList<Candidate> candidates, IReadOnlyDictionary<SiteId, RegionId> siteRegions, AssignmentPolicy policy)
    {
        policy.Validate();
        Caseloads = caseloads;
        Candidates = candidates;
        SiteRegions = siteRegions;
        Policy = policy;
        Targets = [.. caseloads.Select(c => policy.Mix.Targets(c.Capacity))];
        foreach (var caseload in caseloads)
        {
            if (!caseload.Service.IsEmployment())
            {
                throw new ArgumentException($"Proposals fill employment caseloads only, not {caseload.Service}.", nameof(caseloads));
            }

            if (caseload.ExistingByCohort.Count != PriorityCohorts.Count)
            {
                throw new ArgumentException("Each caseload lists its existing clients for each of the four cohorts.", nameof(caseloads));
            }
        }
    }

    public IReadOnlyList<CaseloadSlot> Caseloads { get; }

    public IReadOnlyList<Candidate> Candidates { get; }

    public IReadOnlyDictionary<SiteId, RegionId> SiteRegions { get; }

    public AssignmentPolicy Policy { get; }

    /// <summary>Target count of each cohort for each caseload (capacity × share, largest remainder).</summary>
    public IReadOnlyList<int[]> Targets { get; }

    /// <summary>Whether candidate <paramref name="candidate"/> may go to caseload <paramref name="caseload"/>, and whether it is away from home.</summary>
    public Reach ReachOf(int candidate, int caseload)
    {
        var client = Candidates[candidate];
        var slot = Caseloads[caseload];
        if (slot.IsPhoneBased)
        {
            // phone-based for eligible JS-WR clients of the regions the unit serves.
            return client.PhoneEligible && slot.ServedRegions.Contains(client.HomeRegionId) ? Reach.Home : Reach.None;
        }

        if (slot.SiteId == client.HomeSiteId)
        {
            return Reach.Home;
        }

        // clients go to their closest centre; another centre of the region only if the policy allows it.
        return Policy.Weights.AwayFromHomeSite is not null && SiteRegions.TryGetValue(slot.SiteId, out var region) && region == client.HomeRegionId
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
