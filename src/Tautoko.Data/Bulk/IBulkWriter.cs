namespace Tautoko.Data.Bulk;

/// <summary>Writes rows to one database inside one transaction: binary COPY on PostgreSQL, prepared INSERTs on SQLite.</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    string Provider { get; }

    /// <summary>Runs before the first row, after the transaction has begun (e.g. drops secondary indexes).</summary>
    Task PrepareAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken);

    Task WriteAsync<TRow>(TableMap<TRow> table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken);

    /// <summary>Runs after the last row, before commit (e.g. rebuilds indexes and foreign keys).</summary>
    Task FinishAsync(CancellationToken cancellationToken);

    /// <summary>Runs after commit (e.g. refreshes planner statistics).</summary>
    Task AfterCommitAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken);
}
