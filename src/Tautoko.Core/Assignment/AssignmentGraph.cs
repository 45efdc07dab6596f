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

    /// <summary>
    /// Solves and says, for each group of interchangeable clients, which caseload its 1st, 2nd, … placed client goes
    /// to; the clients of a group are ranked longest wait first, then by client id.
    /// </summary>
    public GroupSolution SolveGroups()
    {
        var flow = SolveFlow();
        var decompose = Stopwatch.StartNew();
        var byRank = Decompose(flow.Flows);
        var placements = _groups.Select((g, i) => new GroupPlacement(g.Sources, g.Count, byRank[i])).ToList();
        return new GroupSolution(placements, _constant - flow.Cost, flow.Elapsed, decompose.Elapsed, NodeCount, ArcCount, GroupCount, ReachableClients);
    }

    /// <summary>Solves and turns the flow back into one caseload per client (a problem loaded one by one).</summary>
    public AssignmentSolution Solve()
    {
        if (_problem.Candidates.Count != _problem.CandidateCount)
        {
            throw new InvalidOperationException("A problem loaded as groups is solved with SolveGroups; its clients are read afterwards.");
        }

        var groups = SolveGroups();
        var decompose = Stopwatch.StartNew();
        var caseloadOf = Enumerable.Repeat(-1, _problem.Candidates.Count).ToArray();
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < _problem.Candidates.Count; i++)
        {
            var g = _problem.GroupOf(i);
            if (!members.TryGetValue(g, out var list))
            {
                list = [];
                members[g] = list;
            }

            list.Add(i);
        }

        foreach (var placement in groups.Groups.Where(p => p.Placed > 0))
        {
            var ranked = RankMembers(placement.Sources.SelectMany(g => members.GetValueOrDefault(g) ?? []), i => _problem.Candidates[i].WaitedDays, i => _problem.Candidates[i].ClientId.Value);
            for (var r = 0; r < placement.CaseloadByRank.Length; r++)
            {
                caseloadOf[ranked[r]] = placement.CaseloadByRank[r];
            }
        }

        return new AssignmentSolution(caseloadOf, groups.Objective, groups.SolverTime, groups.DecomposeTime + decompose.Elapsed, groups.Nodes, groups.Arcs, groups.GroupCount, groups.ReachableClients);
    }

    /// <summary>The order in which a group's clients are placed: longest wait first, then client id (so runs repeat).</summary>
    public static List<T> RankMembers<T>(IEnumerable<T> members, Func<T, int> waitedDays, Func<T, Guid> clientId) =>
        [.. members.OrderByDescending(waitedDays).ThenBy(clientId)];

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

        // Client side: one supply node per group of interchangeable clients, in one fixed order (site, cohort, longest
        // wait, phone) so the same counts always make the same graph, however the clients were read.
        var groupIndex = new Dictionary<(SiteId Site, int Cohort, int Weeks, bool Phone), int>();
        var siteNodes = new Dictionary<(SiteId, int), int>();
        long totalSupply = 0;
        var order = Enumerable.Range(0, problem.Groups.Count)
            .OrderBy(g => problem.Groups[g].HomeSiteId.Value)
            .ThenBy(g => problem.Groups[g].Cohort)
            .ThenByDescending(g => problem.Groups[g].Weeks)
            .ThenByDescending(g => problem.Groups[g].PhoneEligible);
        foreach (var source in order)
        {
            var candidates = problem.Groups[source];
            var k = (int)candidates.Cohort;
            var phone = candidates.PhoneEligible && phoneNodes.ContainsKey((candidates.HomeRegionId, k));
            var home = placeNodes.ContainsKey((candidates.HomeSiteId, k));
            var away = weights.AwayFromHomeSite is not null && sitesWithPlacesByRegion.TryGetValue(candidates.HomeRegionId, out var regional) && regional.Any(s => s != candidates.HomeSiteId);
            if ((!phone && !home && !away) || candidates.Count == 0)
            {
                continue;
            }

            ReachableClients += candidates.Count;
            var key = (candidates.HomeSiteId, k, candidates.Weeks, phone);
            if (!groupIndex.TryGetValue(key, out var g))
            {
                g = _groups.Count;
                groupIndex[key] = g;
                _groups.Add(new Group(candidates.HomeSiteId, candidates.HomeRegionId, k, phone, home || away, weights.PlacementValueForWeeks(candidates.Cohort, candidates.Weeks)));
            }

            _groups[g].Sources.Add(source);
            _groups[g].Count += candidates.Count;
        }

        foreach (var group in _groups)
        {
            var count = group.Count;
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

    /// <summary>For each group, the caseload of its placed clients by rank (tokens: offset of the group + rank).</summary>
    private int[][] Decompose(long[] flows)
    {
        var offsets = new int[_groups.Count];
        var byRank = new int[_groups.Count][];
        var tokens = 0;
        for (var g = 0; g < _groups.Count; g++)
        {
            var group = _groups[g];
            var placed = (group.PhoneArc >= 0 ? flows[group.PhoneArc] : 0) + (group.FaceToFaceArc >= 0 ? flows[group.FaceToFaceArc] : 0);
            offsets[g] = tokens;
            byRank[g] = new int[placed];
            tokens += (int)placed;
        }

        var caseloadOfToken = new int[tokens];
        var groupOfToken = new int[tokens];
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

        for (var g = 0; g < _groups.Count; g++)
        {
            // Interchangeable for the objective; rank 0 is the group's longest wait (see RankMembers).
            var group = _groups[g];
            var next = offsets[g];
            if (group.PhoneArc >= 0)
            {
                var phoneNode = _heads[group.PhoneArc];
                for (var n = 0; n < flows[group.PhoneArc]; n++)
                {
                    groupOfToken[next] = g;
                    QueueAt(phoneNode).Enqueue(next++);
                }
            }

            if (group.FaceToFaceArc >= 0)
            {
                var siteNode = _heads[group.FaceToFaceArc];
                for (var n = 0; n < flows[group.FaceToFaceArc]; n++)
                {
                    groupOfToken[next] = g;
                    QueueAt(siteNode).Enqueue(next++);
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
                caseloadOfToken[from.Dequeue()] = link.Caseload;
            }
        }

        for (var t = 0; t < tokens; t++)
        {
            var g = groupOfToken[t];
            byRank[g][t - offsets[g]] = caseloadOfToken[t];
        }

        return byRank;
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

        /// <summary>The problem's groups (<see cref="AssignmentProblem.Groups"/>) that make up this one.</summary>
        public List<int> Sources { get; } = [];

        public int Count { get; set; }

        public int Node { get; set; } = -1;

        public int UnplacedArc { get; set; } = -1;

        public int FaceToFaceArc { get; set; } = -1;

        public int PhoneArc { get; set; } = -1;
    }

    private readonly record struct Link(int Caseload, int Cohort, int Arc);
}

/// <summary>The raw flow: optimal cost, flow on each arc, time in OR-Tools.</summary>
public sealed record FlowSolution(long Cost, long[] Flows, TimeSpan Elapsed);

/// <summary>
/// One group of interchangeable clients in a solution: the problem's groups it is made of, how many clients it has, and
/// the caseload of each client it places, by rank (longest wait first, then client id).
/// </summary>
public sealed record GroupPlacement(IReadOnlyList<int> Sources, int Count, int[] CaseloadByRank)
{
    public int Placed => CaseloadByRank.Length;
}

/// <summary>A solution as counts: for each group, the caseloads of its placed clients by rank; and the objective.</summary>
public sealed record GroupSolution(
    IReadOnlyList<GroupPlacement> Groups,
    long Objective,
    TimeSpan SolverTime,
    TimeSpan DecomposeTime,
    int Nodes,
    int Arcs,
    int GroupCount,
    int ReachableClients)
{
    public int Placed => Groups.Sum(g => g.Placed);
}

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
