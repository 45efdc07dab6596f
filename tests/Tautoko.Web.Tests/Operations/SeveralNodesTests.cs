using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Operations;

/// <summary>
/// Two web nodes on one database: a sign-in made on either is honoured by the other, the calendar-horizon job runs on
/// one of them (the job lease), and one Idempotency-Key sent to both at once writes once. Double booking, caseload
/// capacity, the outbox and LMI1 across two nodes are tested with their features (DoubleBookingTests,
/// CapacityConcurrencyTests, OutboxSmtpTests, Lmi1Tests).
/// </summary>
public abstract class SeveralNodesTests(TautokoServer server)
{
    [Fact]
    public async Task CalendarHorizon_RunsOnTheNodeHoldingTheLease_NotOnASecondNode()
    {
        // The first node's first pass (at start-up) takes the lease, unless a node another test started got there first;
        // either way a node holds it for 50 minutes once that pass is over, so a node started now must leave the work to it.
        var first = server.Services.GetServices<IHostedService>().OfType<CalendarHorizonService>().Single();
        await first.FirstPass.WaitAsync(TimeSpan.FromMinutes(2));
        await using var second = await server.StartSecondNodeAsync();
        var horizon = second.Services.GetServices<IHostedService>().OfType<CalendarHorizonService>().Single();

        var ran = await horizon.FirstPass.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.False(ran, "Another node holds the calendar-horizon lease, so the second node's first pass leaves the work to it.");
        await second.StopAsync();
    }

    [Fact]
    public async Task BearerToken_IssuedBySecondNode_IsAcceptedByTheFirst()
    {
        await using var second = await server.StartSecondNodeAsync();
        using var http = new HttpClient { BaseAddress = new Uri(second.Urls.First()) };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email = TautokoServer.Email(Accounts.Manager), password = TautokoServer.DemoPassword });
        var token = (await login.ReadJsonAsync(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();

        var onFirst = new ApiClient(server.Http, token);
        await onFirst.GetJsonAsync("/api/staff?pageSize=5");
        await second.StopAsync();
    }

    [Fact]
    public async Task OneKeySentToBothNodesAtOnce_WritesOnce()
    {
        var (client, _) = await ClientRecords.CreateAsync(server);
        await using var second = await server.StartSecondNodeAsync();
        using var secondHttp = new HttpClient { BaseAddress = new Uri(second.Urls.First() + "/"), Timeout = TimeSpan.FromSeconds(60) };
        var token = await server.TokenAsync(Accounts.CaseManager);
        var key = Guid.NewGuid().ToString();
        var text = $"Sent to both nodes {key}";
        var nodes = new[] { server.Http, secondHttp };

        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{client}/notes") { Content = JsonContent.Create(new { text, channel = "phone" }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", key);
            using var response = await nodes[i % 2].SendAsync(request);
            return (await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        }));

        Assert.Single(ids.Distinct());
        var notes = await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{client}/notes?pageSize=100");
        Assert.Equal(1, notes.Items().Count(n => n!["text"]?.GetValue<string>() == text));
        await second.StopAsync();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class SeveralNodesTestsSqlite(SqliteServer server) : SeveralNodesTests(server);

[Collection(PostgresServer.Collection)]
public sealed class SeveralNodesTestsPostgres(PostgresServer server) : SeveralNodesTests(server);
