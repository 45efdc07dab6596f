using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>
/// The no-double-booking guarantee under load, on PostgreSQL and two web nodes: many bookers fire at one
/// slot at the same moment; the database lets exactly one commit and everyone else gets a 409 problem.
/// </summary>
[Collection(PostgresServer.Collection)]
public sealed class DoubleBookingTests(PostgresServer server)
{
    private const int Bookers = 48;

    [Fact]
    public async Task Book_ManyParallelBookersOnTwoNodes_ExactlyOneWinsTheRestGet409()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        var slot = await AppointmentData.FreeSlotAsync(server, staffId, skip: 8);
        var clients = new List<Guid>();
        for (var i = 0; i < Bookers; i++)
        {
            clients.Add(await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager));
        }

        var token = await server.TokenAsync(Accounts.Csr);
        await using var second = await server.StartSecondNodeAsync();
        using var nodeA = server.NewHttpClient();
        using var nodeB = new HttpClient { BaseAddress = new Uri(second.Urls.First()) };
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = clients.Select(async (client, i) =>
        {
            await gate.Task;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appointments") { Content = JsonContent.Create(new { clientId = client, slotId = slot }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await (i % 2 == 0 ? nodeA : nodeB).SendAsync(request);
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        }).ToList();

        gate.SetResult();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        var losers = results.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(Bookers - 1, losers.Count);
        Assert.All(losers, r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Equal("application/problem+json", r.MediaType);
            Assert.Equal(409, r.Body!["status"]!.GetValue<int>());
            Assert.Equal("slot-taken", r.Body.Text("rule"));
        });

        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM appointments WHERE \"SlotId\" = @slot", connection);
        count.Parameters.AddWithValue("slot", slot);
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);

        // The booking's engagement-log entry, audit row and outbox messages go in one batch with the appointment:
        // a refused booking leaves none of them behind.
        var booked = await ScalarAsync(connection, "SELECT count(*) FROM engagement_notes WHERE \"ClientId\" = ANY(@clients) AND \"Text\" LIKE 'Appointment booked:%'", clients);
        var audited = await ScalarAsync(connection, "SELECT count(*) FROM audit_entries WHERE \"ClientId\" = ANY(@clients) AND \"Entity\" = 'Appointment' AND \"Action\" = 'Create'", clients);
        var queued = await ScalarAsync(connection, "SELECT count(DISTINCT \"ClientId\") FROM outbox_messages WHERE \"ClientId\" = ANY(@clients)", clients);
        Assert.Equal((1L, 1L), (booked, audited));
        Assert.True(queued <= 1, $"{queued} clients have outbox messages; only the winner may.");
        await second.StopAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, List<Guid> clients)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("clients", clients.ToArray());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
