using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Tautoko.Web.Tests.Operations;

/// <summary>
/// Durability (PostgreSQL): a write load — new clients, placements, notes, appointment requests (work-queue tasks) and
/// bookings that complete them — against the real host in its own process, killed with SIGKILL once enough writes have
/// been answered, then started again. Every write the client saw acknowledged must be there, nothing may be half
/// written, and a retry of a request whose answer was lost (same Idempotency-Key) must not write twice.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper output)
{
    private const int Workers = 4;
    private const int KillAfterAcknowledged = 30;

    [Fact]
    public async Task WritesAcknowledgedBeforeSigkill_AreAllThere_AndRetriesAfterIt_WriteOnce()
    {
        await using var database = await ScratchDatabase.CreateAsync("durable");
        var started = DateTimeOffset.UtcNow;
        var host = await HostProcess.StartAsync(database.ConnectionString, "--demo", "--demo-clients", "150");
        var acknowledged = new ConcurrentBag<Write>();
        var inDoubt = new ConcurrentBag<Write>();
        Setup setup;
        try
        {
            setup = await Setup.ReadAsync(host);
            using var killed = new CancellationTokenSource();
            var load = Enumerable.Range(0, Workers).Select(w => Task.Run(() => WorkAsync(host, setup, w, acknowledged, inDoubt, killed.Token))).ToList();
            while (acknowledged.Count < KillAfterAcknowledged && load.Any(t => !t.IsCompleted))
            {
                await Task.Delay(20);
            }

            await host.KillAsync();
            await killed.CancelAsync();
            await Task.WhenAll(load);
        }
        finally
        {
            await host.DisposeAsync();
        }

        Assert.True(acknowledged.Count >= KillAfterAcknowledged, $"Only {acknowledged.Count} writes were acknowledged before the load stopped.");
        await using var restarted = await HostProcess.StartAsync(database.ConnectionString, "--demo", "--demo-clients", "150");
        var tokens = new Dictionary<string, string>
        {
            [Accounts.CaseManager] = await restarted.TokenAsync(Accounts.CaseManager),
            [Accounts.Connector] = await restarted.TokenAsync(Accounts.Connector),
        };

        // A retry of each request whose answer was lost, with its key: it is done now (replayed or for the first time), once.
        var retried = 0;
        var replayed = 0;
        foreach (var write in inDoubt)
        {
            var (status, id, wasReplayed) = await SendAsync(restarted, tokens[write.Account], write, CancellationToken.None);
            if (status is >= 200 and < 300)
            {
                acknowledged.Add(write with { Id = id });
                retried++;
                replayed += wasReplayed ? 1 : 0;
            }
        }

        // And a retry of an answered request gets the same answer, marked replayed, without a second write.
        var again = acknowledged.First(w => w.Kind == "note");
        var (againStatus, againId, againReplayed) = await SendAsync(restarted, tokens[again.Account], again, CancellationToken.None);
        Assert.Equal(201, againStatus);
        Assert.True(againReplayed, "A retry with the key of an answered request is answered from the record.");
        Assert.Equal(again.Id, againId);

        var lost = new List<string>();
        foreach (var write in acknowledged)
        {
            var table = write.Kind switch
            {
                "client" => "clients",
                "placement" => "caseload_placements",
                "note" => "engagement_notes",
                "task" => "work_queue_tasks",
                "booking" => "appointments",
                _ => throw new InvalidOperationException(write.Kind),
            };
            if (await database.ScalarAsync($"SELECT COUNT(*) FROM {table} WHERE \"Id\" = @id", ("id", write.Id!.Value)) != 1)
            {
                lost.Add($"{write.Kind} {write.Id}");
            }
        }

        // Nothing written twice: every note text and client name the load used is there at most once.
        var doubled = 0L;
        foreach (var write in acknowledged.Concat(inDoubt).Where(w => w.Kind is "note" or "client"))
        {
            var count = write.Kind == "note"
                ? await database.ScalarAsync("SELECT COUNT(*) FROM engagement_notes WHERE \"Text\" = @m", ("m", write.Marker))
                : await database.ScalarAsync("SELECT COUNT(*) FROM clients WHERE \"FirstName\" = @m", ("m", write.Marker));
            doubled += Math.Max(0, count - 1);
        }

        // Nothing half written: each booking has its slot, its audit row and its log entry; each placement its tag and
        // audit row and is counted on its caseload; every caseload's count is its open placements.
        var since = ("since", (object)started);
        var bookingsWithoutParts = await database.ScalarAsync(
            """
            SELECT COUNT(*) FROM appointments a WHERE a."BookedAt" >= @since AND (
              NOT EXISTS (SELECT 1 FROM appointment_slots s WHERE s."Id" = a."SlotId")
              OR NOT EXISTS (SELECT 1 FROM audit_entries e WHERE e."Entity" = 'Appointment' AND e."EntityId" = a."Id"::text)
              OR NOT EXISTS (SELECT 1 FROM engagement_notes n WHERE n."ClientId" = a."ClientId" AND n."RecordedAt" = a."BookedAt"))
            """,
            since);
        var placementsWithoutParts = await database.ScalarAsync(
            """
            SELECT COUNT(*) FROM caseload_placements p WHERE p."StartedAt" >= @since AND (
              NOT EXISTS (SELECT 1 FROM programme_tags t WHERE t."Id" = p."TagId")
              OR NOT EXISTS (SELECT 1 FROM audit_entries e WHERE e."Entity" = 'CaseloadPlacement' AND e."EntityId" = p."Id"::text))
            """,
            since);
        var caseloadsMiscounted = await database.ScalarAsync(
            """
            SELECT COUNT(*) FROM caseloads c
            WHERE c."Filled" <> (SELECT COUNT(*) FROM caseload_placements p WHERE p."CaseManagerId" = c."StaffId" AND p."EndedAt" IS NULL)
            """);

        var byKind = string.Join(", ", acknowledged.GroupBy(w => w.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
        output.WriteLine($"Durability: acknowledged writes {acknowledged.Count} ({byKind}); lost writes {lost.Count}; in doubt at the kill {inDoubt.Count}, retried with their keys {retried} (replayed {replayed}); written twice {doubled}; half-written bookings {bookingsWithoutParts}, placements {placementsWithoutParts}, miscounted caseloads {caseloadsMiscounted}");
        Assert.Empty(lost);
        Assert.Equal(0, doubled);
        Assert.Equal(0, bookingsWithoutParts);
        Assert.Equal(0, placementsWithoutParts);
        Assert.Equal(0, caseloadsMiscounted);
    }

    /// <summary>One worker: a client, their placement, a note, an appointment request and a booking that completes it, over and over.</summary>
    private static async Task WorkAsync(HostProcess host, Setup setup, int worker, ConcurrentBag<Write> acknowledged, ConcurrentBag<Write> inDoubt, CancellationToken killed)
    {
        for (var round = 0; !killed.IsCancellationRequested; round++)
        {
            var marker = "Durable" + new string([.. Guid.NewGuid().ToString("N").Take(24).Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
            var details = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ClientRecords.Details(setup.Masterton)))!.AsObject();
            details["firstName"] = marker;
            var client = await StepAsync(new Write("client", Accounts.CaseManager, "/api/clients", details, marker));
            if (client is null)
            {
                return;
            }

            var steps = new List<Write>
            {
                new("placement", Accounts.Connector, $"/api/clients/{client}/placements", new JsonObject { ["caseManagerId"] = setup.CaseManager, ["reason"] = "Employment case management: placed by the durability load." }, marker),
                new("note", Accounts.CaseManager, $"/api/clients/{client}/notes", new JsonObject { ["text"] = $"Note {marker}", ["channel"] = "phone" }, $"Note {marker}"),
                new("task", Accounts.CaseManager, "/api/appointment-requests", new JsonObject { ["clientId"] = client, ["reason"] = "Wants to see someone about work." }, marker),
            };
            foreach (var step in steps)
            {
                if (await StepAsync(step) is null && killed.IsCancellationRequested)
                {
                    return;
                }
            }

            var slot = setup.NextSlot();
            if (slot is null || await StepAsync(new Write("booking", Accounts.CaseManager, "/api/appointments", new JsonObject { ["clientId"] = client, ["slotId"] = slot }, marker)) is null && killed.IsCancellationRequested)
            {
                return;
            }
        }

        async Task<Guid?> StepAsync(Write write)
        {
            try
            {
                var (status, id, _) = await SendAsync(host, setup.Tokens[write.Account], write, killed);
                if (status is >= 200 and < 300)
                {
                    acknowledged.Add(write with { Id = id });
                    return id;
                }

                return null;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
            {
                // The answer was lost: the write may or may not have committed.
                inDoubt.Add(write);
                return null;
            }
        }
    }

    private static async Task<(int Status, Guid? Id, bool Replayed)> SendAsync(HostProcess host, string token, Write write, CancellationToken ct)
    {
        using var http = host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, write.Path) { Content = JsonContent.Create(write.Body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", write.Key);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Guid? id = null;
        if (response.IsSuccessStatusCode)
        {
            var body = JsonNode.Parse(text)!;
            id = write.Kind switch
            {
                "booking" => body["appointment"]!["id"]!.GetValue<Guid>(),
                "task" => Guid.Parse(response.Headers.Location!.ToString().Split('/').Last()),
                _ => body["id"]!.GetValue<Guid>(),
            };
        }

        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
        return ((int)response.StatusCode, id, replayed);
    }

    /// <summary>One write of the load, with the key it is sent (and retried) with.</summary>
    private sealed record Write(string Kind, string Account, string Path, JsonObject Body, string Marker)
    {
        public string Key { get; } = Guid.NewGuid().ToString();

        public Guid? Id { get; init; }
    }

    private sealed class Setup
    {
        private readonly ConcurrentQueue<Guid> _slots;

        private Setup(Guid masterton, Guid caseManager, IEnumerable<Guid> slots, Dictionary<string, string> tokens)
        {
            Masterton = masterton;
            CaseManager = caseManager;
            _slots = new ConcurrentQueue<Guid>(slots);
            Tokens = tokens;
        }

        public Guid Masterton { get; }

        public Guid CaseManager { get; }

        public Dictionary<string, string> Tokens { get; }

        public Guid? NextSlot() => _slots.TryDequeue(out var slot) ? slot : null;

        public static async Task<Setup> ReadAsync(HostProcess host)
        {
            var tokens = new Dictionary<string, string>
            {
                [Accounts.CaseManager] = await host.TokenAsync(Accounts.CaseManager),
                [Accounts.Connector] = await host.TokenAsync(Accounts.Connector),
            };
            using var http = host.NewClient();
            var api = new ApiClient(http, tokens[Accounts.CaseManager]);
            var sites = await api.GetJsonAsync("/api/sites?name=Masterton&pageSize=100");
            var masterton = sites.Items().First(s => s!["name"]!.GetValue<string>() == "Masterton")!["id"]!.GetValue<Guid>();
            var day = await api.GetJsonAsync("/api/appointments/my-day");
            var caseManager = day["staffId"]!.GetValue<Guid>();
            api = new ApiClient(http, await host.TokenAsync(Accounts.Manager));
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);
            var slots = await api.GetJsonAsync($"/api/staff/{caseManager}/slots?from={today.AddDays(1):yyyy-MM-dd}&to={today.AddDays(35):yyyy-MM-dd}&free=true");
            var proactive = slots.AsArray().Where(s => s!["kind"]!.GetValue<string>() == "proactive").Select(s => s!["id"]!.GetValue<Guid>()).ToList();
            return new Setup(masterton, caseManager, proactive, tokens);
        }
    }
}
