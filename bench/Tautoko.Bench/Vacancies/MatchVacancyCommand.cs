using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Tautoko.Bench.Common;
using Tautoko.Bench.Load;
using Tautoko.Core.Vacancies;
using Tautoko.Data;
using Tautoko.Data.Vacancies;
using Tautoko.Web.Hosting;
using Tautoko.Web.Platform;

namespace Tautoko.Bench.Vacancies;

/// <summary>
/// Matching one vacancy against its region's clients on the national dataset, as <c>GET /api/vacancies/{id}/matches</c> reads
/// it: load the vacancy, read the candidates (minor group + region + work obligations, through the indexes), score and rank
/// in memory, read the names of the top 20. Every open vacancy of the dataset's busiest region, each run; the median goes
/// into docs/PERFORMANCE.md.
/// </summary>
internal static class MatchVacancyCommand
{
    public const string Section = "Matching a vacancy to a region's clients";

    public static async Task<int> RunAsync(string[] args)
    {
        if (BenchArguments.Parse(args, ["--db", "--runs"], ["--no-report"]) is not { } parsed)
        {
            return 2;
        }

        var database = parsed.Text("--db");
        var runs = Math.Max(3, parsed.Int("--runs", 3));
        if (database is null)
        {
            Console.Error.WriteLine("--db is required: the PostgreSQL database load-national filled.");
            return 2;
        }

        var app = TautokoApp.Build(["--db", database, "--migrate=false", "--lmi1-daily=false", "--Serilog:MinimumLevel:Override:Tautoko=Warning"]);
        var settings = app.Services.GetRequiredService<TautokoOptions>().Database;
        var today = DateDisplay.TodayInAuckland(TimeProvider.System);
        List<Guid> ids;
        long clients;
        long profiled;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            clients = await db.Clients.LongCountAsync();
            profiled = await db.JobseekerOccupations.Select(o => o.ClientId).Distinct().LongCountAsync();
            var busiest = await db.Vacancies.GroupBy(v => v.RegionId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            ids = await db.Vacancies.Where(v => v.RegionId == busiest && v.Status == VacancyStatus.Open).OrderBy(v => v.Id).Select(v => v.Id).ToListAsync();
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]Vacancy matching benchmark[/] on {settings.Describe()}: {clients:N0} clients, {profiled:N0} with occupation codes, {ids.Count} vacancies, {runs} runs");
        await MatchAsync(app.Services, ids[0], today); // warm-up, not counted

        var times = new List<double>();
        var candidates = new List<int>();
        for (var run = 0; run < runs; run++)
        {
            foreach (var id in ids)
            {
                var watch = Stopwatch.StartNew();
                var considered = await MatchAsync(app.Services, id, today);
                times.Add(watch.Elapsed.TotalMilliseconds);
                candidates.Add(considered);
            }
        }

        times.Sort();
        var median = BenchSupport.Median(times);
        var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  median {median:N1} ms, p95 {p95:N1} ms, max {times[^1]:N1} ms; candidates per vacancy median {BenchSupport.Median(candidates.Select(c => (double)c)):N0}, max {candidates.Max():N0}");
        if (!parsed.Flag("--no-report"))
        {
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/Tautoko.Bench -- match-vacancy --db \"Host=…;Database=…\" --runs {runs}` on {settings.Describe()}, measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"National dataset: {clients:N0} clients, {profiled:N0} with ANZSCO occupation codes. Each of the {ids.Count} open vacancies of the busiest region, {runs} times: load the vacancy, read the candidates (clients of the region with full-time or part-time obligations and an occupation in the vacancy's minor group, through `ix_jobseeker_occupations_minor_group`), score and rank them in memory (`VacancyMatching.Rank`), read the top 20's names. The audit rows the endpoint adds are not included.");
            text.AppendLine();
            text.AppendLine("| figure | value |");
            text.AppendLine("|---|---|");
            text.AppendLine(CultureInfo.InvariantCulture, $"| median per vacancy | {median:N1} ms |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| p95 | {p95:N1} ms |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| max | {times[^1]:N1} ms |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| candidates scored per vacancy (median / max) | {BenchSupport.Median(candidates.Select(c => (double)c)):N0} / {candidates.Max():N0} |");
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded in [blue]{PerformanceFile.Update(Section, text.ToString())}[/]");
        }

        return 0;
    }

    private static async Task<int> MatchAsync(IServiceProvider services, Guid vacancyId, DateOnly today)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var vacancy = await db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == vacancyId);
        var candidates = await MatchCandidates.ForVacancyAsync(db, vacancy, CancellationToken.None);
        var ranked = VacancyMatching.Rank(MatchCandidates.Facts(vacancy), candidates, today, 20);
        var top = ranked.Select(r => r.ClientId).ToList();
        var names = await db.Clients.AsNoTracking().Where(c => top.Contains(c.Id)).Select(c => new { c.Id, c.FirstName, c.LastName }).ToListAsync();
        if (names.Count != top.Count)
        {
            throw new InvalidOperationException("A ranked client has no record.");
        }

        return candidates.Count;
    }
}
