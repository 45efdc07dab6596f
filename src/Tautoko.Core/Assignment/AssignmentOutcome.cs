using System.Globalization;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assignment;

/// <summary>One caseload before and after a proposal: cohorts already there, added, and the targets .</summary>
public sealed record CaseloadOutcome(StaffId StaffId, SiteId SiteId, CaseManagementService Service, int Capacity, int FilledBefore, int OutsideCohorts, int[] Existing, int[] Added, int[] Targets)
{
    public int AddedTotal => Added.Sum();

    public int FilledAfter => FilledBefore + AddedTotal;

    public int After(PriorityCohort cohort) => Existing[(int)cohort] + Added[(int)cohort];

    /// <summary>Clients beyond a cohort's target count (what MixOvershoot is charged on).</summary>
    public int Overshoot => PriorityCohorts.All.Sum(k => Math.Max(0, After(k) - Targets[(int)k]));

    /// <summary>
    /// How far the caseload is from the mix, in percentage points: half the sum of |share − target share| over
    /// the four cohorts and the clients outside them (target 0%). 0 is exactly 50/30/10/10; 100 is nothing alike.
    /// </summary>
    public double MixDistance(CohortMix mix)
    {
        if (FilledAfter == 0)
        {
            return 0;
        }

        var sum = PriorityCohorts.All.Sum(k => Math.Abs((100.0 * After(k) / FilledAfter) - mix.Share(k)));
        sum += 100.0 * OutsideCohorts / FilledAfter;
        return sum / 2;
    }

    public double SharePercent(PriorityCohort cohort) => FilledAfter == 0 ? 0 : 100.0 * After(cohort) / FilledAfter;
}

/// <summary>A site's side of a proposal, kept with it so any client of the site can be told why later.</summary>
public sealed record SiteOutcome(SiteId SiteId, int FreeFaceToFaceBefore, int PlacedFromSite, PriorityCohort? LastPlacedCohort, int? LastPlacedWaitedDays);

/// <summary>Waiting time of the clients a proposal chose, in days.</summary>
public sealed record WaitingSummary(int Count, double Mean, int Median, int Max)
{
    public static WaitingSummary Of(IReadOnlyCollection<int> days)
    {
        if (days.Count == 0)
        {
            return new(0, 0, 0, 0);
        }

        var sorted = days.Order().ToArray();
        return new(sorted.Length, sorted.Average(), sorted[(sorted.Length - 1) / 2], sorted[^1]);
    }
}

/// <summary>Everything a proposal reports besides its placements: mix per caseload, waiting, site outcomes.</summary>
public sealed class AssignmentOutcome
{
    private AssignmentOutcome(IReadOnlyList<CaseloadOutcome> caseloads, IReadOnlyList<SiteOutcome> sites, WaitingSummary waiting, IReadOnlyDictionary<PriorityCohort, WaitingSummary> waitingByCohort)
    {
        Caseloads = caseloads;
        Sites = sites;
        Waiting = waiting;
        WaitingByCohort = waitingByCohort;
    }

    public IReadOnlyList<CaseloadOutcome> Caseloads { get; }

    public IReadOnlyList<SiteOutcome> Sites { get; }

    public WaitingSummary Waiting { get; }

    public IReadOnlyDictionary<PriorityCohort, WaitingSummary> WaitingByCohort { get; }

    public static AssignmentOutcome From(AssignmentProblem problem, IReadOnlyList<int> caseloadOf)
    {
        var placed = new List<Candidate>();
        var caseloadOfPlaced = new List<int>();
        for (var i = 0; i < caseloadOf.Count; i++)
        {
            if (caseloadOf[i] >= 0)
            {
                placed.Add(problem.Candidates[i]);
                caseloadOfPlaced.Add(caseloadOf[i]);
            }
        }

        return From(problem, placed, caseloadOfPlaced);
    }

