using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Spectre.Console;
using Tautoko.Data;
using Tautoko.Data.Bulk;
using Tautoko.Data.Synthetic;

namespace Tautoko.Bench.Load;

/// <summary>Creates the schema, generates and loads a synthetic dataset, prints the timings and records them.</summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args, bool national)
    {
        var options = LoadOptions.Parse(args);
        if (options is null)
        {
            return 2;
        }

        var profile = national ? SyntheticProfile.National : SyntheticProfile.Demo;
        if (options.Clients is { } clients)
        {
            profile = profile with { Clients = clients };
        }

        var settings = DatabaseSettings.Parse(options.Database);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]Tautoko synthetic load[/] — profile [green]{profile.Name}[/], {profile.Clients:N0} clients, seed {options.Seed}, today {options.Today:yyyy-MM-dd}");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Database: {settings.Describe()}");

        if (options.Recreate)
        {
            await RecreateAsync(settings);
        }

        var schema = Stopwatch.StartNew();
        await using (var db = CreateContext(settings))
        {
            // Migrations when the provider's migrations project has them; EnsureCreated until then.
            if (db.Database.GetMigrations().Any())
            {
                await db.Database.MigrateAsync();
                AnsiConsole.MarkupLine("Schema: migrations applied");
            }
            else
            {
                await db.Database.EnsureCreatedAsync();
                AnsiConsole.MarkupLine("Schema: [yellow]no migrations yet[/], created with EnsureCreated");
            }
        }

        schema.Stop();

        var threads = options.Threads ?? Math.Max(1, Environment.ProcessorCount - 1);
        LoadResult? result = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var clientsTask = context.AddTask("Clients", maxValue: Math.Max(1, profile.Clients));
                var progress = new DirectProgress(p =>
                {
                    clientsTask.Value = p.ClientsLoaded;
                    clientsTask.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Stage}: {p.RowsByTable.Values.Sum():N0} rows");
                });
                await using var db = CreateContext(settings);
                var dataset = SyntheticDataset.Create(profile, options.Seed, options.Today);
                result = await SyntheticLoader.LoadAsync(db, dataset, new SyntheticLoadOptions(GeneratorThreads: threads), progress, CancellationToken.None);
                clientsTask.Value = clientsTask.MaxValue;
                clientsTask.StopTask();
            });

        var report = new LoadReport(profile, options, settings, result!, schema.Elapsed, threads, await ServerVersionAsync(settings));
        report.Print();
        if (national && !options.NoReport)
        {
            var path = PerformanceFile.Update(LoadReport.Section, report.Markdown());
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded in [blue]{path}[/]");
        }

        return 0;
    }

    private static TautokoDbContext CreateContext(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<TautokoDbContext>();
        settings.Configure(builder);
        return new TautokoDbContext(builder.Options);
    }

    private static async Task RecreateAsync(DatabaseSettings settings)
    {
        if (settings.Kind == DatabaseKind.Sqlite)
        {
            await using var db = CreateContext(settings);
            await db.Database.EnsureDeletedAsync();
            return;
        }

        var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        var name = new NpgsqlCommandBuilder().QuoteIdentifier(target.Database ?? throw new InvalidOperationException("The connection string names no database."));
        foreach (var statement in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}" })
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recreated database {target.Database}");
    }

    private static async Task<string> ServerVersionAsync(DatabaseSettings settings)
    {
        await using var db = CreateContext(settings);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        if (settings.Kind != DatabaseKind.Postgres)
        {
            return $"SQLite {connection.ServerVersion}";
        }

        // The settings that change load speed, where the server does not use PostgreSQL's defaults.
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT coalesce(string_agg(name || '=' || current_setting(name), ', ' ORDER BY name), '')
            FROM pg_settings
            WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'shared_buffers', 'max_wal_size', 'work_mem', 'maintenance_work_mem')
              AND source NOT IN ('default', 'override')
            """;
        var changed = (string?)await command.ExecuteScalarAsync() ?? string.Empty;
        return changed.Length == 0
            ? $"PostgreSQL {connection.ServerVersion} (default configuration)"
            : $"PostgreSQL {connection.ServerVersion} (default configuration except {changed})";
    }

    private sealed class DirectProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
