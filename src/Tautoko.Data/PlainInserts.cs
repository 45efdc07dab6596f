using System.Collections.Concurrent;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Tautoko.Data;

/// <summary>
/// PostgreSQL only: a handful of new rows written as one Npgsql batch of plain <c>INSERT</c>s, built from the EF Core
/// model (table, columns, value converters, parameter types) but without EF Core's save pipeline (change detection,
/// command batching, per-command bookkeeping), which cost more host CPU than writing the rows (bench <c>book-load</c>).
/// The batch runs as one implicit transaction (one Sync), or inside the context's transaction when it has one: all rows
/// commit or none. Rows of a table another new row refers to go first. A refusal comes back as the <see cref="DbUpdateException"/> EF Core would
/// throw, with the <see cref="PostgresException"/> inside, so <see cref="ConstraintRefusals"/> still recognises it.
/// </summary>
internal static class PlainInserts
{
    private static readonly ConcurrentDictionary<IEntityType, Insert?> Inserts = new();

    /// <summary>
    /// The entries in an order the database accepts (a row's principals of another type first), or null when this path
    /// cannot write them: not all new rows of plain tables (no owned or JSON parts), or a row referring to another row
    /// of its own table.
    /// </summary>
    public static List<EntityEntry>? Ordered(IReadOnlyList<EntityEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.State != EntityState.Added || Inserts.GetOrAdd(entry.Metadata, Build) is null
                || entry.Metadata.GetForeignKeys().Any(fk => fk.PrincipalEntityType == entry.Metadata && fk.Properties.Any(p => entry.Property(p).CurrentValue is not null)))
            {
                return null;
            }
        }

        var ordered = new List<EntityEntry>(entries.Count);
        var remaining = entries.ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(e => !e.Metadata.GetForeignKeys().Any(fk => fk.PrincipalEntityType != e.Metadata
                && remaining.Any(r => r != e && fk.PrincipalEntityType.IsAssignableFrom(r.Metadata)))).ToList();
            if (ready.Count == 0)
            {
                return null;
            }

            ordered.AddRange(ready);
            remaining.RemoveAll(ready.Contains);
        }

        return ordered;
    }

    /// <summary>Writes <paramref name="entries"/> (from <see cref="Ordered"/>) as one batch and accepts them.</summary>
    public static async Task WriteAsync(TautokoDbContext db, IReadOnlyList<EntityEntry> entries, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var batch = new NpgsqlBatch(connection) { Transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction };
            await using var factory = new NpgsqlCommand();
            var returning = new List<(EntityEntry Entry, IProperty Key)>();
            foreach (var entry in entries)
            {
                var insert = Inserts[entry.Metadata]!;
                var command = new NpgsqlBatchCommand(insert.Sql);
                foreach (var property in insert.Columns)
                {
                    var parameter = property.GetRelationalTypeMapping().CreateParameter(factory, string.Empty, entry.Property(property).CurrentValue, property.IsNullable);
                    parameter.ParameterName = string.Empty;
                    command.Parameters.Add((NpgsqlParameter)parameter);
                }

                batch.BatchCommands.Add(command);
                if (insert.Generated is { } key)
                {
                    returning.Add((entry, key));
                }
            }

            try
            {
                await using var reader = await batch.ExecuteReaderAsync(ct);
                var next = 0;
                do
                {
                    if (reader.FieldCount > 0 && await reader.ReadAsync(ct))
                    {
                        var (entry, key) = returning[next++];
                        var value = reader.GetValue(0);
                        var converter = key.GetTypeMapping().Converter;
                        entry.Property(key).CurrentValue = converter is null ? Convert.ChangeType(value, key.ClrType, System.Globalization.CultureInfo.InvariantCulture) : converter.ConvertFromProvider(value);
                        entry.Property(key).IsTemporary = false;
                    }
                }
                while (await reader.NextResultAsync(ct));
            }
            catch (PostgresException ex)
            {
                throw new DbUpdateException($"PostgreSQL refused the insert: {ex.MessageText}", ex, entries);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>The insert for one entity type, or null when it has parts stored elsewhere (owned types, JSON, complex properties).</summary>
    private static Insert? Build(IEntityType type)
    {
        if (type.IsOwned() || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || type.GetComplexProperties().Any()
            || type.GetTableName() is not { } table || type.GetDiscriminatorPropertyName() is not null)
        {
            return null;
        }

        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var generated = type.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated == ValueGenerated.OnAdd && key.ClrType is { } clr
            && (clr == typeof(long) || clr == typeof(int)) ? key : null;
        var columns = type.GetProperties().Where(p => p != generated).ToList();
        var names = columns.Select(p => p.GetColumnName(store) ?? throw new InvalidOperationException($"{type.DisplayName()}.{p.Name} has no column in {table}.")).ToList();
        var quoted = string.Join(", ", names.Select(n => $"\"{n}\""));
        var values = string.Join(", ", columns.Select((_, i) => $"${i + 1}"));
        var tableName = type.GetSchema() is { } schema ? $"\"{schema}\".\"{table}\"" : $"\"{table}\"";
        var sql = $"INSERT INTO {tableName} ({quoted}) VALUES ({values})" + (generated is null ? string.Empty : $" RETURNING \"{generated.GetColumnName(store)}\"");
        return new Insert(sql, columns, generated);
    }

    private sealed record Insert(string Sql, IReadOnlyList<IProperty> Columns, IProperty? Generated);
}
