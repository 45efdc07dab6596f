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

        // The host books the demo's free proactive slots; the bare five-row baseline books slots of its own, made for it in
        // the same table, so neither takes the other's. They book for separate halves of the clients, so the host's
        // clients' history (which a booking reads) holds only the host's bookings.
        var random = new Random(20261123);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots));
        var baselineSlots = await FiveRowsBooking.MakeSlotsAsync(baseline.Data, options.BaselineSlots);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(baselineSlots));
        var hostPool = new BookingPool(slots, clients.Where((_, i) => i % 2 == 0).ToList(), options.HotShare);
        var baselinePool = new BookingPool(baselineSlots, clients.Where((_, i) => i % 2 == 1).ToList(), options.HotShare);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{baselineSlots.Count:N0} slots made for the five-row baseline (from 2031 on)");
        HttpRequestMessage Update(int worker) => new(HttpMethod.Post, new Uri(baseline.BaseAddress, $"/update/{Random.Shared.Next(1, BaselineServer.Rows + 1)}"));
        HttpRequestMessage Book(int worker) => hostPool.Request(new Uri(hostAddress, "/api/appointments"), token);
        HttpRequestMessage BookByHand(int worker) => baselinePool.Request(new Uri(baseline.BaseAddress, "/book"), token);

        // Untimed warm-up of every endpoint: the runtime's tiered JIT keeps recompiling the booking path's many methods
        // for tens of seconds after start, which a short first run would otherwise count against the booking. The
        // host's warm-up bookings are also the rows the five-row baseline copies its column values from.
        var warmUpStarted = DateTimeOffset.UtcNow;
        await LoadGenerator.RunAsync("warm-up", http, options.Bookers, TimeSpan.FromSeconds(options.WarmUpSeconds), Book, status => status == HttpStatusCode.Created);
        var fiveRows = await FiveRowsBooking.LoadAsync(baseline.Data, await FiveRowsBooking.TemplateAsync(baseline.Data, warmUpStarted), baselinePool.Slots);
        baseline.UseBooking(fiveRows);
        await LoadGenerator.RunAsync("warm-up", http, options.Bookers, TimeSpan.FromSeconds(options.WarmUpSeconds), Update, status => status == HttpStatusCode.NoContent);
        await LoadGenerator.RunAsync("warm-up", http, options.Bookers, TimeSpan.FromSeconds(options.WarmUpSeconds), BookByHand, status => status == HttpStatusCode.Created);

        var runs = new List<BookingRun>();
        for (var run = 1; run <= options.Runs; run++)
        {
            var updateRun = await LoadGenerator.RunAsync("one-row update", http, options.Bookers, TimeSpan.FromSeconds(options.Seconds), Update, status => status == HttpStatusCode.NoContent);
            var byHandRun = await LoadGenerator.RunAsync("five rows by hand", http, options.Bookers, TimeSpan.FromSeconds(options.Seconds), BookByHand, status => status == HttpStatusCode.Created);

            var before = await BenchSupport.CountAsync(connectionString, "SELECT count(*) FROM appointments WHERE \"SlotId\" IS NOT NULL");
            var bookingRun = await LoadGenerator.RunAsync("booking", http, options.Bookers, TimeSpan.FromSeconds(options.Seconds), Book, status => status == HttpStatusCode.Created);

            var after = await BenchSupport.CountAsync(connectionString, "SELECT count(*) FROM appointments WHERE \"SlotId\" IS NOT NULL");
            var doubles = await BenchSupport.CountAsync(connectionString, "SELECT count(*) FROM (SELECT \"SlotId\" FROM appointments WHERE \"SlotId\" IS NOT NULL GROUP BY \"SlotId\" HAVING count(*) > 1) d");
            // Appointments that start before an earlier one of the same case manager has ended (one pass per case manager,
            // not a self-join: the baseline's bookings make the table large).
            var overlaps = await BenchSupport.CountAsync(connectionString, """
                SELECT count(*) FROM (
                  SELECT "StartsAt", max("EndsAt") OVER (PARTITION BY "StaffId" ORDER BY "StartsAt", "Id" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_end
                  FROM appointments WHERE "SlotId" IS NOT NULL) o
                WHERE "StartsAt" < earlier_end
                """);
            if (after - before != bookingRun.Succeeded)
            {
                throw new InvalidOperationException($"{bookingRun.Succeeded} bookings answered 201 but {after - before} appointments were written.");
            }

            if (byHandRun.Failed > 0 || bookingRun.Failed > 0)
            {
                throw new InvalidOperationException($"Run {run}: {byHandRun.Failed} baseline and {bookingRun.Failed} host bookings failed (neither 201 nor 409).");
            }

            runs.Add(new BookingRun(updateRun, byHandRun, bookingRun, doubles, overlaps));
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Run {run}: one-row update {updateRun.PerSecond:N0}/s · five rows by hand {byHandRun.PerSecond:N0}/s ({byHandRun.Conflicts:N0} × 409) · booking {bookingRun.PerSecond:N0} bookings/s ({bookingRun.Conflicts:N0} × 409, {bookingRun.Failed:N0} other), ratio {bookingRun.PerSecond / byHandRun.PerSecond:0.00} · p50 {bookingRun.P50Ms:0.0} ms p99 {bookingRun.P99Ms:0.0} ms · double bookings {doubles}, overlapping appointments {overlaps}");
        }

        await app.StopAsync();
        await app.DisposeAsync();
        var report = Markdown(options, runs, fiveRows.Describe(), await BenchSupport.ServerVersionAsync(connectionString));
        Console.WriteLine();
        Console.WriteLine(report);
        if (!options.NoReport)
        {
            var path = PerformanceFile.Update(Section, report);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded in [blue]{path}[/]");
        }

        return runs.All(r => r.DoubleBookings == 0 && r.Overlaps == 0) ? 0 : 1;
    }

    private static string Markdown(BookingLoadOptions options, List<BookingRun> runs, string fiveRows, string server)
    {
        var invariant = CultureInfo.InvariantCulture;
        var update = BenchSupport.Median(runs.Select(r => r.Update.PerSecond));
        var byHand = BenchSupport.Median(runs.Select(r => r.ByHand.PerSecond));
        var booking = BenchSupport.Median(runs.Select(r => r.Booking.PerSecond));
        var ratio = BenchSupport.Median(runs.Select(r => r.Booking.PerSecond / r.ByHand.PerSecond));
        var text = new StringBuilder();
        text.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, medians of {runs.Count} runs of {options.Seconds} s each, after an untimed {options.WarmUpSeconds} s warm-up of each endpoint; in each run the three endpoints are timed one after the other, so each ratio compares figures taken a few seconds apart on the shared machine. Target (issue 12): booking ≥ 0.7× the bare endpoint that writes the same five rows by hand, under {options.Bookers} concurrent bookers, 0 double bookings. (BENCHMARKS.md's earlier target, ≥ 0.5× a one-row update, is kept beside it for reference.)");
        text.AppendLine();
        text.AppendLine(invariant, $"- Machine: {LoadReport.Machine()}; the load generator, the web host, the baselines and {server} share it.");
        text.AppendLine(invariant, $"- Command: `dotnet run -c Release --project bench/Tautoko.Bench -- {string.Join(' ', options.Arguments.Select(BenchSupport.Quote))}`");
        text.AppendLine(invariant, $"- Host: the real Tautoko host (`TautokoApp`) in demo mode on a fresh PostgreSQL database ({options.Clients:N0} demo clients, calendars made a year ahead), bearer-token CSR bookings through `POST /api/appointments` (JSON body with client and slot): access check, DNA risk, and the engagement-log entry, audit row and outbox messages (confirmation and reminders) written in the same transaction as the appointment; outbox delivery switched off during the runs. {options.HotShare:P0} of attempts aim at an already-tried slot and must get 409.");
        text.AppendLine(invariant, $"- **Baseline, five rows by hand** (the target's): a bare minimal-API endpoint in the bench process (`bench/Tautoko.Bench/Booking/FiveRowsBooking.cs`), same generator, same JSON body, same {options.Bookers} concurrent bookers, same run. Per request it parses the body and sends {fiveRows} as one Npgsql batch, which PostgreSQL runs as one implicit transaction: the same tables, indexes, foreign keys and unique slot index the host writes. Column values are copied column for column from a booking the host made in the warm-up (same texts and lengths); ids, client, the slot's case manager, site and times, and the time of booking are filled in per request. It reads nothing per request: the slots' case managers, sites and times are held in memory from start-up, and there is no authentication, access check, risk model or message text to build. A taken slot is refused by the unique index and answered 409. It books slots made for it in the same table (proactive half-hour slots of the demo's case managers from 2031 on; a year of the demo's calendars holds only about 50,000 slots), so it never takes the host's, and books for the other half of the clients.");
        text.AppendLine(invariant, $"- Baseline, one-row update (reference): the same kind of endpoint doing one `UPDATE bench_baseline SET n = n + 1 WHERE id = $1`. Both baselines use the pool settings a Tautoko node gives Npgsql (budget of {Tautoko.Data.DatabaseSettings.DefaultPoolSize} connections, `Max Auto Prepare=64`, `No Reset On Close=true`).");
        text.AppendLine();
        text.AppendLine(invariant, $"**Booking: {booking:N0} bookings/s with {options.Bookers} concurrent bookers; five rows by hand {byHand:N0}/s; ratio {ratio:0.00}× (target ≥ 0.7×, {(ratio >= 0.7 ? "met" : "not met")}); one-row update {update:N0}/s, ratio {booking / update:0.00}×; double bookings 0 in every run.**");
        text.AppendLine();
        text.AppendLine("| run | five rows by hand /s | bookings/s | ratio | one-row updates/s | ratio to update | 409 (slot taken) | booking p50 | booking p99 | by hand p50 | double-booked slots | overlapping appointments |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            text.AppendLine(invariant, $"| {i + 1} | {r.ByHand.PerSecond:N0} | {r.Booking.PerSecond:N0} | **{r.Booking.PerSecond / r.ByHand.PerSecond:0.00}** | {r.Update.PerSecond:N0} | {r.Booking.PerSecond / r.Update.PerSecond:0.00} | {r.Booking.Conflicts:N0} | {r.Booking.P50Ms:0.0} ms | {r.Booking.P99Ms:0.0} ms | {r.ByHand.P50Ms:0.0} ms | {r.DoubleBookings} | {r.Overlaps} |");
        }

        text.AppendLine();
        text.AppendLine("Double bookings are counted in the database after each run: slots held by more than one appointment, and appointments that start before an earlier appointment of the same case manager has ended. The guarantee itself is the unique index on `appointments.SlotId`; `tests/Tautoko.Web.Tests/Appointments/DoubleBookingTests.cs` fires 48 simultaneous bookings at one slot through two web nodes.");
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

    /// <summary>One run: the two baselines and the booking, with the double-booking counts after it.</summary>
    private sealed record BookingRun(RunResult Update, RunResult ByHand, RunResult Booking, long DoubleBookings, long Overlaps);

    /// <summary>
    /// Slots and clients for one endpoint's bookings: each attempt takes the next slot, except a share that aims at a slot
    /// already tried (so the guarantee is tested under contention).
    /// </summary>
    private sealed class BookingPool(List<Guid> slots, List<Guid> clients, double hotShare)
    {
        private int _cursor = -1;

        public IReadOnlyList<Guid> Slots => slots;

        public HttpRequestMessage Request(Uri address, string token)
        {
            var next = Interlocked.Increment(ref _cursor);
            var slot = next > 0 && Random.Shared.NextDouble() < hotShare ? slots[Random.Shared.Next(0, Math.Min(next, slots.Count))] : slots[next % slots.Count];
            var client = clients[next % clients.Count];
            var message = new HttpRequestMessage(HttpMethod.Post, address) { Content = JsonContent.Create(new { clientId = client, slotId = slot }) };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return message;
        }
    }
}
