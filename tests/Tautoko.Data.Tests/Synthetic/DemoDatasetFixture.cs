using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Synthetic;

/// <summary>The full demo dataset, generated once for the shape tests.</summary>
public sealed class DemoDatasetFixture
{
    public DemoDatasetFixture()
    {
        Dataset = SyntheticDataset.Create(SyntheticProfile.Demo, SyntheticDefaults.Seed, SyntheticDefaults.Today);
        Clients = [.. Dataset.Clients()];
    }

    public SyntheticDataset Dataset { get; }

    public IReadOnlyList<SyntheticClient> Clients { get; }

    public DateOnly Today => Dataset.Today;
}
