using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Tautoko.Bench.Common;
using Tautoko.Bench.Load;
using Tautoko.Data;
using Tautoko.Data.Measures;
using Tautoko.Web.Features.Measures;
using Tautoko.Web.Hosting;
using Tautoko.Web.Platform;

namespace Tautoko.Bench.Measures;

/// <summary>
/// Every measure of SPEC §9 for the whole country over a year on the national dataset, exactly as <c>GET /api/measures?level=country</c>
/// computes it from the daily facts; with <c>--rebuild</c> the facts are first rebuilt from source (as <c>measures-rebuild</c>
/// does after a bulk load; the migration that adds the tables is applied first). The median of --runs N (≥ 3) after one
/// warm-up goes into docs/PERFORMANCE.md. Target ≤ 2 s.
/// </summary>
internal static class MeasuresBenchCommand
{
    public const string Section = "Monitors and measures (whole country, one year)";

    public static async Task<int> RunAsync(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--runs"], ["--no-report", "--rebuild"]) is not { } parsed)
        {
            return 2;
        }

        var database = parsed.Text("--db");
        var runs = Math.Max(3, parsed.Int("--runs", 5));
        if (database is null)
        {
            Console.Error.WriteLine("--db is required: the PostgreSQL database load-national filled.");
            return 2;
        }

        var app = TautokoApp.Build(["--db", database, "--migrate=false", "--lmi1-daily=false", "--Serilog:MinimumLevel:Override:Tautoko=Warning"]);
        var settings = app.Services.GetRequiredService<TautokoOptions>().Database;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var invariant = CultureInfo.InvariantCulture;
        string? rebuilt = null;
        if (parsed.Flag("--rebuild"))
        {
            await db.Database.MigrateAsync();
            var watch = Stopwatch.StartNew();
            var result = await MeasureRebuild.RunAsync(db, MeasureUpkeep.Today(db), new Progress<(int Done, int Of)>(p =>
            {
                if (p.Done % 50000 < MeasureRebuild.BatchSize)
                {
                    AnsiConsole.MarkupLineInterpolated(invariant, $"  rebuilt {p.Done:N0} of {p.Of:N0} clients");
                }
            }), CancellationToken.None);
            rebuilt = string.Create(invariant, $"{result.Clients:N0} clients, {result.Contributions:N0} contributions, {result.Facts:N0} daily facts in {watch.Elapsed.TotalSeconds:N0} s");
            AnsiConsole.MarkupLineInterpolated(invariant, $"Rebuilt: {rebuilt}");
        }

        var lastDay = await db.MeasureDailyFacts.MaxAsync(f => (DateOnly?)f.Day) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var countryYear = new MeasureScope(MeasureLevel.Country, null, "New Zealand", null, null, lastDay.AddDays(-364), lastDay);
        AnsiConsole.MarkupLineInterpolated(invariant, $"[bold]Measures benchmark[/] on {settings.Describe()}: country, {countryYear.From:yyyy-MM-dd} to {countryYear.To:yyyy-MM-dd}, {runs} runs");

        // Warm-up: JIT, connection pool, PostgreSQL caches. Not counted.
        var report = await MeasuresHandler.ComputeAsync(db, countryYear, CancellationToken.None);
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            db.ChangeTracker.Clear();
            var watch = Stopwatch.StartNew();
            await MeasuresHandler.ComputeAsync(db, countryYear, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            AnsiConsole.MarkupLineInterpolated(invariant, $"  run {run + 1}: {times[^1]:N0} ms");
        }

        var factsInYear = await db.MeasureDailyFacts.CountAsync(f => f.Day >= countryYear.From && f.Day <= countryYear.To);
        var median = BenchSupport.Median(times);
        var text = new StringBuilder();
        text.AppendLine("| target | median of runs | runs (ms) | met? | command |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(invariant, $"| every measure for the whole country for a year ≤ 2 s (issue 16) | {median:N0} ms | {string.Join(", ", times.Select(t => t.ToString("N0", invariant)))} | {(median <= 2000 ? "met" : "NOT met")} ({median / 2000:0.00}×) | `measures --db \"Host=127.0.0.1;Port=55432;Username=postgres;Database=tautoko_national\" --runs {runs}{(rebuilt is null ? "" : " --rebuild")}` |");
        text.AppendLine();
        text.AppendLine(invariant, $"- {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {await BenchSupport.ServerVersionAsync(database)}, {Environment.ProcessorCount} cores shared with other work. Dataset: `load-national`; {factsInYear:N0} daily facts in the year timed.");
        text.AppendLine(invariant, $"- What is timed: `MeasuresHandler.ComputeAsync`, as `GET /api/measures?level=country&from=…&to=…` runs it: {report.Measures.Count} measures with value, numerator, denominator and a monthly series, from the pre-aggregated daily facts (one grouped query: sums and staff days by measure and day; series and values in memory).");
        if (rebuilt is not null)
        {
            text.AppendLine(invariant, $"- Facts built first by `MeasureRebuild` (as `measures-rebuild` does): {rebuilt} (not part of the timed figure).");
        }

        if (!parsed.Flag("--no-report"))
        {
            AnsiConsole.MarkupLineInterpolated(invariant, $"Recorded in [blue]{PerformanceFile.Update(Section, text.ToString())}[/]");
        }

        AnsiConsole.MarkupLineInterpolated(invariant, $"Median {median:N0} ms over {runs} runs.");
        return 0;
    }
}
