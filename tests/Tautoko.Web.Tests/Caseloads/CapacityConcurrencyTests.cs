using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>
/// a caseload is never over capacity, even with many connectors placing clients at the same moment
/// through two web nodes on one database. The guard is in the database (a guarded UPDATE and a CHECK
/// constraint), so no in-process lock could be what holds it.
/// </summary>
public abstract class CapacityConcurrencyTests(TautokoServer server)
{
    [Fact]
    public async Task ParallelPlacements_FromTwoNodes_NeverOverfillTheCaseload_R014()
    {
        // The ICS caseload at Masterton (60 places, R-013) is used by this test only.
        var caseload = await CaseloadTestData.CaseloadOfAsync(server, "ICS");
        var staffId = caseload["staffId"]!.GetValue<Guid>();
        var free = caseload["free"]!.GetValue<int>();
        var attempts = free + 25;
        var clients = new List<Guid>();
        for (var i = 0; i < attempts; i++)
        {
            clients.Add(await CaseloadTestData.NewClientAsync(server));
        }

        await using var second = await server.StartSecondNodeAsync();
        using var secondHttp = new HttpClient { BaseAddress = new Uri(second.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)) + "/"), Timeout = TimeSpan.FromSeconds(120) };
        var token = await server.TokenAsync(Accounts.Connector);
        var nodes = new[] { server.Http, secondHttp };

        var responses = await Task.WhenAll(clients.Select(async (clientId, i) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{clientId}/placements")
            {
                Content = JsonContent.Create(new { caseManagerId = staffId, reason = "Intensive Client Support: trial-selected (R-113)." }),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var response = await nodes[i % 2].SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, Rule: response.StatusCode == HttpStatusCode.Conflict ? JsonNode.Parse(body)?["rule"]?.GetValue<string>() : null, Body: body);
        }));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)r.StatusCode}: {r.Body}"));
        Assert.Equal(free, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Conflict), r => Assert.Equal("R-014", r.Rule));

        var after = await CaseloadTestData.CaseloadOfAsync(server, "ICS");
        Assert.Equal(after["capacity"]!.GetValue<int>(), after["filled"]!.GetValue<int>());
        Assert.Equal(0, after["free"]!.GetValue<int>());

        // The counter and the placements agree: exactly as many clients on the caseload as places filled.
        var manager = await server.AsAsync(Accounts.Manager);
        var list = await manager.GetJsonAsync($"/api/caseloads/staff/{staffId}?pageSize=100");
        Assert.Equal(after["filled"]!.GetValue<int>(), list["total"]!.GetValue<int>());
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CapacityConcurrencyTestsSqlite(SqliteServer server) : CapacityConcurrencyTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CapacityConcurrencyTestsPostgres(PostgresServer server) : CapacityConcurrencyTests(server);