    /// <summary>The outcome from the placed clients alone (<paramref name="placed"/>[i] goes to caseload <paramref name="caseloadOfPlaced"/>[i]).</summary>
    public static AssignmentOutcome From(AssignmentProblem problem, IReadOnlyList<Candidate> placed, IReadOnlyList<int> caseloadOfPlaced)
    {
        var added = problem.Caseloads.Select(_ => new int[PriorityCohorts.Count]).ToArray();
        var waits = new List<int>();
        var waitsByCohort = PriorityCohorts.All.ToDictionary(k => k, _ => new List<int>());
        var placedFrom = new Dictionary<SiteId, (int Count, long Value, PriorityCohort Cohort, int Waited)>();
        var weights = problem.Policy.Weights;
        for (var i = 0; i < placed.Count; i++)
        {
            var client = placed[i];
            added[caseloadOfPlaced[i]][(int)client.Cohort]++;
            waits.Add(client.WaitedDays);
            waitsByCohort[client.Cohort].Add(client.WaitedDays);
            var value = weights.PlacementValue(client.Cohort, client.WaitedDays);
            placedFrom[client.HomeSiteId] = placedFrom.TryGetValue(client.HomeSiteId, out var so)
                ? (so.Count + 1, Math.Min(so.Value, value), value < so.Value ? client.Cohort : so.Cohort, value < so.Value ? client.WaitedDays : so.Waited)
                : (1, value, client.Cohort, client.WaitedDays);
        }

        var caseloads = problem.Caseloads
            .Select((slot, c) => new CaseloadOutcome(slot.StaffId, slot.SiteId, slot.Service, slot.Capacity, slot.Filled, slot.ExistingOutsideCohorts, [.. slot.ExistingByCohort], added[c], problem.Targets[c]))
            .ToList();
        var freeBySite = problem.Caseloads.Where(c => !c.IsPhoneBased).GroupBy(c => c.SiteId).ToDictionary(g => g.Key, g => g.Sum(c => c.Free));
        var siteIds = problem.Groups.Select(g => g.HomeSiteId).Concat(freeBySite.Keys).Distinct();
        var sites = siteIds
            .Select(s => placedFrom.TryGetValue(s, out var p)
                ? new SiteOutcome(s, freeBySite.GetValueOrDefault(s), p.Count, p.Cohort, p.Waited)
                : new SiteOutcome(s, freeBySite.GetValueOrDefault(s), 0, null, null))
            .ToList();
        return new AssignmentOutcome(caseloads, sites, WaitingSummary.Of(waits), waitsByCohort.ToDictionary(p => p.Key, p => WaitingSummary.Of(p.Value)));
    }
}

/// <summary>The sentences a connector reads for each client in scope: assigned to whom and why, or why not.</summary>
public static class AssignmentExplanations
{
    public static string Placed(Candidate client, CaseloadOutcome caseload, Reach reach, string caseManagerName, string siteName)
    {
        var where = reach switch
        {
            Reach.Home when caseload.Service == CaseManagementService.PhoneBased => "phone-based unit serving the client's region (R-017)",
            Reach.Home => "home site (R-006)",
            Reach.Away => "another site of the client's region: no free place at the home site",
            Reach.None => "outside the rules",
        };
        var k = client.Cohort;
        var priority = k == PriorityCohort.Youth ? "first priority (R-016)" : "priority cohort (R-015)";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Assigned to {caseManagerName} ({caseload.Service.ShortName()}, {siteName}): {k.DisplayName()}, {priority}; waited {Weeks(client.WaitedDays)}; {where}. Caseload after: {caseload.After(k)} of {caseload.Targets[(int)k]} target for this cohort, {caseload.FilledAfter}/{caseload.Capacity} filled.");
    }

    public static string NotPlaced(Candidate client, SiteOutcome? site, string siteName, bool reachable)
    {
        var phone = client.PhoneNote is null ? string.Empty : "; " + client.PhoneNote;
        if (!reachable || site is null || site.FreeFaceToFaceBefore == 0 && site.PlacedFromSite == 0)
        {
            return $"Eligible ({client.Cohort.DisplayName()}, waited {Weeks(client.WaitedDays)}) but no free place at home site {siteName}{phone}.";
        }

        var last = site.LastPlacedCohort is { } lc && site.LastPlacedWaitedDays is { } lw
            ? $" (the last placed from {siteName}: {lc.DisplayName()}, waited {Weeks(lw)})"
            : string.Empty;
        return $"Eligible ({client.Cohort.DisplayName()}, waited {Weeks(client.WaitedDays)}) but the free places went to clients ranked higher by the mix, cohort priority and waiting{last}{phone}.";
    }

    public static string Weeks(int days) => days >= 14
        ? string.Create(CultureInfo.InvariantCulture, $"{days / 7} weeks")
        : string.Create(CultureInfo.InvariantCulture, $"{days} days");
}
