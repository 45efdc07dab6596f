using System.Diagnostics;
using Google.OrTools.Graph;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assignment;

/// <summary>
/// The proposal as a min-cost flow. Clients who are interchangeable for the objective — same home site,
/// cohort, counted weeks of waiting and phone-based eligibility — are collapsed into one supply node, so
/// the national graph has thousands of nodes rather than a million, with the same optimum:
/// <code>
///   group(site, cohort, weeks, phone?) ──0──► site(s, cohort) ──0 / AwayFromHomeSite──► place(s', cohort) ──0──► caseload-cohort(c, cohort)
///        │                        └──0──► phone(region, cohort) ───────────────────────────────────0──► caseload-cohort(pbcm, cohort)
///        └── value(cohort, weeks) ──► sink            caseload-cohort ──0 up to target, MixOvershoot beyond──► caseload(c) ──free places──► sink
/// </code>
/// Leaving a client unplaced costs what placing them is worth, so the minimum cost is the maximum of the
/// objective in <see cref="AssignmentWeights"/>. Solved with OR-Tools' <see cref="MinCostFlow"/>.
/// </summary>
public sealed class AssignmentGraph
{
    private readonly List<int> _tails = [];
    private readonly List<int> _heads = [];
    private readonly List<long> _capacities = [];
    private readonly List<long> _costs = [];
    private readonly List<long> _supplies = [];
    private readonly List<Group> _groups = [];
    private readonly List<Link> _siteToPlace = [];
    private readonly List<Link> _placeToCaseload = [];
    private readonly List<Link> _phoneToCaseload = [];
    private readonly AssignmentProblem _problem;
    private long _constant;

    private AssignmentGraph(AssignmentProblem problem)
    {
        _problem = problem;
    }

    public int NodeCount => _supplies.Count;

    public int ArcCount => _tails.Count;

    /// <summary>Supply nodes: groups of interchangeable clients.</summary>
    public int GroupCount => _groups.Count;

    /// <summary>Clients who can reach a free place at all (the rest are unplaced whatever the weights).</summary>
    public int ReachableClients { get; private set; }

    public static AssignmentGraph Build(AssignmentProblem problem)
    {
        var graph = new AssignmentGraph(problem);
        graph.Construct();
        return graph;
    }

    /// <summary>Builds OR-Tools' graph from the arrays and solves it: the bare solver, timed on its own in the benchmark.</summary>
    public FlowSolution SolveFlow()
    {
        var watch = Stopwatch.StartNew();
        if (ArcCount == 0)
        {
            return new FlowSolution(0, [], watch.Elapsed);
        }

        using var flow = new MinCostFlow(NodeCount, ArcCount);
        for (var a = 0; a < _tails.Count; a++)
        {
            flow.AddArcWithCapacityAndUnitCost(_tails[a], _heads[a], _capacities[a], _costs[a]);
        }

        for (var n = 0; n < _supplies.Count; n++)
        {
            if (_supplies[n] != 0)
            {
                flow.SetNodeSupply(n, _supplies[n]);
            }
        }

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver stopped with {status}; every graph it is given has a feasible flow.");
        }

        var flows = new long[_tails.Count];
        for (var a = 0; a < flows.Length; a++)
        {
            flows[a] = flow.Flow(a);
        }

