using Microsoft.EntityFrameworkCore.Metadata;
using Tautoko.Core.Employment;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Bulk;

/// <summary>The bulk tables of <see cref="SyntheticPathways"/>: PTE plans and VTP memberships, made from a batch's clients and placements.</summary>
internal sealed record SyntheticPathwaysTables(SyntheticPathways Generator, TableMap<PtePlan> Plans, TableMap<VtpMembership> Memberships)
{
    public IEnumerable<string> Names => [Plans.Name, Memberships.Name];

    public static SyntheticPathwaysTables For(IModel model, SyntheticDataset dataset) =>
        new(new SyntheticPathways(dataset), TableMap<PtePlan>.ForEntity(model), TableMap<VtpMembership>.ForEntity(model));

    /// <summary>Writes the batch's rows (after its clients; made on the producer by <see cref="SyntheticPathways.For"/>); each table's rows and time to <paramref name="tally"/>.</summary>
    public async Task WriteAsync(IBulkWriter writer, SyntheticPathwaysBatch batch, Action<string, long, TimeSpan> tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(tally);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await writer.WriteAsync(Plans, batch.Plans, cancellationToken);
        tally(Plans.Name, batch.Plans.Count, watch.Elapsed);
        watch.Restart();
        await writer.WriteAsync(Memberships, batch.Memberships, cancellationToken);
        tally(Memberships.Name, batch.Memberships.Count, watch.Elapsed);
    }
}
