using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Tautoko.Web.Tests.Operations;

/// <summary>
/// Growing and keeping the data (PostgreSQL): an office's SQLite database moved into PostgreSQL by the
/// <c>move-to-postgres</c> command (every table's row count compared here independently, the command's own sample
/// compare must pass, a non-empty target is refused without <c>--replace</c>), then a <c>pg_dump</c>/<c>pg_restore</c>
/// round trip of that database compared table by table: row counts and a checksum of every row.
/// </summary>
public sealed class BackupAndMoveTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SqliteMovedIntoPostgres_ThenDumpedAndRestored_KeepsEveryRow()
    {
        var sqlite = Path.Combine(Path.GetTempPath(), $"tautoko-move-{Guid.NewGuid():N}.db");
        await using var target = await ScratchDatabase.CreateAsync("move");
        await using var restored = await ScratchDatabase.CreateAsync("restore");
        var dump = Path.Combine(Path.GetTempPath(), $"tautoko-{Guid.NewGuid():N}.dump");
        try
        {
            var seeded = await CliAsync("seed", "--db", $"Data Source={sqlite}", "--size", "demo", "--clients", "150", "--demo");
            Assert.True(seeded.Code == 0, seeded.Output);

            var moved = await CliAsync("move-to-postgres", "--from", sqlite, "--db", target.ConnectionString, "--sample", "10");
            output.WriteLine(moved.Output);
            Assert.True(moved.Code == 0, moved.Output);
            Assert.Contains("differences=0", moved.Output, StringComparison.Ordinal);

            var tables = await target.TablesAsync();
            var counts = new Dictionary<string, long>();
            await using (var source = new SqliteConnection($"Data Source={sqlite};Mode=ReadOnly"))
            {
                await source.OpenAsync();
                foreach (var table in tables)
                {
                    await using var command = source.CreateCommand();
                    command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                    counts[table] = (long)(await command.ExecuteScalarAsync())!;
                    Assert.True(counts[table] == await target.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\""), $"{table}: SQLite has {counts[table]} rows, PostgreSQL {await target.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\"")}.");
                }
            }

            Assert.True(counts["clients"] > 0 && counts["engagement_notes"] > 0 && counts["appointments"] > 0, "The seeded office has clients, notes and appointments.");
            var refused = await CliAsync("move-to-postgres", "--from", sqlite, "--db", target.ConnectionString);
            Assert.True(refused.Code == 3, refused.Output);
            Assert.Equal(counts["clients"], await target.ScalarAsync("SELECT COUNT(*) FROM clients"));
            var replaced = await CliAsync("move-to-postgres", "--from", sqlite, "--db", target.ConnectionString, "--replace", "--sample", "5");
            Assert.True(replaced.Code == 0, replaced.Output);
            Assert.Equal(counts["clients"], await target.ScalarAsync("SELECT COUNT(*) FROM clients"));

            // Backup and restore, as the README says: pg_dump -Fc, then pg_restore into an empty database.
            var dumped = await PgAsync("pg_dump", "--format=custom", "--no-owner", $"--file={dump}", target.Name);
            Assert.True(dumped.Code == 0, dumped.Output);
            var back = await PgAsync("pg_restore", "--no-owner", "--exit-on-error", $"--dbname={restored.Name}", dump);
            Assert.True(back.Code == 0, back.Output);

            var compared = 0L;
            foreach (var table in tables)
            {
                var rows = await target.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\"");
                Assert.Equal(rows, await restored.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\""));
                Assert.Equal(await ChecksumAsync(target, table), await ChecksumAsync(restored, table));
                compared += rows;
            }

            output.WriteLine($"Move and backup: {tables.Count} tables, {compared} rows moved from SQLite and restored from pg_dump with the same counts and checksums.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlite, sqlite + "-wal", sqlite + "-shm", dump })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<string> ChecksumAsync(ScratchDatabase database, string table)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM \"{table}\" t", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static Task<(int Code, string Output)> CliAsync(params string[] args) =>
        RunAsync("dotnet", null, [Path.Combine(AppContext.BaseDirectory, "Tautoko.Web.dll"), .. args]);

    /// <summary>A PostgreSQL client program of the newest installed version, connecting as the tests' admin.</summary>
    private static Task<(int Code, string Output)> PgAsync(string program, params string[] args)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).First();
        var admin = new NpgsqlConnectionStringBuilder(ScratchDatabase.Admin);
        var environment = new Dictionary<string, string?>
        {
            ["PGHOST"] = admin.Host,
            ["PGPORT"] = admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = admin.Username,
            ["PGPASSWORD"] = admin.Password,
        };
        return RunAsync(Path.Combine(bin, "bin", program), environment, args);
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, Dictionary<string, string?>? environment, string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? [])
        {
            info.Environment[name] = value;
        }

        info.Environment["COLUMNS"] = "160";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
