using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Spectre.Console;
using Tautoko.Bench.Booking;
using Tautoko.Bench.Common;
using Tautoko.Bench.Load;
using Tautoko.Web.Hosting;

namespace Tautoko.Bench.Overview;

/// <summary>
/// Client overview reads per second against the real host on PostgreSQL (BENCHMARKS.md): each run times the
/// bare five-sequential-primary-key-reads endpoint and then <c>GET /api/clients/{id}</c> (access check, record,
/// cautions, must-view notes, tags, next appointment, last 20 notes, audit row) with the same closed-loop
/// generator, then offers the overview at a fixed rate (500 req/s by default) with an open-loop generator
/// to read its p99. Medians of the runs go into docs/PERFORMANCE.md.
/// </summary>
internal static class OverviewLoadCommand
{
    public const string Section = "Client overview read";
    private const string Database = "tautoko_bench_overview";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = OverviewLoadOptions.Parse(args);
        if (options is null)
        {
            return 2;
        }

        var connectionString = await BenchSupport.RecreateDatabaseAsync(options.Database, Database);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]Client overview load[/]: {options.Readers} readers, {options.Seconds} s per run, {options.Runs} runs, {options.Clients:N0} demo clients, then {options.Rate} req/s offered");

        var app = TautokoApp.Build(
        [
            "--db", connectionString,
            "--urls", "http://127.0.0.1:0",
            "--demo",
            "--demo-clients", options.Clients.ToString(CultureInfo.InvariantCulture),
            "--signin-limit", "100000",
            "--outbox", "false",
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore=Warning",
            "--Serilog:MinimumLevel:Override:Tautoko=Warning",
            "--Serilog:MinimumLevel:Override:Microsoft=Warning",
            "--Serilog:MinimumLevel:Override:System=Warning",
        ]);
        await TautokoApp.PrepareAsync(app);
        await app.StartAsync();
        var hostAddress = new Uri(app.Urls.First());

        await using var baseline = await FiveReadsServer.StartAsync(connectionString);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(options.Readers, 256) * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(60) };
        var token = await BenchSupport.TokenAsync(http, hostAddress, "nationaloffice@demo.tautoko.nz");
        var clients = await BenchSupport.IdsAsync(connectionString, "SELECT \"Id\" FROM clients WHERE NOT \"IsRestricted\" ORDER BY \"Id\"");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{clients.Count:N0} clients to read; the baseline reads 5 of them by primary key per request");

        HttpRequestMessage Overview(int worker)
        {
            var client = clients[Random.Shared.Next(clients.Count)];
            var message = new HttpRequestMessage(HttpMethod.Get, new Uri(hostAddress, $"/api/clients/{client}"));
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return message;
        }

        // Warm both endpoints (pools, plans, and the runtime's tiered JIT, which keeps recompiling the overview's many
        // methods for tens of seconds after start) before anything is timed.
        await LoadGenerator.RunAsync("warm-up", http, options.Readers, TimeSpan.FromSeconds(options.WarmUpSeconds), _ => FiveReads(), s => s == HttpStatusCode.OK);
        await LoadGenerator.RunAsync("warm-up", http, options.Readers, TimeSpan.FromSeconds(options.WarmUpSeconds), Overview, s => s == HttpStatusCode.OK);

        HttpRequestMessage FiveReads()
        {
            var ids = string.Join(',', Enumerable.Range(0, 5).Select(_ => clients[Random.Shared.Next(clients.Count)]));
            return new HttpRequestMessage(HttpMethod.Get, new Uri(baseline.BaseAddress, $"/five?ids={ids}"));
        }

        var runs = new List<(RunResult Baseline, RunResult Overview, RunResult Paced)>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var baselineRun = await LoadGenerator.RunAsync("baseline", http, options.Readers, TimeSpan.FromSeconds(options.Seconds), _ => FiveReads(), s => s == HttpStatusCode.OK);
            var overviewRun = await LoadGenerator.RunAsync("overview", http, options.Readers, TimeSpan.FromSeconds(options.Seconds), Overview, s => s == HttpStatusCode.OK);
            if (overviewRun.Failed > 0 || baselineRun.Failed > 0)
            {
                throw new InvalidOperationException($"Run {run}: {baselineRun.Failed} baseline and {overviewRun.Failed} overview requests failed under the closed loop.");
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Run {run}: baseline {baselineRun.PerSecond:N0} req/s · overview {overviewRun.PerSecond:N0} req/s (ratio {overviewRun.PerSecond / baselineRun.PerSecond:0.00}), p50 {overviewRun.P50Ms:0.0} ms; offering {options.Rate} req/s …");

            // Requests the server cannot answer within the timeout count as failed, so an overloaded server shows as such.
            var paced = await OpenLoopGenerator.RunAsync("overview at a fixed rate", http, options.Rate, TimeSpan.FromSeconds(options.Seconds), () => Overview(0), s => s == HttpStatusCode.OK);

            runs.Add((baselineRun, overviewRun, paced));
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"  at {options.Rate} req/s offered: {paced.PerSecond:N0} answered/s, {paced.Failed:N0} not answered within {OpenLoopGenerator.RequestTimeout.TotalSeconds:0} s, p50 {paced.P50Ms:0.0} ms p99 {paced.P99Ms:0.0} ms");
        }

        var audited = await BenchSupport.CountAsync(connectionString, "SELECT count(*) FROM audit_entries WHERE \"Detail\" = 'Client overview'");
        await app.StopAsync();
        await app.DisposeAsync();
        // Every overview answered 200 wrote its audit row first; abandoned requests may have written theirs too.
        var served = runs.Sum(r => r.Overview.Succeeded + r.Paced.Succeeded);
        var report = Markdown(options, runs, audited, served, await BenchSupport.ServerVersionAsync(connectionString));
        Console.WriteLine();
        Console.WriteLine(report);
        if (!options.NoReport)
        {
            var path = PerformanceFile.Update(Section, report);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded in [blue]{path}[/]");
        }

        return audited >= served ? 0 : 1;
    }

    private static string Markdown(OverviewLoadOptions options, List<(RunResult Baseline, RunResult Overview, RunResult Paced)> runs, long audited, long served, string server)
    {
        var invariant = CultureInfo.InvariantCulture;
        var baseline = BenchSupport.Median(runs.Select(r => r.Baseline.PerSecond));
        var overview = BenchSupport.Median(runs.Select(r => r.Overview.PerSecond));
        var p99 = BenchSupport.Median(runs.Select(r => r.Paced.P99Ms));
        var text = new StringBuilder();
        text.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd} (UTC), medians of {runs.Count} runs of {options.Seconds} s each, after an untimed {options.WarmUpSeconds} s warm-up of each endpoint. Target (BENCHMARKS.md): ≥ 1.0× the bare five-sequential-PK-reads endpoint's req/s; p99 ≤ 15 ms at 500 req/s.");
        text.AppendLine();
        text.AppendLine(invariant, $"- Machine: {LoadReport.Machine()}; the load generator, the web host and {server} share it.");
        text.AppendLine(invariant, $"- Command: `dotnet run -c Release --project bench/Tautoko.Bench -- {string.Join(' ', options.Arguments.Select(BenchSupport.Quote))}`");
        text.AppendLine(invariant, $"- Host: the real Tautoko host (`TautokoApp`) in demo mode on a fresh PostgreSQL database ({options.Clients:N0} demo clients with a year of history), bearer-token national-office reads of `GET /api/clients/{{id}}` for random clients: access check, record, special cautions, must-view notes, tags, next appointment, last 20 engagement notes, and an audit row written before the answer ({audited:N0} audit rows for {served:N0} overviews served).");
        text.AppendLine(invariant, $"- Baseline: a bare minimal-API endpoint in the bench process doing 5 sequential primary-key reads of `clients` with Npgsql, same closed-loop generator with {options.Readers} concurrent readers, same run.");
        text.AppendLine(invariant, $"- Latency: an open-loop generator offers {options.Rate} overview requests per second on a fixed schedule; each latency is measured from the request's scheduled time, so queueing counts.");
        text.AppendLine();
        text.AppendLine(invariant, $"**Overview: {overview:N0} req/s with {options.Readers} concurrent readers; baseline {baseline:N0} req/s; ratio {overview / baseline:0.00}×; p99 {p99:0.0} ms at {options.Rate} req/s offered ({runs.Sum(r => r.Paced.Failed):N0} of {runs.Sum(r => r.Paced.Succeeded + r.Paced.Failed):N0} paced requests not answered within {OpenLoopGenerator.RequestTimeout.TotalSeconds:0} s).**");
        text.AppendLine();
        text.AppendLine("| run | baseline req/s | overview req/s | ratio | overview p50 (closed loop) | at fixed rate: answered/s | not answered in 5 s | p50 | p99 |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < runs.Count; i++)
        {
            var (b, o, p) = runs[i];
            text.AppendLine(invariant, $"| {i + 1} | {b.PerSecond:N0} | {o.PerSecond:N0} | {o.PerSecond / b.PerSecond:0.00} | {o.P50Ms:0.0} ms | {p.PerSecond:N0} | {p.Failed:N0} | {p.P50Ms:0.0} ms | {p.P99Ms:0.0} ms |");
        }

        return text.ToString();
    }
}
