using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Tautoko.Data.Bulk;

/// <summary>One table moved: rows on each side, sampled rows compared, and the first difference found (null when none).</summary>
public sealed record TableMoved(string Table, long SourceRows, long TargetRows, int Sampled, string? Difference)
{
    public bool Matches => SourceRows == TargetRows && Difference is null;
}

/// <summary>What the target held before a move: its non-empty tables.</summary>
public sealed record TargetContents(IReadOnlyList<(string Table, long Rows)> NonEmpty)
{
    public bool IsEmpty => NonEmpty.Count == 0;
}

/// <summary>
/// Moves a Tautoko database from SQLite into PostgreSQL: every table of the model, in one PostgreSQL transaction, by
/// binary COPY with foreign keys and secondary indexes dropped and rebuilt (so the rebuilt keys check every row), values
/// read through the SQLite model's converters and written through PostgreSQL's. Both databases must be migrated to the
/// same model. Afterwards each table's row count is compared and up to <c>sample</c> rows per table are looked up by
/// primary key in the target and compared column by column. The source is only read.
/// </summary>
public static class DatabaseMove
{
    /// <summary>The file a SQLite setting names.</summary>
    public static string SqliteFile(DatabaseSettings settings) => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;

    public static async Task<TargetContents> InspectTargetAsync(TautokoDbContext target, CancellationToken ct)
    {
        var nonEmpty = new List<(string, long)>();
        // Seed data (HasData) is kept only in the design-time model.
        var design = target.GetService<IDesignTimeModel>().Model;
        foreach (var table in Tables(target.Model))
        {
            // The migrations seed a few settings rows (policy, sizes); a target with only those is empty.
            var seeded = table.EntityTypeMappings.Select(m => m.TypeBase).OfType<IEntityType>().Sum(e => design.FindEntityType(e.Name)?.GetSeedData().Count() ?? 0);
            var rows = await CountAsync(target, table.Name, ct);
            if (rows > seeded)
            {
                nonEmpty.Add((table.Name, rows));
            }
        }

        return new TargetContents(nonEmpty);
    }

