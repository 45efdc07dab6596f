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
    private const string Reader = "nationaloffice@demo.tautoko.nz";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = OverviewLoadOptions.Parse(args);
        if (options is null)
        {
            return 2;
        }

        var connectionString = await BenchSupport.RecreateDatabaseAsync(options.Database, options.BenchDatabase);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]Client overview load[/]: {options.Readers} readers, {options.Seconds} s per run, {options.Runs} runs, {options.Clients:N0} demo clients, then {(options.Rate is { } fixedRate ? $"{fixedRate} req/s" : "half the overview's measured rate")} offered");

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

        await using var baseline = await FiveReadsServer.StartAsync(connectionString, Reader);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(options.Readers, 256) * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(60) };
        var token = await BenchSupport.TokenAsync(http, hostAddress, Reader);
        var clients = await BenchSupport.IdsAsync(connectionString, "SELECT \"Id\" FROM clients WHERE NOT \"IsRestricted\" ORDER BY \"Id\"");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{clients.Count:N0} clients to read; the baseline reads 5 of them by primary key per request");

        HttpRequestMessage Overview(int worker)
        {
            var client = clients[Random.Shared.Next(clients.Count)];
            var message = new HttpRequestMessage(HttpMethod.Get, new Uri(hostAddress, $"/api/clients/{client}"));
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return message;
        }

        HttpRequestMessage FiveReads()
        {
            var ids = string.Join(',', Enumerable.Range(0, 5).Select(_ => clients[Random.Shared.Next(clients.Count)]));
            return new HttpRequestMessage(HttpMethod.Get, new Uri(baseline.BaseAddress, $"/five?ids={ids}"));
        }

        HttpRequestMessage ByHand(int worker) => new(HttpMethod.Get, new Uri(baseline.BaseAddress, $"/overview/{clients[Random.Shared.Next(clients.Count)]}"));

        // Warm every endpoint (pools, plans, and the runtime's tiered JIT, which keeps recompiling the overview's many
        // methods for tens of seconds after start) before anything is timed.
        await LoadGenerator.RunAsync("warm-up", http, options.Readers, TimeSpan.FromSeconds(options.WarmUpSeconds), _ => FiveReads(), s => s == HttpStatusCode.OK);
        await LoadGenerator.RunAsync("warm-up", http, options.Readers, TimeSpan.FromSeconds(options.WarmUpSeconds), ByHand, s => s == HttpStatusCode.OK);
        await LoadGenerator.RunAsync("warm-up", http, options.Readers, TimeSpan.FromSeconds(options.WarmUpSeconds), Overview, s => s == HttpStatusCode.OK);

        var runs = new List<OverviewRun>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var fiveRun = await LoadGenerator.RunAsync("five primary-key reads", http, options.Readers, TimeSpan.FromSeconds(options.Seconds), _ => FiveReads(), s => s == HttpStatusCode.OK);
            var byHandRun = await LoadGenerator.RunAsync("overview by hand", http, options.Readers, TimeSpan.FromSeconds(options.Seconds), ByHand, s => s == HttpStatusCode.OK);
            var overviewRun = await LoadGenerator.RunAsync("overview", http, options.Readers, TimeSpan.FromSeconds(options.Seconds), Overview, s => s == HttpStatusCode.OK);
            if (overviewRun.Failed > 0 || byHandRun.Failed > 0 || fiveRun.Failed > 0)
            {
                throw new InvalidOperationException($"Run {run}: {fiveRun.Failed} five-read, {byHandRun.Failed} by-hand and {overviewRun.Failed} overview requests failed under the closed loop.");
            }

            // Offered half of the capacity the overview has just shown (or --rate), on a fixed schedule.
            var rate = options.Rate ?? Math.Max(1, (int)(overviewRun.PerSecond / 2));
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Run {run}: five reads {fiveRun.PerSecond:N0} req/s · overview by hand {byHandRun.PerSecond:N0} req/s · overview {overviewRun.PerSecond:N0} req/s (ratio {overviewRun.PerSecond / byHandRun.PerSecond:0.00}), p50 {overviewRun.P50Ms:0.0} ms; offering {rate} req/s …");

            // Requests the server cannot answer within the timeout count as failed, so an overloaded server shows as such.
            var paced = await OpenLoopGenerator.RunAsync("overview at a fixed rate", http, rate, TimeSpan.FromSeconds(options.Seconds), () => Overview(0), s => s == HttpStatusCode.OK);

            runs.Add(new OverviewRun(fiveRun, byHandRun, overviewRun, rate, paced));
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"  at {rate} req/s offered: {paced.PerSecond:N0} answered/s, {paced.Failed:N0} not answered within {OpenLoopGenerator.RequestTimeout.TotalSeconds:0} s, p50 {paced.P50Ms:0.0} ms p99 {paced.P99Ms:0.0} ms");
        }

        var audited = await BenchSupport.CountAsync(connectionString, "SELECT count(*) FROM audit_entries WHERE \"Detail\" = 'Client overview'");
        await app.StopAsync();
        await app.DisposeAsync();
        // Every overview answered 200 wrote its audit row first; abandoned requests may have written theirs too.
        var served = runs.Sum(r => r.Overview.Succeeded + r.Paced.Succeeded + r.ByHand.Succeeded);
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

    private static string Markdown(OverviewLoadOptions options, List<OverviewRun> runs, long audited, long served, string server)
    {
        var invariant = CultureInfo.InvariantCulture;
        var five = BenchSupport.Median(runs.Select(r => r.Five.PerSecond));
        var byHand = BenchSupport.Median(runs.Select(r => r.ByHand.PerSecond));
        var overview = BenchSupport.Median(runs.Select(r => r.Overview.PerSecond));
        var ratio = BenchSupport.Median(runs.Select(r => r.Overview.PerSecond / r.ByHand.PerSecond));
        var p99 = BenchSupport.Median(runs.Select(r => r.Paced.P99Ms));
        var offered = options.Rate is { } fixedRate ? $"{fixedRate} req/s" : "half its own measured rate";
        var text = new StringBuilder();
        text.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, medians of {runs.Count} runs of {options.Seconds} s each, after an untimed {options.WarmUpSeconds} s warm-up of each endpoint; in each run the endpoints are timed one after the other, so each ratio compares figures taken seconds apart on the shared machine. Target (issue 12): the overview ≥ 0.8× the bare endpoint that makes the same reads and audit insert by hand in one batch, and p99 ≤ 15 ms when offered half of its own measured capacity. (BENCHMARKS.md's earlier baseline, five primary-key reads, is kept beside it for reference.)");
        text.AppendLine();
        text.AppendLine(invariant, $"- Machine: {LoadReport.Machine()}; the load generator, the web host, the baselines and {server} share it.");
        text.AppendLine(invariant, $"- Command: `dotnet run -c Release --project bench/Tautoko.Bench -- {string.Join(' ', options.Arguments.Select(BenchSupport.Quote))}`");
        text.AppendLine(invariant, $"- Host: the real Tautoko host (`TautokoApp`) in demo mode on a fresh PostgreSQL database ({options.Clients:N0} demo clients with a year of history), bearer-token national-office reads of `GET /api/clients/{{id}}` for random clients: access check, record, household, special cautions, must-view notes, tags, next appointment, last 20 engagement notes, and an audit row written before the answer, which is the overview as JSON.");
        text.AppendLine(invariant, $"- **Baseline, overview by hand** (the target's): a bare minimal-API endpoint in the bench process (`bench/Tautoko.Bench/Overview/OverviewByHand.cs`), same closed-loop generator with {options.Readers} concurrent readers, same run. Per request it sends one Npgsql batch of {OverviewByHand.Statements} statements, which PostgreSQL runs as one implicit transaction: the record with its home site, region and the reader's open break-glass grant; household; open special cautions, unexpired must-view notes and programme tags with the names of who added (and removed) them; the next booked appointment with its case manager and site; the last 20 engagement-log entries with authors and whether a later entry corrects them; and the audit row (`INSERT INTO audit_entries`). It decodes every value and answers with their count: no authentication, access decision or JSON of the overview.");
        text.AppendLine(invariant, $"- Baseline, five reads (reference): the same kind of endpoint making 5 sequential primary-key reads of `clients`. Both baselines use the pool settings a Tautoko node gives Npgsql (budget of {Tautoko.Data.DatabaseSettings.DefaultPoolSize} connections, `Max Auto Prepare=64`, `No Reset On Close=true`).");
        text.AppendLine(invariant, $"- Latency: after the closed-loop runs, an open-loop generator offers the overview {offered} on a fixed schedule; each latency is measured from the request's scheduled time, so queueing counts. {audited:N0} overview audit rows for {served:N0} overviews served (host and by hand).");
        text.AppendLine();
        text.AppendLine(invariant, $"**Overview: {overview:N0} req/s with {options.Readers} concurrent readers; by hand {byHand:N0} req/s; ratio {ratio:0.00}× (target ≥ 0.8×, {(ratio >= 0.8 ? "met" : "not met")}); p99 {p99:0.0} ms offered {offered} (target ≤ 15 ms, {(p99 <= 15 ? "met" : "not met")}; {runs.Sum(r => r.Paced.Failed):N0} of {runs.Sum(r => r.Paced.Succeeded + r.Paced.Failed):N0} paced requests not answered within {OpenLoopGenerator.RequestTimeout.TotalSeconds:0} s); five primary-key reads {five:N0} req/s, ratio {overview / five:0.00}×.**");
        text.AppendLine();
        text.AppendLine("| run | by hand req/s | overview req/s | ratio | five reads req/s | ratio to five reads | overview p50 (closed loop) | by hand p50 | offered req/s | answered/s | not answered in 5 s | paced p50 | paced p99 |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            text.AppendLine(invariant, $"| {i + 1} | {r.ByHand.PerSecond:N0} | {r.Overview.PerSecond:N0} | **{r.Overview.PerSecond / r.ByHand.PerSecond:0.00}** | {r.Five.PerSecond:N0} | {r.Overview.PerSecond / r.Five.PerSecond:0.00} | {r.Overview.P50Ms:0.0} ms | {r.ByHand.P50Ms:0.0} ms | {r.Rate:N0} | {r.Paced.PerSecond:N0} | {r.Paced.Failed:N0} | {r.Paced.P50Ms:0.0} ms | **{r.Paced.P99Ms:0.0} ms** |");
        }

        return text.ToString();
    }

    /// <summary>One run: the two baselines and the overview under the closed loop, then the overview at a fixed rate.</summary>
    private sealed record OverviewRun(RunResult Five, RunResult ByHand, RunResult Overview, int Rate, RunResult Paced);
}
