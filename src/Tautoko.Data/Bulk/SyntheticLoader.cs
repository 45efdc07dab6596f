using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Appointments;
using Tautoko.Core.Clients;
using Tautoko.Core.Complaints;
using Tautoko.Core.DiscretionaryFund;
using Tautoko.Core.Hardship;
using Tautoko.Core.Staff;
using Tautoko.Core.Vacancies;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Bulk;

/// <summary>How a load runs; the defaults suit both the demo and the national dataset.</summary>
/// <param name="BatchSize">Clients generated and written per batch (each batch is one COPY per table on PostgreSQL).</param>
/// <param name="GeneratorThreads">Threads generating clients while the database writes; 0 picks one per spare core.</param>
public sealed record SyntheticLoadOptions(int BatchSize = 10_000, int GeneratorThreads = 0)
{
    public static SyntheticLoadOptions Default { get; } = new();
}

/// <summary>
/// Writes a synthetic dataset into an empty database whose schema already exists (migrations make it;
/// tests may use EnsureCreated). Regions and sites go through EF Core; staff, clients and everything that
/// hangs off them are written in bulk — binary COPY on PostgreSQL, prepared INSERTs on SQLite — with
/// tables, columns and converters taken from the EF Core model. One transaction: all or nothing.
/// </summary>
public static class SyntheticLoader
{
    public static Task<LoadResult> LoadAsync(TautokoDbContext db, SyntheticProfile profile, int seed, DateOnly today, IProgress<LoadProgress>? progress, CancellationToken cancellationToken) =>
        LoadAsync(db, SyntheticDataset.Create(profile, seed, today), SyntheticLoadOptions.Default, progress, cancellationToken);

    public static async Task<LoadResult> LoadAsync(TautokoDbContext db, SyntheticDataset dataset, SyntheticLoadOptions options, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        var total = Stopwatch.StartNew();
        var model = db.Model;
        var sql = db.GetService<ISqlGenerationHelper>();
        await using IBulkWriter writer = db.IsPostgres ? new PostgresBulkWriter(db, sql)
            : db.Database.IsSqlite() ? new SqliteBulkWriter(db, sql)
            : throw new NotSupportedException($"The synthetic loader supports PostgreSQL and SQLite, not {db.Database.ProviderName}.");

        var staffTable = TableMap<StaffMember>.ForEntity(model);
        var leaveTable = OwnedTableMap.For<StaffMember, StaffLeave>(model, nameof(StaffMember.Leave));
        var tables = new ClientTables(
            TableMap<Client>.ForEntity(model),
            OwnedTableMap.For<Client, HouseholdMember>(model, nameof(Client.Household)),
            TableMap<ProgrammeTag>.ForEntity(model),
            TableMap<SpecialCaution>.ForEntity(model),
            TableMap<MustViewNote>.ForEntity(model),
            TableMap<EngagementNote>.ForEntity(model),
            TableMap<CaseloadPlacement>.ForEntity(model),
            TableMap<BenefitSpell>.ForEntity(model),
            TableMap<AppointmentSlot>.ForEntity(model),
            TableMap<Appointment>.ForEntity(model),
            TableMap<HardshipApplication>.ForEntity(model),
            TableMap<DecisionReview>.ForEntity(model),
            new SyntheticAppointments(dataset),
            new SyntheticHardship(dataset),
            TableMap<Complaint>.ForEntity(model),
            TableMap<DiscretionaryFundGrant>.ForEntity(model),
            new SyntheticComplaints(dataset),
            SyntheticWorkLifeTables.For(model, dataset),
            SyntheticPathwaysTables.For(model, dataset),
            TableMap<Employer>.ForEntity(model),
            TableMap<Vacancy>.ForEntity(model),
            TableMap<JobseekerOccupation>.ForEntity(model),
            new SyntheticVacancies(dataset));
        var caseloadTable = TableMap<Caseload>.ForEntity(model);
        var calendarTable = TableMap<CaseManagerCalendar>.ForEntity(model);
        string[] bulkTables = [staffTable.Name, leaveTable.Name, calendarTable.Name, .. tables.Names, caseloadTable.Name];
        var caseloads = new SyntheticCaseloads(dataset);

        var tally = new Tally(dataset.Profile.Clients, progress, total);
        var stages = new List<StageTiming>();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await db.Regions.AnyAsync(cancellationToken) || await db.Sites.AnyAsync(cancellationToken) || await db.Clients.AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("The database already holds data; the synthetic loader only writes into an empty database.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var stage = Stopwatch.StartNew();
            await writer.PrepareAsync(bulkTables, cancellationToken);
            stages.Add(new StageTiming("Drop secondary indexes and foreign keys", stage.Elapsed));

            stage.Restart();
            var regionTable = model.FindEntityType(typeof(Core.Sites.Region))!.GetTableName()!;
            var siteTable = model.FindEntityType(typeof(Core.Sites.Site))!.GetTableName()!;
            db.Regions.AddRange(dataset.Regions);
            db.Sites.AddRange(dataset.Sites);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            tally.Add(regionTable, dataset.Regions.Count, TimeSpan.Zero);
            tally.Add(siteTable, dataset.Sites.Count, stage.Elapsed);
            tally.Report("Regions and sites");

            await WriteAsync(writer, staffTable, dataset.Staff, tally, cancellationToken);
            await WriteAsync(writer, leaveTable, [.. dataset.Staff.SelectMany(s => s.Leave.Select(l => new OwnedRow<StaffMember, StaffLeave>(s, l)))], tally, cancellationToken);
            tally.Report("Staff");

            // Case managers' calendars, their template blocks serialised as EF Core stores them (JSON); the coming weeks' slots.
            await WriteAsync(writer, calendarTable, tables.Appointments.Calendars, tally, cancellationToken);
            await WriteAsync(writer, tables.Slots, tables.Appointments.FutureSlots, tally, cancellationToken);
            tally.Report("Calendars");

            await WriteAsync(writer, tables.Employers, tables.VacancyData.Employers, tally, cancellationToken);
            await WriteAsync(writer, tables.Vacancies, tables.VacancyData.Vacancies, tally, cancellationToken);

            var threads = options.GeneratorThreads > 0 ? options.GeneratorThreads : Math.Max(1, Environment.ProcessorCount - 1);
            var batches = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });

