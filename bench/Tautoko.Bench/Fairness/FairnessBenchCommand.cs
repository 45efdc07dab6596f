using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Tautoko.Bench.Common;
using Tautoko.Bench.Load;
using Tautoko.Core.Releases;
using Tautoko.Data;
using Tautoko.Web.Features.Fairness;
using Tautoko.Web.Hosting;
using Tautoko.Web.Platform;

namespace Tautoko.Bench.Fairness;

/// <summary>
/// The fairness report for the whole country over a year on the national dataset: the reads and tallies of
/// <c>GET /api/fairness?level=country</c> (<see cref="FairnessCounts.CountAsync"/>: one query per outcome, streamed into
/// every breakdown's cells with their record keys). The median of --runs N (≥ 3) after one warm-up goes into
/// docs/PERFORMANCE.md. No target was set; the figure is a baseline beside the measures' 2 s.
/// </summary>
internal static class FairnessBenchCommand
{
    public const string Section = "Fairness and decisions (whole country, one year)";

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
        var keys = scope.ServiceProvider.GetRequiredService<IRecordKeys>();
        var invariant = CultureInfo.InvariantCulture;
        var to = DateOnly.FromDateTime(DateDisplay.ToAuckland(DateTimeOffset.UtcNow).DateTime);
        var country = new FairnessScope(FairnessLevel.Country, null, "New Zealand", null, to.AddDays(-364), to);
        AnsiConsole.MarkupLineInterpolated(invariant, $"[bold]Fairness benchmark[/] on {settings.Describe()}: country, {country.From:yyyy-MM-dd} to {country.To:yyyy-MM-dd}, {runs} runs");

        // Warm-up: JIT, connection pool, PostgreSQL caches. Not counted.
        var tallies = await FairnessCounts.CountAsync(db, keys, country, CancellationToken.None);
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            db.ChangeTracker.Clear();
            var watch = Stopwatch.StartNew();
            await FairnessCounts.CountAsync(db, keys, country, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            AnsiConsole.MarkupLineInterpolated(invariant, $"  run {run + 1}: {times[^1]:N0} ms");
        }

        var median = BenchSupport.Median(times);
        var records = tallies.Total.Assigned.Count + tallies.Total.Decisions.Count + tallies.Total.Reviews.Count + tallies.Total.WorkExits.Count;
        var text = new StringBuilder();
        text.AppendLine("| what | median of runs | runs (ms) | command |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine(invariant, $"| fairness report, whole country, one year (baseline; no target set) | {median:N0} ms | {string.Join(", ", times.Select(t => t.ToString("N0", invariant)))} | `fairness --db \"Host=127.0.0.1;Port=55432;Username=postgres;Database=tautoko_national\" --runs {runs}` |");
        text.AppendLine();
        text.AppendLine(invariant, $"- {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {await BenchSupport.ServerVersionAsync(database)}, {Environment.ProcessorCount} cores shared with other work. Dataset: `load-national`.");
        text.AppendLine(invariant, $"- What is timed: `FairnessCounts.CountAsync` as `GET /api/fairness?level=country` runs it: {tallies.Total.Assigned.Count:N0} assignments, {tallies.Total.Decisions.Count:N0} hardship decisions, {tallies.Total.Reviews.Count:N0} reviews and {tallies.Total.WorkExits.Count:N0} exits to work in the year ({records:N0} records), each streamed into the cells of five breakdowns with its record key. Rounding and the page are not timed (microseconds).");
        if (!parsed.Flag("--no-report"))
        {
            AnsiConsole.MarkupLineInterpolated(invariant, $"Recorded in [blue]{PerformanceFile.Update(Section, text.ToString())}[/]");
        }

        AnsiConsole.MarkupLineInterpolated(invariant, $"Median {median:N0} ms over {runs} runs.");
        return 0;
    }
}