        return new FlowSolution(flow.OptimalCost(), flows, watch.Elapsed);
    }

    /// <summary>Solves and turns the flow back into one caseload per client.</summary>
    public AssignmentSolution Solve()
    {
        var flow = SolveFlow();
        var decompose = Stopwatch.StartNew();
        var caseloadOf = Decompose(flow.Flows);
        var objective = _constant - flow.Cost;
        return new AssignmentSolution(caseloadOf, objective, flow.Elapsed, decompose.Elapsed, NodeCount, ArcCount, GroupCount, ReachableClients);
    }

    private int AddNode(long supply = 0)
    {
        _supplies.Add(supply);
        return _supplies.Count - 1;
    }

    private int AddArc(int tail, int head, long capacity, long cost)
    {
        _tails.Add(tail);
        _heads.Add(head);
        _capacities.Add(capacity);
        _costs.Add(cost);
        return _tails.Count - 1;
    }

    private void Construct()
    {
        var problem = _problem;
        var weights = problem.Policy.Weights;
        var sink = AddNode();

        // Caseload side: caseload(c) → sink carries the free places; caseload-cohort(c, k) → caseload(c) is free up to the target.
        var caseloadCohortNode = new int[problem.Caseloads.Count, PriorityCohorts.Count];
        var faceToFaceBySite = new Dictionary<SiteId, List<int>>();
        var phoneByRegion = new Dictionary<RegionId, List<int>>();
        var totalFree = 0L;
        for (var c = 0; c < problem.Caseloads.Count; c++)
        {
            var slot = problem.Caseloads[c];
            for (var k = 0; k < PriorityCohorts.Count; k++)
            {
                _constant -= (long)weights.MixOvershoot * Math.Max(0, slot.ExistingByCohort[k] - problem.Targets[c][k]);
                caseloadCohortNode[c, k] = -1;
            }

            if (slot.Free == 0)
            {
                continue;
            }

            totalFree += slot.Free;
            var caseloadNode = AddNode();
            AddArc(caseloadNode, sink, slot.Free, 0);
            for (var k = 0; k < PriorityCohorts.Count; k++)
            {
                var node = AddNode();
                caseloadCohortNode[c, k] = node;
                var withinTarget = Math.Min(slot.Free, Math.Max(0, problem.Targets[c][k] - slot.ExistingByCohort[k]));
                if (withinTarget > 0)
                {
                    AddArc(node, caseloadNode, withinTarget, 0);
                }

                // every client beyond the cohort's share of the caseload costs MixOvershoot.
                AddArc(node, caseloadNode, slot.Free, weights.MixOvershoot);
            }

            if (slot.IsPhoneBased)
            {
                foreach (var region in slot.ServedRegions)
                {
                    ListFor(phoneByRegion, region).Add(c);
                }
            }
            else
            {
                ListFor(faceToFaceBySite, slot.SiteId).Add(c);
            }
        }

        // place(s, k): a site with free face-to-face places; phone(r, k): a region a phone-based unit with free places serves.
        var placeNodes = new Dictionary<(SiteId, int), int>();
        foreach (var (site, caseloads) in faceToFaceBySite)
        {
            for (var k = 0; k < PriorityCohorts.Count; k++)
            {
                var node = AddNode();
                placeNodes[(site, k)] = node;
                foreach (var c in caseloads)
                {
                    _placeToCaseload.Add(new Link(c, k, AddArc(node, caseloadCohortNode[c, k], problem.Caseloads[c].Free, 0)));
                }
            }
        }

        var phoneNodes = new Dictionary<(RegionId, int), int>();
        foreach (var (region, caseloads) in phoneByRegion)
        {
            for (var k = 0; k < PriorityCohorts.Count; k++)
            {
                var node = AddNode();
                phoneNodes[(region, k)] = node;
                foreach (var c in caseloads)
                {
                    _phoneToCaseload.Add(new Link(c, k, AddArc(node, caseloadCohortNode[c, k], problem.Caseloads[c].Free, 0)));
                }
            }
        }

        var sitesWithPlacesByRegion = faceToFaceBySite.Keys
            .Where(problem.SiteRegions.ContainsKey)
            .GroupBy(s => problem.SiteRegions[s])
            .ToDictionary(g => g.Key, g => g.ToList());

        // Client side: one supply node per group of interchangeable clients.
        var groupIndex = new Dictionary<(SiteId Site, int Cohort, int Weeks, bool Phone), int>();
        var siteNodes = new Dictionary<(SiteId, int), int>();
        long totalSupply = 0;
        for (var i = 0; i < problem.Candidates.Count; i++)
        {
            var client = problem.Candidates[i];
            var k = (int)client.Cohort;
            var phone = client.PhoneEligible && phoneNodes.ContainsKey((client.HomeRegionId, k));
            var home = placeNodes.ContainsKey((client.HomeSiteId, k));
            var away = weights.AwayFromHomeSite is not null && sitesWithPlacesByRegion.TryGetValue(client.HomeRegionId, out var regional) && regional.Any(s => s != client.HomeSiteId);
            if (!phone && !home && !away)
            {
                continue;
            }

            ReachableClients++;
            var key = (client.HomeSiteId, k, weights.CountedWeeks(client.WaitedDays), phone);
            if (!groupIndex.TryGetValue(key, out var g))
            {
                g = _groups.Count;
                groupIndex[key] = g;
                _groups.Add(new Group(client.HomeSiteId, client.HomeRegionId, k, phone, home || away, weights.PlacementValue(client.Cohort, client.WaitedDays)));
            }

            _groups[g].Members.Add(i);
        }

        foreach (var group in _groups)
        {
            var count = group.Members.Count;
            totalSupply += count;
            _constant += group.Value * count;
            group.Node = AddNode(count);
            group.UnplacedArc = AddArc(group.Node, sink, count, group.Value);
            if (group.FaceToFace)
            {
                if (!siteNodes.TryGetValue((group.Site, group.Cohort), out var siteNode))
                {
                    siteNode = AddNode();
                    siteNodes[(group.Site, group.Cohort)] = siteNode;
                    if (placeNodes.TryGetValue((group.Site, group.Cohort), out var homePlace))
                    {
                        _siteToPlace.Add(new Link(-1, group.Cohort, AddArc(siteNode, homePlace, totalFree, 0)));
                    }

                    if (weights.AwayFromHomeSite is { } awayCost && sitesWithPlacesByRegion.TryGetValue(group.Region, out var others))
                    {
                        foreach (var other in others.Where(s => s != group.Site))
                        {
                            _siteToPlace.Add(new Link(-1, group.Cohort, AddArc(siteNode, placeNodes[(other, group.Cohort)], totalFree, awayCost)));
                        }
                    }
                }

                group.FaceToFaceArc = AddArc(group.Node, siteNode, count, 0);
            }

            if (group.Phone)
            {
                group.PhoneArc = AddArc(group.Node, phoneNodes[(group.Region, group.Cohort)], count, 0);
            }
        }

        _supplies[sink] = -totalSupply;
    }

    private int[] Decompose(long[] flows)
    {
        var caseloadOf = Enumerable.Repeat(-1, _problem.Candidates.Count).ToArray();
        var queues = new Dictionary<int, Queue<int>>();
        Queue<int> QueueAt(int node)
        {
            if (!queues.TryGetValue(node, out var queue))
            {
                queue = new Queue<int>();
                queues[node] = queue;
            }

            return queue;
        }

        foreach (var group in _groups)
        {
            // Interchangeable for the objective; the longest waits go first (then client id, so runs repeat).
            var members = group.Members
                .OrderByDescending(i => _problem.Candidates[i].WaitedDays)
                .ThenBy(i => _problem.Candidates[i].ClientId.Value)
                .ToList();
            var next = 0;
            if (group.PhoneArc >= 0)
            {
                var phoneNode = _heads[group.PhoneArc];
                for (var n = 0; n < flows[group.PhoneArc]; n++)
                {
                    QueueAt(phoneNode).Enqueue(members[next++]);
                }
            }

            if (group.FaceToFaceArc >= 0)
            {
                var siteNode = _heads[group.FaceToFaceArc];
                for (var n = 0; n < flows[group.FaceToFaceArc]; n++)
                {
                    QueueAt(siteNode).Enqueue(members[next++]);
                }
            }
        }

        // Home-site arcs were added before the away arcs, so a site's own clients are handed out first.
        foreach (var link in _siteToPlace)
        {
            Move(flows[link.Arc], QueueAt(_tails[link.Arc]), QueueAt(_heads[link.Arc]));
        }

        foreach (var link in _placeToCaseload.Concat(_phoneToCaseload))
        {
            var from = QueueAt(_tails[link.Arc]);
            for (var n = 0; n < flows[link.Arc]; n++)
            {
                caseloadOf[from.Dequeue()] = link.Caseload;
            }
        }

        return caseloadOf;
    }

    private static void Move(long count, Queue<int> from, Queue<int> to)
    {
        for (var n = 0; n < count; n++)
        {
            to.Enqueue(from.Dequeue());
        }
    }

    private static List<int> ListFor<TKey>(Dictionary<TKey, List<int>> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    private sealed class Group(SiteId site, RegionId region, int cohort, bool phone, bool faceToFace, long value)
    {
        public SiteId Site { get; } = site;

        public RegionId Region { get; } = region;

        public int Cohort { get; } = cohort;

        public bool Phone { get; } = phone;

        public bool FaceToFace { get; } = faceToFace;

        public long Value { get; } = value;

        public List<int> Members { get; } = [];

        public int Node { get; set; } = -1;

        public int UnplacedArc { get; set; } = -1;

        public int FaceToFaceArc { get; set; } = -1;

        public int PhoneArc { get; set; } = -1;
    }

    private readonly record struct Link(int Caseload, int Cohort, int Arc);
}

/// <summary>The raw flow: optimal cost, flow on each arc, time in OR-Tools.</summary>
public sealed record FlowSolution(long Cost, long[] Flows, TimeSpan Elapsed);

/// <summary>One caseload index per candidate (-1 when not placed) and the objective it reaches.</summary>
public sealed record AssignmentSolution(
    IReadOnlyList<int> CaseloadOf,
    long Objective,
    TimeSpan SolverTime,
    TimeSpan DecomposeTime,
    int Nodes,
    int Arcs,
    int Groups,
    int ReachableClients)
{
    public int Placed => CaseloadOf.Count(c => c >= 0);
}