            // If writing fails the generator must not wait forever on a full channel.
            using var stopGenerator = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var generatorToken = stopGenerator.Token;

            // Generating clients and turning them into rows (the caseload pass, appointment histories) run on this task
            // while the writer copies the batch before, so the database is not left idle while rows are made. One task,
            // batches in index order: the caseload pass and the appointment histories are the same on every run.
            var producer = Task.Run(
                async () =>
                {
                    try
                    {
                        foreach (var batch in dataset.ClientBatches(options.BatchSize, threads))
                        {
                            await batches.Writer.WriteAsync(PreparedBatch.From(batch, caseloads, tables), generatorToken);
                        }

                        batches.Writer.Complete();
                    }
                    catch (Exception ex)
                    {
                        batches.Writer.Complete(ex);
                    }
                },
                CancellationToken.None);

            var waiting = new Stopwatch();
            try
            {
                await WriteClientsAsync(writer, batches.Reader, tables, tally, waiting, cancellationToken);
            }
            catch
            {
                await stopGenerator.CancelAsync();
                throw;
            }

            await producer;
            stages.Add(new StageTiming("Waiting for the client generator", waiting.Elapsed));

            // Each caseload's fill is known once every client has been placed.
            await WriteAsync(writer, caseloadTable, caseloads.Caseloads, tally, cancellationToken);

            stage.Restart();
            tally.Report("Rebuilding indexes and foreign keys");
            await writer.FinishAsync(cancellationToken);
            stages.Add(new StageTiming("Rebuild indexes and foreign keys", stage.Elapsed));

            stage.Restart();
            await transaction.CommitAsync(cancellationToken);
            stages.Add(new StageTiming("Commit", stage.Elapsed));

