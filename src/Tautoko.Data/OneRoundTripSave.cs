using Microsoft.EntityFrameworkCore;

namespace Tautoko.Data;

/// <summary>Saves a handful of inserts in one round trip where the provider allows it, all or none.</summary>
public static class OneRoundTripSave
{
    /// <summary>Well under Npgsql's batch size, so the pending inserts are sent as one batch.</summary>
    public const int OneBatchAtMost = 50;

    /// <summary>
    /// On PostgreSQL a few inserts go as one Npgsql batch, which the server runs as one implicit transaction (a single
    /// Sync): all commit or none do (a unique index refusing one row rolls back the rest), so the explicit transaction
    /// EF Core would open only adds a COMMIT round trip. SQLite executes commands one by one and keeps the transaction.
    /// New rows of plain tables go through <see cref="PlainInserts"/>, the same batch without EF Core's save pipeline.
    /// A save that also updates a row under its version check keeps the explicit transaction, because EF Core verifies
    /// the version only after the batch has run, and a concurrency failure must roll the inserts back too.
    /// </summary>
    public static async Task SaveInOneRoundTripAsync(this TautokoDbContext db, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        var oneBatch = db.IsPostgres && pending.Count <= OneBatchAtMost && pending.All(e => e.State == EntityState.Added)
            && (await Measures.MeasureUpkeep.TouchedAsync(db, ct)).Count == 0;
        if (oneBatch && PlainInserts.Ordered(pending) is { } ordered)
        {
            await PlainInserts.WriteAsync(db, ordered, ct);
            return;
        }

        var before = db.Database.AutoTransactionBehavior;
        db.Database.AutoTransactionBehavior = oneBatch ? AutoTransactionBehavior.Never : before;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Database.AutoTransactionBehavior = before;
        }
    }
}
