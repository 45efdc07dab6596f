using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Tautoko.Bench.Common;
using Tautoko.Bench.Load;
using Tautoko.Core.Common;
using Tautoko.Core.Releases;
using Tautoko.Data;
using Tautoko.Web.Features.Releases;
using Tautoko.Web.Hosting;
using Tautoko.Web.Platform;

namespace Tautoko.Bench.Releases;

/// <summary>
/// A statistical release of every seed-000 table (Tables One to Eight) on the national dataset, for the calendar years its
/// history covers, exactly as <c>GET /api/releases/{id}</c> computes it (one query per table, record keys derived from
/// ids, cell-key RR3); the median of --runs N (≥ 3) after one warm-up goes into docs/PERFORMANCE.md. Target ≤ 1 s.
/// </summary>
internal static class ReleaseBenchCommand
{
    public const string Section = "Statistical release (seed 000 tables)";

    public static async Task<int> RunAsync(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--runs"], ["--no-report"]) is not { } parsed)
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
        var keys = scope.ServiceProvider.GetRequiredService<ReleaseKeys>();
        var last = await db.HardshipApplications.MaxAsync(a => a.DecidedAt) ?? DateTimeOffset.UtcNow;
        var lastYear = DateDisplay.ToAuckland(last).Year;
        var periods = new List<ReleasePeriod> { ReleasePeriod.CalendarYear(lastYear - 2), ReleasePeriod.CalendarYear(lastYear - 1), new(new DateOnly(lastYear, 1, 1), DateOnly.FromDateTime(DateDisplay.ToAuckland(last).Date)) };
        ReleaseTable[] seed000 = [ReleaseTable.FoodDeclines, ReleaseTable.HouseholdItemDeclines, ReleaseTable.StaffByRoleAndGender, ReleaseTable.ReviewsOfDecision, ReleaseTable.Complaints];
        var release = new StatisticalRelease(Guid.CreateVersion7(), "Benchmark", [.. seed000.Select(t => new ReleaseTableChoice(t, ReleaseCatalogue.Info(t).RoundedBySeed))], periods, keys.StandingKey, new StaffId(Guid.Empty), DateTimeOffset.UtcNow);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]Statistical release benchmark[/] on {settings.Describe()}: {string.Join(", ", periods.Select(p => p.Label))}, {runs} runs");

        // Warm-up: JIT, connection pool, PostgreSQL caches. Not counted.
        var tables = await ReleaseHandler.ComputeAsync(db, keys, release, true, null, CancellationToken.None);
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            db.ChangeTracker.Clear();
            var watch = Stopwatch.StartNew();
            var again = await ReleaseHandler.ComputeAsync(db, keys, release, true, null, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (System.Text.Json.JsonSerializer.Serialize(again) != System.Text.Json.JsonSerializer.Serialize(tables))
            {
                AnsiConsole.MarkupLine("[red]The re-run did not reproduce the release exactly.[/]");
                return 1;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  run {run + 1}: {times[^1]:N0} ms");
        }

        var declines = await db.HardshipApplications.CountAsync(a => a.Decision == Core.Hardship.DecisionKind.Decline);
        var reviews = await db.DecisionReviews.CountAsync(r => r.Outcome != null);
        var complaints = await db.Complaints.CountAsync(c => c.Outcome != null);
        var staff = await db.Staff.CountAsync(s => s.IsActive);
        var cells = tables.Sum(t => t.Rows.Sum(r => r.Cells.Count));
        var median = BenchSupport.Median(times);
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("| target | median of runs | runs (ms) | met? | command |");
        text.AppendLine("|---|---|---|---|---|");
        text.AppendLine(invariant, $"| a release of every seed-000 table ≤ 1 s (issue 16) | {median:N0} ms | {string.Join(", ", times.Select(t => t.ToString("N0", invariant)))} | {(median <= 1000 ? "met" : "NOT met")} ({median / 1000:0.00}×) | `release --db \"…;Database=tautoko_national_rel\" --runs {runs}` |");
        text.AppendLine();
        text.AppendLine(invariant, $"- {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {await BenchSupport.ServerVersionAsync(database)}, {Environment.ProcessorCount} cores shared with other work. Dataset: `load-national` ({declines:N0} declines in all, {reviews:N0} reviews with an outcome, {complaints:N0} closed complaints, {staff:N0} active staff).");
        text.AppendLine(invariant, $"- What is timed: `ReleaseHandler.ComputeAsync`, as `GET /api/releases/{{id}}` runs it: Tables One, Two to Five (one per period), Six, Seven and Eight for {string.Join(", ", periods.Select(p => p.Label))}, rounded per the seed (R-105), true counts kept too (the analyst's view): {tables.Count} tables, {cells:N0} cells. One query per table streams the contributing records' ids and dimensions; each record's key is SipHash-2-4 of its id and is summed into its cells (and totals) in memory; each cell is rounded from its key sum under the release key. Every run is checked to reproduce the warm-up exactly.");
        text.AppendLine("- Not timed: seed 003's appointment-wait table (≈2 million appointments; outside the ≤ 1 s target, which is for the seed-000 tables), rendering to CSV/XLSX/PDF.");
        if (!parsed.Flag("--no-report"))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded in [blue]{PerformanceFile.Update(Section, text.ToString())}[/]");
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Median {median:N0} ms over {runs} runs.");
        return 0;
    }
}
