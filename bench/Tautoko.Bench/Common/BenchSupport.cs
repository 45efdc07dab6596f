using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace Tautoko.Bench.Common;

/// <summary>What the load benchmarks share: their own fresh database, small queries, a bearer token, medians.</summary>
internal static class BenchSupport
{
    /// <summary>Drops and creates <paramref name="database"/> on the server of <paramref name="server"/>; returns its connection string.</summary>
    public static async Task<string> RecreateDatabaseAsync(string server, string database)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var statement in new[] { $"DROP DATABASE IF EXISTS {database} WITH (FORCE)", $"CREATE DATABASE {database}" })
            {
                await using var command = new NpgsqlCommand(statement, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        // No pool size here: the host keeps its own connection budget (--db-pool-size, 40 unless set), as in production.
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    /// <summary>
    /// The bare baselines' data source: the same pool settings a Tautoko node gives Npgsql (<c>DatabaseSettings</c>): its
    /// connection budget (<see cref="Tautoko.Data.DatabaseSettings.DefaultPoolSize"/>, so the baseline and the host together
    /// fit a PostgreSQL with default settings), automatic preparation of hot statements, and no reset statements when a
    /// connection goes back to the pool.
    /// </summary>
    public static NpgsqlDataSource BaselineDataSource(string connectionString) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = Tautoko.Data.DatabaseSettings.DefaultPoolSize,
            MaxAutoPrepare = 64,
            NoResetOnClose = true,
        }.ConnectionString);

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task<List<Guid>> IdsAsync(string connectionString, string sql)
    {
        var ids = new List<Guid>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public static async Task<string> ServerVersionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return $"PostgreSQL {connection.ServerVersion}";
    }

    /// <summary>A bearer token for a demo account.</summary>
    public static async Task<string> TokenAsync(HttpClient http, Uri host, string email)
    {
        using var response = await http.PostAsJsonAsync(new Uri(host, "/api/auth/login"), new { email, password = "Tautoko-demo-2026" });
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
    }

    /// <summary>An argument as it goes in PERFORMANCE.md: quoted when it has spaces or semicolons, never with a password.</summary>
    public static string Quote(string argument)
    {
        if (argument.Contains("Password", StringComparison.OrdinalIgnoreCase))
        {
            argument = new NpgsqlConnectionStringBuilder(argument) { Password = "***" }.ConnectionString;
        }

        return argument.Contains(' ', StringComparison.Ordinal) || argument.Contains(';', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