    public static async Task<IReadOnlyList<TableMoved>> CopyAsync(TautokoDbContext source, TautokoDbContext target, int sample, IProgress<string>? progress, CancellationToken ct)
    {
        if (source.IsPostgres || !target.IsPostgres)
        {
            throw new InvalidOperationException("The move reads a SQLite database and writes a PostgreSQL one.");
        }

        var sourceTables = Tables(source.Model).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var targetTables = Tables(target.Model);
        var sql = target.GetService<ISqlGenerationHelper>();
        await source.Database.OpenConnectionAsync(ct);
        await target.Database.OpenConnectionAsync(ct);
        try
        {
            await using (var transaction = await target.Database.BeginTransactionAsync(ct))
            {
                // With --replace this empties a database that held data; without it, only the settings rows the
                // migrations seeded, which the source has too (InspectTargetAsync refused anything more).
                var all = string.Join(", ", targetTables.Select(t => sql.DelimitIdentifier(t.Name)));
                await ExecuteAsync(target, $"TRUNCATE {all} CASCADE", ct);

                var writer = new PostgresBulkWriter(target, sql);
                await writer.PrepareAsync([.. targetTables.Select(t => t.Name)], ct);
                foreach (var table in targetTables)
                {
                    progress?.Report(table.Name);
                    await CopyTableAsync(source, target, sourceTables[table.Name], table, sql, ct);
                }

                await writer.FinishAsync(ct);
                foreach (var table in targetTables)
                {
                    await ResetIdentityAsync(target, table, sql, ct);
                }

                await transaction.CommitAsync(ct);
            }

            var report = new List<TableMoved>();
            foreach (var table in targetTables)
            {
                report.Add(await CompareAsync(source, target, sourceTables[table.Name], table, sql, sample, ct));
            }

            return report;
        }
        finally
        {
            await source.Database.CloseConnectionAsync();
            await target.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every table the model maps (the migrations history is written by migrating, not copied).</summary>
    public static IReadOnlyList<ITable> Tables(IModel model) =>
        [.. model.GetRelationalModel().Tables.Where(t => t.Schema is null).OrderBy(t => t.Name, StringComparer.Ordinal)];

    private static async Task CopyTableAsync(TautokoDbContext source, TautokoDbContext target, ITable from, ITable to, ISqlGenerationHelper sql, CancellationToken ct)
    {
        var columns = to.Columns.Where(c => c.ComputedColumnSql is null).ToList();
        var readers = columns.Select(c => ColumnReader(from.FindColumn(c.Name) ?? throw new InvalidOperationException($"{from.Name}.{c.Name} is missing in the SQLite database."), c)).ToList();
        var select = $"SELECT {string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))} FROM {sql.DelimitIdentifier(from.Name)}";
        var copy = $"COPY {sql.DelimitIdentifier(to.Name)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var command = source.Database.GetDbConnection().CreateCommand();
        command.CommandText = select;
        await using var rows = await command.ExecuteReaderAsync(ct);
        var connection = (NpgsqlConnection)target.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
        while (await rows.ReadAsync(ct))
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                var value = readers[i].Read(rows, i);
                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(value, readers[i].StoreType, ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    /// <summary>How one column's SQLite value becomes the model's value and then PostgreSQL's.</summary>
    private sealed record ColumnCopy(Func<DbDataReader, int, object?> ReadSource, Func<object, object> ToTarget, string StoreType, Func<object, object> TargetToModel)
    {
        public object? Read(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ToTarget(ReadSource(reader, ordinal)!);
    }

    private static ColumnCopy ColumnReader(IColumn from, IColumn to)
    {
        var fromMapping = from.PropertyMappings.FirstOrDefault()?.TypeMapping;
        var toMapping = to.PropertyMappings.FirstOrDefault()?.TypeMapping;
        var storeType = to.StoreType.Split('(')[0].Trim();
        if (fromMapping is null || toMapping is null)
        {
            // A JSON column (owned values stored as JSON): the same document text on both sides.
            return new ColumnCopy((r, i) => r.GetString(i), v => v, storeType, v => v);
        }

        var providerType = fromMapping.Converter?.ProviderClrType ?? fromMapping.ClrType;
        var read = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!.MakeGenericMethod(Nullable.GetUnderlyingType(providerType) ?? providerType);
        return new ColumnCopy(
            (r, i) => read.Invoke(r, [i]),
            value =>
            {
                var model = fromMapping.Converter is { } fromConverter ? fromConverter.ConvertFromProvider(value)! : value;
                return ToProvider(toMapping, model);
            },
            toMapping.StoreTypeNameBase,
            value => toMapping.Converter is { } toConverter ? toConverter.ConvertFromProvider(value)! : value);
    }

    private static object ToProvider(RelationalTypeMapping mapping, object model)
    {
        if (mapping.Converter is { } converter)
        {
            return converter.ConvertToProvider(model)!;
        }

        return model switch
        {
            Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture),
            // PostgreSQL stores instants in UTC and Npgsql writes only UTC ones; SQLite kept whatever offset was given.
            DateTimeOffset d => d.ToUniversalTime(),
            DateTime { Kind: DateTimeKind.Local } d => d.ToUniversalTime(),
            DateTime { Kind: DateTimeKind.Unspecified } d when mapping.StoreTypeNameBase == "timestamp with time zone" => DateTime.SpecifyKind(d, DateTimeKind.Utc),
            _ => model,
        };
    }

    private static async Task ResetIdentityAsync(TautokoDbContext target, ITable table, ISqlGenerationHelper sql, CancellationToken ct)
    {
        foreach (var column in table.Columns.Where(c => c.ProviderClrType == typeof(int) || c.ProviderClrType == typeof(long)))
        {
            var quotedTable = sql.DelimitIdentifier(table.Name);
            var name = sql.DelimitIdentifier(column.Name);
            await ExecuteAsync(
                target,
                $"SELECT setval(s::regclass, COALESCE((SELECT MAX({name}) FROM {quotedTable}), 0) + 1, false) FROM pg_get_serial_sequence('{quotedTable.Replace("'", "''", StringComparison.Ordinal)}', '{column.Name.Replace("'", "''", StringComparison.Ordinal)}') AS s WHERE s IS NOT NULL",
                ct);
        }
    }

    private static async Task<TableMoved> CompareAsync(TautokoDbContext source, TautokoDbContext target, ITable from, ITable to, ISqlGenerationHelper sql, int sample, CancellationToken ct)
    {
        var sourceRows = await CountAsync(source, from.Name, ct);
        var targetRows = await CountAsync(target, to.Name, ct);
        var key = to.PrimaryKey?.Columns.Select(c => c.Name).ToList();
        if (key is null || sample <= 0 || sourceRows == 0)
        {
            return new TableMoved(to.Name, sourceRows, targetRows, 0, null);
        }

        var columns = to.Columns.Where(c => c.ComputedColumnSql is null).ToList();
        var copies = columns.Select(c => ColumnReader(from.FindColumn(c.Name)!, c)).ToList();
        var keyIndexes = key.Select(k => columns.FindIndex(c => c.Name == k)).ToList();
        var list = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));

        // Spread the sample over the table: every n-th row in the source's own order.
        var step = Math.Max(1, sourceRows / sample);
        var picked = new List<object?[]>();
        await using (var command = source.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = $"SELECT {list} FROM {sql.DelimitIdentifier(from.Name)} WHERE rowid % {step} = 0 LIMIT {sample}";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                picked.Add([.. copies.Select((c, i) => c.Read(reader, i))]);
            }
        }

        var connection = (NpgsqlConnection)target.Database.GetDbConnection();
        foreach (var row in picked)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {list} FROM {sql.DelimitIdentifier(to.Name)} WHERE {string.Join(" AND ", key.Select((k, i) => $"{sql.DelimitIdentifier(k)} = @k{i}"))}";
            for (var i = 0; i < key.Count; i++)
            {
                command.Parameters.Add(new NpgsqlParameter($"k{i}", row[keyIndexes[i]]));
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return new TableMoved(to.Name, sourceRows, targetRows, picked.Count, $"row {Show(row[keyIndexes[0]])} is missing");
            }

            for (var i = 0; i < columns.Count; i++)
            {
                var moved = reader.IsDBNull(i) ? null : row[i] is { } expected ? Read(reader, i, expected.GetType()) : reader.GetValue(i);
                if (!string.Equals(Show(row[i]), Show(moved), StringComparison.Ordinal))
                {
                    return new TableMoved(to.Name, sourceRows, targetRows, picked.Count, $"row {Show(row[keyIndexes[0]])} column {columns[i].Name}: {Show(row[i])} became {Show(moved)}");
                }
            }
        }

        return new TableMoved(to.Name, sourceRows, targetRows, picked.Count, null);
    }