            stage.Restart();
            tally.Report("Analysing");
            await writer.AfterCommitAsync([regionTable, siteTable, .. bulkTables], cancellationToken);
            stages.Add(new StageTiming("Analyse", stage.Elapsed));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        tally.Report("Done");
        return new LoadResult(writer.Provider, tally.Tables(), stages, total.Elapsed);
    }

    private static async Task WriteClientsAsync(IBulkWriter writer, ChannelReader<PreparedBatch> batches, ClientTables tables, Tally tally, Stopwatch waiting, CancellationToken cancellationToken)
    {
        while (true)
        {
            waiting.Start();
            var more = await batches.WaitToReadAsync(cancellationToken);
            waiting.Stop();
            if (!more)
            {
                return;
            }

            while (batches.TryRead(out var batch))
            {
                // Parents before children, so the foreign keys hold even where they are not dropped.
                await WriteAsync(writer, tables.Clients, batch.Clients, tally, cancellationToken);
                await WriteAsync(writer, tables.Household, batch.Household, tally, cancellationToken);
                await WriteAsync(writer, tables.Tags, batch.Tags, tally, cancellationToken);
                await WriteAsync(writer, tables.Cautions, batch.Cautions, tally, cancellationToken);
                await WriteAsync(writer, tables.MustViewNotes, batch.MustViewNotes, tally, cancellationToken);
                await WriteAsync(writer, tables.Notes, batch.Notes, tally, cancellationToken);
                await WriteAsync(writer, tables.Placements, batch.Placements, tally, cancellationToken);
                await WriteAsync(writer, tables.BenefitSpells, batch.BenefitSpells, tally, cancellationToken);
                await WriteAsync(writer, tables.Slots, batch.Slots, tally, cancellationToken);
                await WriteAsync(writer, tables.AppointmentRows, batch.Appointments, tally, cancellationToken);
                await WriteAsync(writer, tables.HardshipApplications, batch.Hardship.Applications, tally, cancellationToken);
                await WriteAsync(writer, tables.DecisionReviews, batch.Hardship.Reviews, tally, cancellationToken);
                await WriteAsync(writer, tables.Complaints, batch.Complaints, tally, cancellationToken);
                await WriteAsync(writer, tables.FundGrants, batch.FundGrants, tally, cancellationToken);
                await tables.WorkLife.WriteAsync(writer, batch.WorkLife, tally.Add, cancellationToken);
                await tables.Pathways.WriteAsync(writer, batch.Pathways, tally.Add, cancellationToken);
                await WriteAsync(writer, tables.Occupations, batch.Occupations, tally, cancellationToken);
                tally.ClientsLoaded += batch.Clients.Count;
                tally.Report("Clients");
            }
        }
    }

    /// <summary>One batch of clients as the rows of every table, made off the writer's thread.</summary>
    private sealed record PreparedBatch(
        IReadOnlyList<Client> Clients,
        IReadOnlyList<OwnedRow<Client, HouseholdMember>> Household,
        IReadOnlyList<ProgrammeTag> Tags,
        IReadOnlyList<SpecialCaution> Cautions,
        IReadOnlyList<MustViewNote> MustViewNotes,
        IReadOnlyList<EngagementNote> Notes,
        IReadOnlyList<CaseloadPlacement> Placements,
        IReadOnlyList<BenefitSpell> BenefitSpells,
        IReadOnlyList<AppointmentSlot> Slots,
        IReadOnlyList<Appointment> Appointments,
        SyntheticHardshipBatch Hardship,
        IReadOnlyList<Complaint> Complaints,
        IReadOnlyList<DiscretionaryFundGrant> FundGrants,
        SyntheticWorkLifeBatch WorkLife,
        SyntheticPathwaysBatch Pathways,
        IReadOnlyList<JobseekerOccupation> Occupations)
    {
        /// <summary>Batches must come in index order: the caseload pass, the appointment histories and the occupation codes depend on it.</summary>
        public static PreparedBatch From(IReadOnlyList<SyntheticClient> generated, SyntheticCaseloads caseloads, ClientTables tables)
        {
            var placed = caseloads.Process(generated);
            var batch = placed.Clients;

            // Appointment history is made in client order: clients share their case managers' slots.
            var histories = batch.Select(tables.Appointments.Next).ToList();
            var complained = tables.ComplaintsAndGrants.For(placed);
            List<Client> clients = [.. batch.Select(c => c.Client)];
            return new PreparedBatch(
                clients,
                [.. batch.SelectMany(c => c.Client.Household.Select(h => new OwnedRow<Client, HouseholdMember>(c.Client, h)))],
                [.. batch.SelectMany(c => c.Tags)],
                [.. batch.SelectMany(c => c.SpecialCautions)],
                [.. batch.SelectMany(c => c.MustViewNotes)],
                [.. batch.SelectMany(c => c.Notes)],
                placed.Placements,
                placed.BenefitSpells,
                [.. histories.SelectMany(h => h.Slots)],
                [.. histories.SelectMany(h => h.Appointments)],
                tables.Hardship.For(batch),
                complained.Complaints,
                complained.Grants,
                tables.WorkLife.Generator.For(placed),
                tables.Pathways.Generator.For(clients, placed.Placements),
                tables.VacancyData.OccupationsFor(clients));
        }
    }

    private static async Task WriteAsync<TRow>(IBulkWriter writer, TableMap<TRow> table, IReadOnlyList<TRow> rows, Tally tally, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await writer.WriteAsync(table, rows, cancellationToken);
        tally.Add(table.Name, rows.Count, watch.Elapsed);
    }

    private sealed record ClientTables(
        TableMap<Client> Clients,
        TableMap<OwnedRow<Client, HouseholdMember>> Household,
        TableMap<ProgrammeTag> Tags,
        TableMap<SpecialCaution> Cautions,
        TableMap<MustViewNote> MustViewNotes,
        TableMap<EngagementNote> Notes,
        TableMap<CaseloadPlacement> Placements,
        TableMap<BenefitSpell> BenefitSpells,
        TableMap<AppointmentSlot> Slots,
        TableMap<Appointment> AppointmentRows,
        TableMap<HardshipApplication> HardshipApplications,
        TableMap<DecisionReview> DecisionReviews,
        SyntheticAppointments Appointments,
        SyntheticHardship Hardship,
        TableMap<Complaint> Complaints,
        TableMap<DiscretionaryFundGrant> FundGrants,
        SyntheticComplaints ComplaintsAndGrants,
        SyntheticWorkLifeTables WorkLife,
        SyntheticPathwaysTables Pathways,
        TableMap<Employer> Employers,
        TableMap<Vacancy> Vacancies,
        TableMap<JobseekerOccupation> Occupations,
        SyntheticVacancies VacancyData)
    {
        public IEnumerable<string> Names => [Clients.Name, Household.Name, Tags.Name, Cautions.Name, MustViewNotes.Name, Notes.Name, Placements.Name, BenefitSpells.Name, Slots.Name, AppointmentRows.Name, HardshipApplications.Name, DecisionReviews.Name, Complaints.Name, FundGrants.Name, .. WorkLife.Names, .. Pathways.Names, Employers.Name, Vacancies.Name, Occupations.Name];
    }

    /// <summary>Rows and write time per table, in the order tables were first written.</summary>
    private sealed class Tally(long clientsTotal, IProgress<LoadProgress>? progress, Stopwatch total)
    {
        private readonly List<string> _order = [];
        private readonly Dictionary<string, (long Rows, TimeSpan Elapsed)> _tables = new(StringComparer.Ordinal);

        public long ClientsLoaded { get; set; }

        public void Add(string table, long rows, TimeSpan elapsed)
        {
            if (!_tables.TryGetValue(table, out var current))
            {
                _order.Add(table);
            }

            _tables[table] = (current.Rows + rows, current.Elapsed + elapsed);
        }

        public void Report(string stage) =>
            progress?.Report(new LoadProgress(stage, ClientsLoaded, clientsTotal, _order.ToDictionary(t => t, t => _tables[t].Rows, StringComparer.Ordinal), total.Elapsed));

        public IReadOnlyList<TableLoad> Tables() => [.. _order.Select(t => new TableLoad(t, _tables[t].Rows, _tables[t].Elapsed))];
    }
}
