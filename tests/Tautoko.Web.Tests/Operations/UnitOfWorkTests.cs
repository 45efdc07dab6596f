using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Operations;

/// <summary>
/// The pieces the request-wide transaction of an idempotent request stands on: a handler's own unit of work nests as a
/// savepoint (commit keeps its rows, an uncommitted dispose drops only them), job leases go to one holder at a time,
/// and no code in the web project opens a transaction that could not nest.
/// </summary>
public sealed class UnitOfWorkTests
{
    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostgreSQL")]
    public async Task UnitOfWork_InsideATransaction_IsASavepoint(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        await using var outer = await db.Database.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;

        await using (var kept = await db.BeginUnitOfWorkAsync(CancellationToken.None))
        {
            db.JobLeases.Add(new JobLease("kept", now));
            await db.SaveChangesAsync();
            await kept.CommitAsync();
        }

        await using (await db.BeginUnitOfWorkAsync(CancellationToken.None))
        {
            db.JobLeases.Add(new JobLease("dropped", now));
            await db.SaveChangesAsync();
        }

        db.ChangeTracker.Clear();
        Assert.Equal(["kept"], await db.JobLeases.Select(l => l.Job).ToListAsync());
        await outer.CommitAsync();
        await using var fresh = database.Context();
        Assert.Equal(["kept"], await fresh.JobLeases.Select(l => l.Job).ToListAsync());
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostgreSQL")]
    public async Task JobLease_GoesToOneHolder_UntilItRunsOut(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        var now = DateTimeOffset.UtcNow;

        Assert.True(await db.TryTakeLeaseAsync("job", "node-a", now, TimeSpan.FromMinutes(50), CancellationToken.None));
        Assert.False(await db.TryTakeLeaseAsync("job", "node-b", now.AddMinutes(10), TimeSpan.FromMinutes(50), CancellationToken.None));
        Assert.True(await db.TryTakeLeaseAsync("job", "node-b", now.AddMinutes(51), TimeSpan.FromMinutes(50), CancellationToken.None));
        Assert.False(await db.TryTakeLeaseAsync("job", "node-a", now.AddMinutes(60), TimeSpan.FromMinutes(50), CancellationToken.None));
        Assert.Equal(2, await db.JobLeases.Where(l => l.Job == "job").Select(l => l.Runs).SingleAsync());
    }

    [Fact]
    public void WebCode_OpensTransactionsOnlyThroughUnitOfWork()
    {
        var web = Path.Combine(RepositoryPaths.Root, "src", "Tautoko.Web");
        var offenders = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && Path.GetFileName(f) != "IdempotencyMiddleware.cs")
            .Where(f => File.ReadAllText(f).Contains("Database.BeginTransaction", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .ToList();

        Assert.True(offenders.Count == 0, "Open a transaction with db.BeginUnitOfWorkAsync (it nests inside an idempotent request's transaction): " + string.Join(", ", offenders));
    }

    private sealed class TestDatabase : IAsyncDisposable
    {
        private readonly DatabaseSettings _settings;
        private readonly ScratchDatabase? _postgres;
        private readonly string? _file;

        private TestDatabase(DatabaseSettings settings, ScratchDatabase? postgres, string? file)
        {
            _settings = settings;
            _postgres = postgres;
            _file = file;
        }

        public static async Task<TestDatabase> CreateAsync(string provider)
        {
            TestDatabase database;
            if (provider == "PostgreSQL")
            {
                var postgres = await ScratchDatabase.CreateAsync("uow");
                database = new TestDatabase(DatabaseSettings.Parse(postgres.ConnectionString), postgres, null);
            }
            else
            {
                var file = Path.Combine(Path.GetTempPath(), $"tautoko-uow-{Guid.NewGuid():N}.db");
                database = new TestDatabase(DatabaseSettings.Parse($"Data Source={file}"), null, file);
            }

            await using var db = database.Context();
            await db.Database.MigrateAsync();
            return database;
        }

        public TautokoDbContext Context()
        {
            var options = new DbContextOptionsBuilder<TautokoDbContext>();
            _settings.Configure(options);
            return new TautokoDbContext(options.Options);
        }

        public async ValueTask DisposeAsync()
        {
            if (_postgres is not null)
            {
                await _postgres.DisposeAsync();
            }

            if (_file is not null)
            {
                SqliteConnection.ClearAllPools();
                foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }
    }
}
