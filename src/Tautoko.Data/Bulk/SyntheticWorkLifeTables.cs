using Microsoft.EntityFrameworkCore.Metadata;
using Tautoko.Core.Employment;
using Tautoko.Core.Plans;
using Tautoko.Core.StartingWork;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Bulk;

/// <summary>The bulk tables of <see cref="SyntheticWorkLife"/>: plans and activities, profiles and CVs, exits into work, supports, earnings.</summary>
internal sealed record SyntheticWorkLifeTables(
    SyntheticWorkLife Generator,
    TableMap<IndividualEmploymentPlan> Plans,
    TableMap<PlanActivity> Activities,
    TableMap<JobseekerProfile> Profiles,
    TableMap<CvDocument> Cvs,
    TableMap<WorkStart> WorkStarts,
    TableMap<WorkStartSupport> Supports,
    TableMap<PartTimeEarning> Earnings)
{
    public IEnumerable<string> Names => [Plans.Name, Activities.Name, Profiles.Name, Cvs.Name, WorkStarts.Name, Supports.Name, Earnings.Name];

    public static SyntheticWorkLifeTables For(IModel model, SyntheticDataset dataset) =>
        new(new SyntheticWorkLife(dataset), TableMap<IndividualEmploymentPlan>.ForEntity(model), TableMap<PlanActivity>.ForEntity(model), TableMap<JobseekerProfile>.ForEntity(model),
            TableMap<CvDocument>.ForEntity(model), TableMap<WorkStart>.ForEntity(model), TableMap<WorkStartSupport>.ForEntity(model), TableMap<PartTimeEarning>.ForEntity(model));

    /// <summary>Parents before children, so the foreign keys hold even where they are not dropped; each table's rows and time to <paramref name="tally"/>.</summary>
    public async Task WriteAsync(IBulkWriter writer, SyntheticWorkLifeBatch batch, Action<string, long, TimeSpan> tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(tally);
        await Write(writer, Plans, batch.Plans, tally, cancellationToken);
        await Write(writer, Activities, batch.Activities, tally, cancellationToken);
        await Write(writer, Profiles, batch.Profiles, tally, cancellationToken);
        await Write(writer, Cvs, batch.Cvs, tally, cancellationToken);
        await Write(writer, WorkStarts, batch.WorkStarts, tally, cancellationToken);
        await Write(writer, Supports, batch.Supports, tally, cancellationToken);
        await Write(writer, Earnings, batch.Earnings, tally, cancellationToken);
    }

    private static async Task Write<TRow>(IBulkWriter writer, TableMap<TRow> table, IReadOnlyList<TRow> rows, Action<string, long, TimeSpan> tally, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await writer.WriteAsync(table, rows, cancellationToken);
        tally(table.Name, rows.Count, watch.Elapsed);
    }
}
