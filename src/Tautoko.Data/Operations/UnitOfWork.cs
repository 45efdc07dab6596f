using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tautoko.Data.Operations;

/// <summary>
/// Transactions that nest. EF Core refuses a second <c>BeginTransaction</c> on a context that already has one, so a
/// handler that opens its own transaction could not run inside a request-wide one (an idempotent request keeps its key
/// and its writes in one transaction). Handlers call <see cref="BeginUnitOfWorkAsync"/> instead: with no transaction
/// open it begins one, as before; inside one it takes a savepoint, and "commit" releases it while "rollback" (or
/// disposing uncommitted) returns to it, so the handler's all-or-nothing holds either way. No retrying execution strategy
/// is configured; with one, the retry unit would have to be the whole request, not a handler.
/// </summary>
public static class UnitOfWork
{
    public static async Task<IDbContextTransaction> BeginUnitOfWorkAsync(this TautokoDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not { } outer)
        {
            return await db.Database.BeginTransactionAsync(ct);
        }

        var name = $"unit_{Guid.NewGuid():N}";
        await outer.CreateSavepointAsync(name, ct);
        return new Savepoint(outer, name);
    }

    /// <summary>A savepoint that behaves as a transaction to the code that opened it.</summary>
    private sealed class Savepoint(IDbContextTransaction outer, string name) : IDbContextTransaction
    {
        private bool _done;

        public Guid TransactionId => outer.TransactionId;

        public void Commit() => CommitAsync().GetAwaiter().GetResult();

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            if (!_done)
            {
                _done = true;
                await outer.ReleaseSavepointAsync(name, cancellationToken);
            }
        }

        public void Rollback() => RollbackAsync().GetAwaiter().GetResult();

        public async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            if (!_done)
            {
                _done = true;
                await outer.RollbackToSavepointAsync(name, cancellationToken);
            }
        }

        public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

        public async ValueTask DisposeAsync()
        {
            if (!_done)
            {
                await RollbackAsync();
            }
        }
    }
}
