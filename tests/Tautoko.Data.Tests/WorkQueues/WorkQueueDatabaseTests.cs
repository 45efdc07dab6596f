using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Data.Bulk;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.WorkQueues;

/// <summary>
/// The database itself keeps a task in one person's hands: the take is a conditional UPDATE on the
/// version and an empty owner, and a check constraint ties the owner to the "being worked" status.
/// </summary>
public sealed class WorkQueueDatabaseTests
{
    private static readonly SyntheticProfile Tiny = SyntheticProfile.Demo with { Clients = 60 };
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task TwoContextsTakeTheSameTask_OnSqlite_TheSecondSaveFindsNoRow() => WithDatabaseAsync(DatabaseKind.Sqlite, SecondTakeFailsAsync);

    [Fact]
    public Task TwoContextsTakeTheSameTask_OnPostgres_TheSecondSaveFindsNoRow() => WithDatabaseAsync(DatabaseKind.Postgres, SecondTakeFailsAsync);

    [Fact]
    public Task OwnerWithoutBeingWorked_OnSqlite_IsRefusedByTheCheckConstraint() => WithDatabaseAsync(DatabaseKind.Sqlite, CheckConstraintHoldsAsync);

    [Fact]
    public Task OwnerWithoutBeingWorked_OnPostgres_IsRefusedByTheCheckConstraint() => WithDatabaseAsync(DatabaseKind.Postgres, CheckConstraintHoldsAsync);

    [Fact]
    public Task DemoSeeder_GivesEverySiteItsQueuesAndServiceCentresTasksOfVariedAge() => WithDatabaseAsync(DatabaseKind.Sqlite, async settings =>
    {
        await using var db = Create(settings);
        var queues = await db.WorkQueues.ToListAsync();
        var sites = await db.Sites.ToListAsync();
        foreach (var site in sites)
        {
            Assert.Equal(WorkQueueKinds.StandardFor(site.Kind).Order(), queues.Where(q => q.SiteId == site.Id).Select(q => q.Kind).Order());
        }

        var tasks = await db.WorkQueueTasks.ToListAsync();
        Assert.Contains(tasks, t => t.Status == WorkQueueTaskStatus.Open);
        Assert.Contains(tasks, t => t.Status == WorkQueueTaskStatus.InProgress);
        Assert.Contains(tasks, t => t.Status == WorkQueueTaskStatus.OnHold);
        Assert.Contains(tasks, t => t.IsOverdue(Now));
        Assert.Contains(tasks, t => t.Attempts > 0);
        Assert.All(tasks.Where(t => t.QueueKind == WorkQueueKind.SiteFaceToFaceAppointments), t => Assert.True(t.DueAt - t.CreatedAt <= TimeSpan.FromHours(24)));
        var attempts = await db.ContactAttempts.ToListAsync();
        Assert.Equal(tasks.Sum(t => t.Attempts), attempts.Count);

        // every attempt the demo holds is in the engagement log.
        var noteIds = attempts.Select(a => a.EngagementNoteId).ToList();
        Assert.Equal(attempts.Count, await db.EngagementNotes.CountAsync(n => noteIds.Contains(n.Id)));
    });

    private static async Task SecondTakeFailsAsync(DatabaseSettings settings)
    {
        Guid taskId;
        await using (var db = Create(settings))
        {
            taskId = (await db.WorkQueueTasks.FirstAsync(t => t.Status == WorkQueueTaskStatus.Open)).Id.Value;
        }

        var staff = await StaffAsync(settings);
        await using var first = Create(settings);
        await using var second = Create(settings);
        var a = await first.WorkQueueTasks.SingleAsync(t => t.Id == new WorkQueueTaskId(taskId));
        var b = await second.WorkQueueTasks.SingleAsync(t => t.Id == new WorkQueueTaskId(taskId));
        a.Take(staff[0], Now);
        b.Take(staff[1], Now);

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = Create(settings);
        var saved = await check.WorkQueueTasks.Include(t => t.Events).SingleAsync(t => t.Id == new WorkQueueTaskId(taskId));
        Assert.Equal(staff[0], saved.OwnerId);
        Assert.Single(saved.Events, e => e.Kind == TaskEventKind.Taken);
    }

    private static async Task CheckConstraintHoldsAsync(DatabaseSettings settings)
    {
        await using var db = Create(settings);
        var open = await db.WorkQueueTasks.FirstAsync(t => t.Status == WorkQueueTaskStatus.Open);
        var staff = await StaffAsync(settings);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync(
            $"UPDATE work_queue_tasks SET \"OwnerId\" = {staff[0].Value} WHERE \"Id\" = {open.Id.Value}"));
        Assert.Contains("ck_work_queue_tasks_owner", ex.Message + ex.InnerException?.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<IReadOnlyList<StaffId>> StaffAsync(DatabaseSettings settings)
    {
        await using var db = Create(settings);
        return await db.Staff.OrderBy(s => s.StaffNumber).Select(s => s.Id).Take(2).ToListAsync();
    }

    private static async Task WithDatabaseAsync(DatabaseKind kind, Func<DatabaseSettings, Task> test)
    {
        DatabaseSettings settings;
        string? file = null;
        if (kind == DatabaseKind.Sqlite)
        {
            file = Path.Combine(Path.GetTempPath(), $"tautoko-queues-{Guid.NewGuid():N}.db");
            settings = new DatabaseSettings(DatabaseKind.Sqlite, $"Data Source={file};Pooling=False");
        }
        else
        {
            // Runs only where a server is offered: TAUTOKO_TEST_POSTGRES is a connection string that may create databases.
            var server = Environment.GetEnvironmentVariable("TAUTOKO_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(server))
            {
                return;
            }

            settings = new DatabaseSettings(DatabaseKind.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = $"tautoko_queues_{Guid.NewGuid():N}", Pooling = false }.ConnectionString);
        }

        try
        {
            await using (var db = Create(settings))
            {
                await db.Database.EnsureCreatedAsync();
                await SyntheticLoader.LoadAsync(db, Tiny, SyntheticDefaults.Seed, SyntheticDefaults.Today, null, CancellationToken.None);
                db.ChangeTracker.Clear();
                await WorkQueueSeeder.SeedAsync(db, SyntheticDefaults.Seed, Now, CancellationToken.None);
            }

            await test(settings);
        }
        finally
        {
            await using (var db = Create(settings))
            {
                await db.Database.EnsureDeletedAsync();
            }

            if (file is not null)
            {
                File.Delete(file);
            }
        }
    }

    private static TautokoDbContext Create(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<TautokoDbContext>();
        settings.Configure(options);
        return new TautokoDbContext(options.Options);
    }
}
