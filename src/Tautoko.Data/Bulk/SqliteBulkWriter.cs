using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tautoko.Data.Bulk;

/// <summary>SQLite: prepared single-row INSERTs in the load's transaction, foreign keys checked at commit.</summary>
internal sealed class SqliteBulkWriter(TautokoDbContext db, ISqlGenerationHelper sql) : IBulkWriter
{
    public string Provider => "SQLite";

    public async Task PrepareAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken) =>
        // Staff buddies point at each other, so foreign keys wait for the commit.
        await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", cancellationToken);

    public async Task WriteAsync<TRow>(TableMap<TRow> table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var names = table.Columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ({string.Join(", ", names)})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                command.Parameters.Add(column.Mapping.CreateParameter(command, names[i], column.ModelValue(row), column.IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public Task FinishAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AfterCommitAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
