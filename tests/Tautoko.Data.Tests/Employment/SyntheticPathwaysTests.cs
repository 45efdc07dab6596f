using Tautoko.Core.Clients;
using Tautoko.Core.Employment;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Employment;

/// <summary>Synthetic PTE plans and VTP memberships (seed 002, R-060): only full- and part-time clients, one each at most, plausible shares, valid dates.</summary>
public sealed class SyntheticPathwaysTests
{
    [Fact]
    public void PlansAndMemberships_FullOrPartTimeOnly_PlausibleShares_ValidDetails_R060()
    {
        var dataset = SyntheticDataset.Create(SyntheticProfile.Demo with { Clients = 5_000 }, SyntheticDefaults.Seed, SyntheticDefaults.Today);
        var caseloads = new SyntheticCaseloads(dataset);
        var pathways = new SyntheticPathways(dataset);
        var placed = dataset.ClientBatches(5_000, 2).Select(caseloads.Process).ToList();
        var clients = placed.SelectMany(b => b.Clients.Select(c => c.Client)).ToDictionary(c => c.Id);
        var batches = placed.Select(b => pathways.For([.. b.Clients.Select(c => c.Client)], b.Placements)).ToList();
        var plans = batches.SelectMany(b => b.Plans).ToList();
        var memberships = batches.SelectMany(b => b.Memberships).ToList();

        Assert.True(plans.Count > 100, $"{plans.Count} PTE plans");
        Assert.All(plans, p => Assert.True(clients[p.ClientId].Obligation is WorkObligation.FullTime or WorkObligation.PartTime));
        Assert.All(memberships, m => Assert.True(clients[m.ClientId].Obligation is WorkObligation.FullTime or WorkObligation.PartTime));
        Assert.Equal(plans.Count, plans.Select(p => p.ClientId).Distinct().Count());
        Assert.All(plans, p => Assert.Empty(p.Details.Problems(SyntheticDefaults.Today)));
        Assert.All(memberships, m => Assert.Empty(m.Details.Problems(SyntheticDefaults.Today)));
        var completed = plans.Count(p => p.Status == PtePlanStatus.Completed) / (double)plans.Count;
        Assert.InRange(completed, 0.4, 0.65);
        Assert.Contains(plans, p => p.Status == PtePlanStatus.NotAppropriate);
        Assert.Contains(memberships, m => m.Status == VtpStatus.Left);
        Assert.Contains(memberships, m => m.Status == VtpStatus.NotAppropriate);
    }
}
