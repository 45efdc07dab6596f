using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Tautoko.Data.Bulk;

/// <summary>
/// PostgreSQL: binary COPY per table and batch. Primary keys, secondary indexes and foreign keys on the loaded tables
/// are dropped first and rebuilt from their own definitions (pg_get_indexdef / pg_get_constraintdef) before
/// commit — one sort per index and one join per key instead of a million single-row checks. The tables are
/// truncated in the same transaction, so COPY writes the rows frozen (FREEZE). It all runs in the load's
/// transaction, so a failed load leaves the schema (and the empty tables) as the migrations made them.
/// </summary>
internal sealed class PostgresBulkWriter(TautokoDbContext db, ISqlGenerationHelper sql) : IBulkWriter
{
    private const string DefinitionsQuery = """
        WITH loaded AS (SELECT to_regclass(name)::oid AS oid FROM unnest(@tables) AS name)
        SELECT 'fk', c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.contype = 'f' AND (c.conrelid IN (SELECT oid FROM loaded) OR c.confrelid IN (SELECT oid FROM loaded))
        UNION ALL
        SELECT 'pk', c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        WHERE c.contype IN ('p', 'u') AND c.conrelid IN (SELECT oid FROM loaded)
        UNION ALL
        SELECT 'ix', i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i
        WHERE i.indrelid IN (SELECT oid FROM loaded) AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
        """;

    private readonly List<string> _rebuildKeys = [];
    private readonly List<string> _rebuildIndexes = [];
    private readonly List<string> _rebuildForeignKeys = [];
    private readonly HashSet<string> _truncated = new(StringComparer.Ordinal);

    public string Provider => "PostgreSQL";

    private NpgsqlConnection Connection => (NpgsqlConnection)db.Database.GetDbConnection();

    public async Task PrepareAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("SET LOCAL maintenance_work_mem = '1GB'; SET LOCAL synchronous_commit = off;", cancellationToken);

        var dropIndexes = new List<string>();
        var dropForeignKeys = new List<string>();
        var dropKeys = new List<string>();
        await using (var command = Connection.CreateCommand())
        {
            command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = DefinitionsQuery;
            command.Parameters.AddWithValue("tables", tables.Select(t => sql.DelimitIdentifier(t)).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = reader.GetString(0);
                var table = reader.GetString(1);
                var name = reader.GetString(2);
                var definition = reader.GetString(3);
                if (kind == "fk")
                {
                    dropForeignKeys.Add($"ALTER TABLE {table} DROP CONSTRAINT {name}");
                    _rebuildForeignKeys.Add($"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}");
                }
                else if (kind == "pk")
                {
                    dropKeys.Add($"ALTER TABLE {table} DROP CONSTRAINT {name}");
                    _rebuildKeys.Add($"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}");
                }
                else if (kind == "ix")
                {
                    dropIndexes.Add($"DROP INDEX {name}");
                    _rebuildIndexes.Add(definition);
                }
            }
        }

        // Foreign keys first (they depend on the keys they reference), then indexes, then the primary and unique keys.
        foreach (var statement in dropForeignKeys.Concat(dropIndexes).Concat(dropKeys))
        {
            await ExecuteAsync(statement, cancellationToken);
        }

        // Emptied in this transaction (they are empty: the loader only writes into an empty database), so COPY may
        // write the rows already frozen and visible: no hint bits to set and no freezing vacuum after the load, index
        // builds and key checks that need no visibility look-ups, and index-only scans at once. Still all or nothing:
        // TRUNCATE is undone with the rest if the load fails.
        var names = string.Join(", ", tables.Select(t => sql.DelimitIdentifier(t)));
        await using (var command = Connection.CreateCommand())
        {
            command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(t)})"));
            if (await command.ExecuteScalarAsync(cancellationToken) is string holding)
            {
                throw new InvalidOperationException($"The database already holds data in {holding}; the synthetic loader only writes into an empty database.");
            }
        }

        await ExecuteAsync($"TRUNCATE {names}", cancellationToken);
        _truncated.UnionWith(tables);
    }

    public async Task WriteAsync<TRow>(TableMap<TRow> table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)));
        var freeze = _truncated.Contains(table.Name) ? ", FREEZE" : string.Empty;
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) FROM STDIN (FORMAT BINARY{freeze})";
        await using var importer = await Connection.BeginBinaryImportAsync(copy, cancellationToken);
        var map = table.Columns;
        // Synchronous writes into the importer's buffer (it only blocks when the buffer is flushed to the socket): an
        // awaited call per value cost the loader a noticeable share of its CPU on tens of millions of values.
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            for (var i = 0; i < map.Count; i++)
            {
                var value = map[i].ProviderValue(row);
                if (value is null)
                {
                    importer.WriteNull();
                }
                else
                {
                    importer.Write(value, map[i].StoreTypeName);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        // Keys before the foreign keys that reference them.
        foreach (var statement in _rebuildKeys.Concat(_rebuildIndexes).Concat(_rebuildForeignKeys))
        {
            await ExecuteAsync(statement, cancellationToken);
        }
    }

    /// <summary>After commit, so nothing here can undo the load: the tables are analysed on two connections at once.</summary>
    public async Task AfterCommitAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()!;
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(tables);
        async Task AnalyseAsync()
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            while (queue.TryDequeue(out var table))
            {
                await using var command = new NpgsqlCommand($"ANALYZE {sql.DelimitIdentifier(table)}", connection) { CommandTimeout = 0 };
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await Task.WhenAll(AnalyseAsync(), AnalyseAsync());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task ExecuteAsync(string statement, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = statement;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