    /// <summary>A value as text for comparison: instants in UTC, JSON without insignificant spaces.</summary>
    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString("G29", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        string s when s.StartsWith('{') || s.StartsWith('[') => NormaliseJson(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static object? Read(DbDataReader reader, int ordinal, Type type) =>
        typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!.MakeGenericMethod(type).Invoke(reader, [ordinal]);

    /// <summary>JSON with object members in name order (jsonb keeps its own order) and no insignificant spaces.</summary>
    private static string NormaliseJson(string json)
    {
        try
        {
            return Sorted(System.Text.Json.Nodes.JsonNode.Parse(json))?.ToJsonString() ?? json;
        }
        catch (System.Text.Json.JsonException)
        {
            return json;
        }
    }

    private static System.Text.Json.Nodes.JsonNode? Sorted(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value?.DeepClone())))),
        System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray([.. a.Select(i => Sorted(i?.DeepClone()))]),
        _ => node?.DeepClone(),
    };

    private static async Task<long> CountAsync(TautokoDbContext db, string table, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {sql.DelimitIdentifier(table)}";
        var opened = command.Connection!.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await command.Connection.OpenAsync(ct);
        }

        try
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened)
            {
                await command.Connection.CloseAsync();
            }
        }
    }

    private static async Task ExecuteAsync(TautokoDbContext db, string statement, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = statement;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }
}
