using Tautoko.Core.Plans;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Plans;

/// <summary>Synthetic plans, profiles and work records: about 90 % quality, plans of clients who left closed at the exit, dates before the reference day.</summary>
public sealed class SyntheticWorkLifeTests
{
    [Fact]
    public void Plans_AboutNinetyPercentQuality_SomeClosedAtExit_R063_R026()
    {
        var dataset = SyntheticDataset.Create(SyntheticProfile.Demo with { Clients = 5_000 }, SyntheticDefaults.Seed, SyntheticDefaults.Today);
        var caseloads = new SyntheticCaseloads(dataset);
        var workLife = new SyntheticWorkLife(dataset);
        var batches = dataset.ClientBatches(5_000, 2).Select(b => workLife.For(caseloads.Process(b))).ToList();
        var plans = batches.SelectMany(b => b.Plans).ToList();
        Assert.True(plans.Count > 100, $"{plans.Count} plans");
        var open = plans.Where(p => p.IsOpen).ToList();
        Assert.NotEmpty(open);
        var quality = open.Count(p => IepMeasures.IsQuality(p, SyntheticDefaults.Today, null)) / (double)open.Count;
        Assert.InRange(quality, 0.8, 0.97);
        Assert.Contains(plans, p => !p.IsOpen && p.Activities.Any(a => a.Status == PlanActivityStatus.Closed));
        Assert.All(plans, p => Assert.True(p.CreatedOn <= SyntheticDefaults.Today));
        Assert.NotEmpty(batches.SelectMany(b => b.Profiles));
        Assert.NotEmpty(batches.SelectMany(b => b.Cvs));
        Assert.NotEmpty(batches.SelectMany(b => b.WorkStarts));
        Assert.All(batches.SelectMany(b => b.WorkStarts), w => Assert.NotNull(w.CaseManagerId));
    }
}
