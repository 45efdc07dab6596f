using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Operations;

/// <summary>An Idempotency-Key makes a retried write do its work once, on both providers.</summary>
public abstract class IdempotencyTests(TautokoServer server)
{
    [Fact]
    public async Task SameKeySameBody_IsAnsweredAgainFromTheRecord_AndWritesOnce()
    {
        var (client, _) = await ClientRecords.CreateAsync(server);
        var key = Guid.NewGuid().ToString();
        var body = new { text = $"Rang about work {key}", channel = "phone" };

        using var first = await PostAsync($"/api/clients/{client}/notes", body, key);
        var created = await first.ReadJsonAsync(HttpStatusCode.Created);
        using var second = await PostAsync($"/api/clients/{client}/notes", body, key);
        var again = await second.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(created["id"]!.GetValue<Guid>(), again["id"]!.GetValue<Guid>());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Contains("true", second.Headers.GetValues("Idempotent-Replayed"));
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountNotesAsync(client, body.text));
    }

    [Fact]
    public async Task SameKeyAnotherBody_Is422_AndWritesNothing()
    {
        var (client, _) = await ClientRecords.CreateAsync(server);
        var key = Guid.NewGuid().ToString();
        using var first = await PostAsync($"/api/clients/{client}/notes", new { text = $"First {key}", channel = "phone" }, key);
        await first.ReadJsonAsync(HttpStatusCode.Created);

        using var other = await PostAsync($"/api/clients/{client}/notes", new { text = $"Second {key}", channel = "phone" }, key);

        var problem = await other.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("idempotency-key-reused", problem.Text("rule"));
        Assert.Equal(0, await CountNotesAsync(client, $"Second {key}"));
    }

    [Fact]
    public async Task SameKeyAtOnce_WritesOnce_AndEveryoneGetsTheSameAnswer()
    {
        var (client, _) = await ClientRecords.CreateAsync(server);
        var key = Guid.NewGuid().ToString();
        var body = new { text = $"Concurrent {key}", channel = "phone" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync($"/api/clients/{client}/notes", body, key)));

        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>());
            response.Dispose();
        }

        Assert.Single(ids);
        Assert.Equal(1, await CountNotesAsync(client, body.text));
    }

    [Fact]
    public async Task RefusedRequest_KeepsNoKey_SoTheCorrectedRetryIsDone()
    {
        var (client, _) = await ClientRecords.CreateAsync(server);
        var key = Guid.NewGuid().ToString();
        using var refused = await PostAsync($"/api/clients/{client}/notes", new { text = "", channel = "phone" }, key);
        await refused.ReadProblemAsync(HttpStatusCode.BadRequest);

        using var fixedUp = await PostAsync($"/api/clients/{client}/notes", new { text = $"Fixed {key}", channel = "phone" }, key);

        await fixedUp.ReadJsonAsync(HttpStatusCode.Created);
        Assert.False(fixedUp.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task MalformedKey_Is400Problem()
    {
        var (client, _) = await ClientRecords.CreateAsync(server);
        using var response = await PostAsync($"/api/clients/{client}/notes", new { text = "Rang.", channel = "phone" }, new string('k', 201));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?["Idempotency-Key"]);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body, string key)
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await api.SendAsync(request);
    }

    private async Task<int> CountNotesAsync(Guid client, string text)
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var notes = await api.GetJsonAsync($"/api/clients/{client}/notes?pageSize=100");
        return notes.Items().Count(n => n!["text"]?.GetValue<string>() == text);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class IdempotencyTestsSqlite(SqliteServer server) : IdempotencyTests(server);

[Collection(PostgresServer.Collection)]
public sealed class IdempotencyTestsPostgres(PostgresServer server) : IdempotencyTests(server);
