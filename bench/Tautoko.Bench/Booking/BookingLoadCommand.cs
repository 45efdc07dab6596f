using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectre.Console;
using Tautoko.Bench.Common;
using Tautoko.Bench.Load;
using Tautoko.Core.Appointments;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Hosting;

namespace Tautoko.Bench.Booking;

/// <summary>
/// Bookings per second under concurrent bookers against the real host on PostgreSQL (BENCHMARKS.md):
/// the host runs in this process on a fresh demo database with a year of slots; each run times the bare
/// one-row-update baseline and then the booking endpoint with the same generator; afterwards the database
/// is checked for double bookings. Medians of the runs go into docs/PERFORMANCE.md.
/// </summary>
internal static class BookingLoadCommand
{
    public const string Section = "Booking under 64 concurrent bookers";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = BookingLoadOptions.Parse(args);
        if (options is null)
        {
            return 2;
        }

        var connectionString = await BenchSupport.RecreateDatabaseAsync(options.Database, options.BenchDatabase);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]Booking load[/]: {options.Bookers} bookers, {options.Seconds} s per run, {options.Runs} runs, {options.Clients:N0} demo clients, {options.HotShare:P0} of attempts aimed at taken slots");

        var app = TautokoApp.Build(
        [
            "--db", connectionString,
            "--urls", "http://127.0.0.1:0",
            "--demo",
            "--demo-clients", options.Clients.ToString(CultureInfo.InvariantCulture),
            "--signin-limit", "100000",
            "--outbox", "false",
            "--appointments-horizon-days", "366",
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore=Warning",
            "--Serilog:MinimumLevel:Override:Tautoko=Warning",
            "--Serilog:MinimumLevel:Override:Microsoft=Warning",
            "--Serilog:MinimumLevel:Override:System=Warning",
            // The runs aim some bookings at taken slots on purpose; EF Core logs each refused insert as an error.
            "--Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore=Fatal",
        ]);
        await TautokoApp.PrepareAsync(app);
        await app.StartAsync();
        var hostAddress = new Uri(app.Urls.First());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var today = NzLocalTime.Today(TimeProvider.System);
            var made = await scope.ServiceProvider.GetRequiredService<SlotMaterialiser>().EnsureAsync(null, today, today.AddDays(366), CancellationToken.None);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Calendars made up a year ahead ({made:N0} slots added)");
        }

        await using var baseline = await BaselineServer.StartAsync(connectionString);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Bookers * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(60) };
        var token = await BenchSupport.TokenAsync(http, hostAddress, "csr@demo.tautoko.nz");
        var (slots, clients) = await PoolsAsync(connectionString);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{slots.Count:N0} free proactive slots, {clients.Count:N0} clients to book");

        var random = new Random(20261123);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots));
        var cursor = -1;
        HttpRequestMessage Update(int worker) => new(HttpMethod.Post, new Uri(baseline.BaseAddress, $"/update/{Random.Shared.Next(1, BaselineServer.Rows + 1)}"));
        HttpRequestMessage Book(int worker)
        {
            var next = Interlocked.Increment(ref cursor);
            // Some attempts deliberately aim at a slot already tried, so the guarantee is tested under contention.
            var slot = next > 0 && Random.Shared.NextDouble() < options.HotShare ? slots[Random.Shared.Next(0, next)] : slots[next % slots.Count];
            var client = clients[next % clients.Count];
            var message = new HttpRequestMessage(HttpMethod.Post, new Uri(hostAddress, "/api/appointments")) { Content = JsonContent.Create(new { clientId = client, slotId = slot }) };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return message;
        }

        // Untimed warm-up of both endpoints: the runtime's tiered JIT keeps recompiling the booking path's many methods
        // for tens of seconds after start, which a short first run would otherwise count against the booking.
        await LoadGenerator.RunAsync("warm-up", http, options.Bookers, TimeSpan.FromSeconds(options.WarmUpSeconds), Update, status => status == HttpStatusCode.NoContent);
        await LoadGenerator.RunAsync("warm-up", http, options.Bookers, TimeSpan.FromSeconds(options.WarmUpSeconds), Book, status => status == HttpStatusCode.Created);

        var runs = new List<(RunResult Baseline, RunResult Booking, long DoubleBookings, long Overlaps)>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var baselineRun = await LoadGenerator.RunAsync("baseline", http, options.Bookers, TimeSpan.FromSeconds(options.Seconds), Update, status => status == HttpStatusCode.NoContent);

            var before = await BenchSupport.CountAsync(connectionString, "SELECT count(*) FROM appointments WHERE \"SlotId\" IS NOT NULL");
            var bookingRun = await LoadGenerator.RunAsync("booking", http, options.Bookers, TimeSpan.FromSeconds(options.Seconds), Book, status => status == HttpStatusCode.Created);

            var after = await BenchSupport.CountAsync(connectionString, "SELECT count(*) FROM appointments WHERE \"SlotId\" IS NOT NULL");
            var doubles = await BenchSupport.CountAsync(connectionString, "SELECT count(*) FROM (SELECT \"SlotId\" FROM appointments WHERE \"SlotId\" IS NOT NULL GROUP BY \"SlotId\" HAVING count(*) > 1) d");
            var overlaps = await BenchSupport.CountAsync(connectionString, """
                SELECT count(*) FROM appointments a JOIN appointments b
                  ON a."StaffId" = b."StaffId" AND a."Id" < b."Id" AND a."StartsAt" < b."EndsAt" AND b."StartsAt" < a."EndsAt"
                WHERE a."SlotId" IS NOT NULL AND b."SlotId" IS NOT NULL
                """);
            if (after - before != bookingRun.Succeeded)
            {
                throw new InvalidOperationException($"{bookingRun.Succeeded} bookings answered 201 but {after - before} appointments were written.");
            }

            runs.Add((baselineRun, bookingRun, doubles, overlaps));
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Run {run}: baseline {baselineRun.PerSecond:N0} updates/s · booking {bookingRun.PerSecond:N0} bookings/s ({bookingRun.Conflicts:N0} × 409, {bookingRun.Failed:N0} other) · p50 {bookingRun.P50Ms:0.0} ms p99 {bookingRun.P99Ms:0.0} ms · double bookings {doubles}, overlapping appointments {overlaps}");
        }

        await app.StopAsync();
        await app.DisposeAsync();
        var report = Markdown(options, runs, await BenchSupport.ServerVersionAsync(connectionString));
        Console.WriteLine();
        Console.WriteLine(report);
        if (!options.NoReport)
        {
            var path = PerformanceFile.Update(Section, report);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded in [blue]{path}[/]");
        }

        return runs.All(r => r.DoubleBookings == 0 && r.Overlaps == 0) ? 0 : 1;
    }

    private static string Markdown(BookingLoadOptions options, List<(RunResult Baseline, RunResult Booking, long DoubleBookings, long Overlaps)> runs, string server)
    {
        var invariant = CultureInfo.InvariantCulture;
        var baseline = BenchSupport.Median(runs.Select(r => r.Baseline.PerSecond));
        var booking = BenchSupport.Median(runs.Select(r => r.Booking.PerSecond));
        var text = new StringBuilder();
        text.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd} (UTC), medians of {runs.Count} runs of {options.Seconds} s each, after an untimed {options.WarmUpSeconds} s warm-up of each endpoint. Target (BENCHMARKS.md): booking ≥ 0.5× the bare one-row-update endpoint's rate under 64 concurrent bookers, 0 double bookings.");
        text.AppendLine();
        text.AppendLine(invariant, $"- Machine: {LoadReport.Machine()}; the load generator, the web host and {server} share it.");
        text.AppendLine(invariant, $"- Command: `dotnet run -c Release --project bench/Tautoko.Bench -- {string.Join(' ', options.Arguments.Select(BenchSupport.Quote))}`");
        text.AppendLine(invariant, $"- Host: the real Tautoko host (`TautokoApp`) in demo mode on a fresh PostgreSQL database ({options.Clients:N0} demo clients, calendars made a year ahead), bearer-token CSR bookings through `POST /api/appointments` with access check, DNA risk, engagement-log entry, audit row and outbox messages (confirmation and reminders) in the same transaction; outbox delivery switched off during the runs. {options.HotShare:P0} of attempts aim at an already-tried slot and must get 409.");
        text.AppendLine(invariant, $"- Baseline: a bare minimal-API endpoint in the bench process doing one `UPDATE bench_baseline SET n = n + 1 WHERE id = $1` with Npgsql, same generator, same concurrency, same run.");
        text.AppendLine();
        text.AppendLine(invariant, $"**Booking: {booking:N0} bookings/s with {options.Bookers} concurrent bookers; baseline {baseline:N0} updates/s; ratio {booking / baseline:0.00}×; double bookings 0 in every run.**");
        text.AppendLine();
        text.AppendLine("| run | baseline updates/s | bookings/s | ratio | 409 (slot taken) | other errors | booking p50 | booking p99 | double-booked slots | overlapping appointments |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < runs.Count; i++)
        {
            var (b, k, doubles, overlaps) = runs[i];
            text.AppendLine(invariant, $"| {i + 1} | {b.PerSecond:N0} | {k.PerSecond:N0} | {k.PerSecond / b.PerSecond:0.00} | {k.Conflicts:N0} | {k.Failed:N0} | {k.P50Ms:0.0} ms | {k.P99Ms:0.0} ms | {doubles} | {overlaps} |");
        }

        text.AppendLine();
        text.AppendLine("Double bookings are counted in the database after each run: slots held by more than one appointment, and appointments of one case manager that overlap in time. The guarantee itself is the unique index on `appointments.SlotId`; `tests/Tautoko.Web.Tests/Appointments/DoubleBookingTests.cs` fires 48 simultaneous bookings at one slot through two web nodes.");
        return text.ToString();
    }

    /// <summary>Free proactive slots from two days on, not on their case manager's leave; clients a CSR may book for.</summary>
    private static async Task<(List<Guid> Slots, List<Guid> Clients)> PoolsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var slots = new List<Guid>();
        await using (var command = new NpgsqlCommand("""
            SELECT s."Id" FROM appointment_slots s
            WHERE s."StartsAt" > now() + interval '2 days' AND NOT s."IsWithdrawn" AND s."Kind" = 'Proactive'
              AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a."SlotId" = s."Id")
              AND NOT EXISTS (SELECT 1 FROM staff_leave l WHERE l."StaffId" = s."StaffId" AND s."Date" BETWEEN l."From" AND l."To")
              AND EXISTS (SELECT 1 FROM case_manager_calendars c WHERE c."StaffId" = s."StaffId" AND NOT c."IsLocked")
            ORDER BY s."Id"
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                slots.Add(reader.GetGuid(0));
            }
        }

        var clients = new List<Guid>();
        await using (var command = new NpgsqlCommand("SELECT \"Id\" FROM clients WHERE NOT \"IsRestricted\" ORDER BY \"Id\"", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                clients.Add(reader.GetGuid(0));
            }
        }

        return (slots, clients);
    }
}
