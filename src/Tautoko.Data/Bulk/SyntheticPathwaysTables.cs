using Microsoft.EntityFrameworkCore.Metadata;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Employment;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Bulk;

/// <summary>The bulk tables of <see cref="SyntheticPathways"/>: PTE plans and VTP memberships, made from a batch's clients and placements.</summary>
internal sealed record SyntheticPathwaysTables(SyntheticPathways Generator, TableMap<PtePlan> Plans, TableMap<VtpMembership> Memberships)
{
    public IEnumerable<string> Names => [Plans.Name, Memberships.Name];

    public static SyntheticPathwaysTables For(IModel model, SyntheticDataset dataset) =>
        new(new SyntheticPathways(dataset), TableMap<PtePlan>.ForEntity(model), TableMap<VtpMembership>.ForEntity(model));

    /// <summary>Generates and writes the batch's rows (after its clients); each table's rows and time to <paramref name="tally"/>.</summary>
    public async Task WriteAsync(IBulkWriter writer, IReadOnlyList<Client> clients, IReadOnlyList<CaseloadPlacement> placements, Action<string, long, TimeSpan> tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tally);
        var batch = Generator.For(clients, placements);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await writer.WriteAsync(Plans, batch.Plans, cancellationToken);
        tally(Plans.Name, batch.Plans.Count, watch.Elapsed);
        watch.Restart();
        await writer.WriteAsync(Memberships, batch.Memberships, cancellationToken);
        tally(Memberships.Name, batch.Memberships.Count, watch.Elapsed);
    }
}
