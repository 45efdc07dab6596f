using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tautoko.Data.Bulk;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Bulk;

public sealed class SyntheticLoaderTests
{
    private static readonly SyntheticProfile Small = SyntheticProfile.Demo with { Clients = 300 };

    [Fact]
    public async Task LoadAsync_OnSqlite_WritesEveryGeneratedRow()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tautoko-load-{Guid.NewGuid():N}.db");
        try
        {
            var settings = new DatabaseSettings(DatabaseKind.Sqlite, $"Data Source={path};Pooling=False");
            await using (var db = Create(settings))
            {
                await db.Database.EnsureCreatedAsync();
                var reports = new List<LoadProgress>();
                var result = await SyntheticLoader.LoadAsync(db, Small, SyntheticDefaults.Seed, SyntheticDefaults.Today, new SynchronousProgress(reports.Add), CancellationToken.None);

                Assert.Equal("SQLite", result.Provider);
                Assert.Equal(100, reports[^1].Percent);
            }

            await using (var db = Create(settings))
            {
                await AssertRowsMatchAsync(db);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LoadAsync_IntoADatabaseWithData_Refuses()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tautoko-load-{Guid.NewGuid():N}.db");
        try
        {
            var settings = new DatabaseSettings(DatabaseKind.Sqlite, $"Data Source={path};Pooling=False");
            await using var db = Create(settings);
            await db.Database.EnsureCreatedAsync();
            var tiny = Small with { Clients = 10 };
            await SyntheticLoader.LoadAsync(db, tiny, 1, SyntheticDefaults.Today, null, CancellationToken.None);

            await Assert.ThrowsAsync<InvalidOperationException>(() => SyntheticLoader.LoadAsync(db, tiny, 1, SyntheticDefaults.Today, null, CancellationToken.None));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LoadAsync_OnPostgres_WritesEveryGeneratedRow()
    {
        // Runs only where a server is offered: TAUTOKO_TEST_POSTGRES is a connection string that may create databases.
        var server = Environment.GetEnvironmentVariable("TAUTOKO_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            return;
        }

        var name = $"tautoko_load_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        var settings = new DatabaseSettings(DatabaseKind.Postgres, builder.ConnectionString);
        try
        {
            await using (var db = Create(settings))
            {
                await db.Database.EnsureCreatedAsync();
                var result = await SyntheticLoader.LoadAsync(db, Small, SyntheticDefaults.Seed, SyntheticDefaults.Today, null, CancellationToken.None);
                Assert.Equal("PostgreSQL", result.Provider);
            }

            await using (var db = Create(settings))
            {
                await AssertRowsMatchAsync(db);

                // The indexes and foreign keys dropped for the load are back.
                var indexes = await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_indexes WHERE tablename = 'clients'").SingleAsync();
                var foreignKeys = await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_constraint WHERE contype = 'f' AND conrelid = 'engagement_notes'::regclass").SingleAsync();
                var primaryKeys = await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_constraint WHERE contype = 'p' AND conrelid IN ('clients'::regclass, 'appointments'::regclass, 'household_members'::regclass)").SingleAsync();
                Assert.True(indexes >= 6, $"clients has {indexes} indexes");
                Assert.Equal(3, primaryKeys);
                Assert.Equal(3, foreignKeys);
            }
        }
        finally
        {
            await using var db = Create(settings);
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static TautokoDbContext Create(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<TautokoDbContext>();
        settings.Configure(options);
        return new TautokoDbContext(options.Options);
    }

    private static async Task AssertRowsMatchAsync(TautokoDbContext db)
    {
        var expected = SyntheticDataset.Create(Small, SyntheticDefaults.Seed, SyntheticDefaults.Today);
        var clients = expected.Clients().ToList();

        Assert.Equal(expected.Regions.Count, await db.Regions.CountAsync());
        Assert.Equal(expected.Sites.Count, await db.Sites.CountAsync());
        Assert.Equal(expected.Staff.Count, await db.Staff.CountAsync());
        Assert.Equal(Small.Clients, await db.Clients.CountAsync());
        Assert.Equal(clients.Sum(c => c.Tags.Count), await db.ProgrammeTags.CountAsync());
        Assert.Equal(clients.Sum(c => c.SpecialCautions.Count), await db.SpecialCautions.CountAsync());
        Assert.Equal(clients.Sum(c => c.MustViewNotes.Count), await db.MustViewNotes.CountAsync());
        Assert.Equal(clients.Sum(c => c.Notes.Count), await db.EngagementNotes.CountAsync());
        var hardship = new SyntheticHardship(expected).For(clients);
        Assert.Equal(hardship.Applications.Count, await db.HardshipApplications.CountAsync());
        Assert.Equal(hardship.Reviews.Count, await db.DecisionReviews.CountAsync());
        var granted = hardship.Applications.Where(a => a.AmountGranted is not null).ToList();
        Assert.Equal(granted.Sum(a => a.AmountGranted!.Value), (await db.HardshipApplications.Where(a => a.AmountGranted != null).Select(a => a.AmountGranted!.Value).ToListAsync()).Sum());

        // Owned rows come back through EF Core with the generator's values.
        var first = clients[0].Client;
        var loaded = await db.Clients.AsNoTracking().SingleAsync(c => c.ClientNumber == first.ClientNumber);
        Assert.Equal(first.Id, loaded.Id);
        Assert.Equal("Māka", loaded.LastName);
        Assert.Equal(first.Address, loaded.Address);
        Assert.Equal(first.Agent, loaded.Agent);
        Assert.Equal(first.Flags, loaded.Flags);
        Assert.Equal(first.Benefit, loaded.Benefit);
        Assert.Equal(first.CreatedAt, loaded.CreatedAt);
        Assert.Equal(first.Household.OrderBy(h => h.Id), loaded.Household.OrderBy(h => h.Id));
        Assert.Equal(clients.Sum(c => c.Client.Household.Count), await db.Clients.SelectMany(c => c.Household).CountAsync());

        var staff = await db.Staff.AsNoTracking().ToListAsync();
        Assert.Equal(expected.Staff.Sum(s => s.Leave.Count), staff.Sum(s => s.Leave.Count));
        Assert.All(staff.Where(s => s.BuddyId is not null), s => Assert.Contains(staff, b => b.Id == s.BuddyId));

        var sites = await db.Sites.AsNoTracking().ToListAsync();
        var ohakune = sites.Single(s => s.Name == "Ohakune");
        Assert.DoesNotContain(ohakune.OpeningSessions, s => s.Day == DayOfWeek.Wednesday);
        Assert.Equal(5, sites.Single(s => s.Name == "Napier Phone-based Case Management").ServedRegionIds.Count);

        // Calendars are copied in bulk with their template blocks as JSON: EF Core reads back every block.
        var calendars = await db.Calendars.AsNoTracking().ToListAsync();
        var expectedCalendars = new SyntheticAppointments(expected).Calendars;
        Assert.Equal(expectedCalendars.Count, calendars.Count);
        foreach (var calendar in expectedCalendars)
        {
            var stored = calendars.Single(c => c.Id == calendar.Id);
            Assert.NotEmpty(stored.Blocks);
            Assert.Equal(calendar.Blocks, stored.Blocks);
            Assert.Equal(calendar.TemplateName, stored.TemplateName);
            Assert.Equal(calendar.StaffId, stored.StaffId);
        }

        var corrections = await db.EngagementNotes.CountAsync(n => n.CorrectsNoteId != null);
        Assert.Equal(clients.Sum(c => c.Notes.Count(n => n.CorrectsNoteId is not null)), corrections);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests want every report, in order.</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
