using System.Net;
using System.Text;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Hosting;

/// <summary>
/// Bad input on every endpoint gets a 4xx with a readable problem, never a 500. `{client}` is a
/// Masterton client the case manager may change, `{site}` Masterton's id.
/// </summary>
public abstract class MalformedRequestTests(TautokoServer server)
{
    public static TheoryData<string, string, string?> Requests => new()
    {
        // Route values that are not ids, and ids that do not exist.
        { "GET", "/api/clients/not-a-guid", null },
        { "GET", "/api/clients/00000000-0000-0000-0000-000000000000", null },
        { "GET", "/api/clients/{client}/notes?page=abc", null },
        { "POST", "/api/clients/not-a-guid/notes", "{\"text\":\"x\"}" },
        { "POST", "/api/clients/{client}/tags/not-a-guid/remove", "{\"reason\":\"x\"}" },
        { "GET", "/api/staff/not-a-guid", null },
        { "GET", "/api/sites/12345", null },

        // Paging out of range, numbers that overflow.
        { "GET", "/api/clients?q=a&pageSize=100000", null },
        { "GET", "/api/clients?q=a&pageSize=99999999999", null },
        { "GET", "/api/clients?q=a&page=99999999999", null },
        { "GET", "/api/clients/{client}/notes?pageSize=-1", null },
        { "GET", "/api/staff?siteId=not-a-guid", null },
        { "GET", "/api/sites?regionId=not-a-guid", null },

        // Query values in the wrong form.
        { "GET", "/api/clients?dateOfBirth=9999-99-99", null },
        { "GET", "/api/clients?dateOfBirth=yesterday", null },
        { "GET", "/api/calendar/working-days?from=2026-07-01&to=tomorrow", null },
        { "GET", "/api/calendar/working-days", null },

        // Bodies: missing, not JSON, the wrong JSON types, unknown enum names.
        { "POST", "/api/clients", null },
        { "POST", "/api/clients", "" },
        { "POST", "/api/clients", "{" },
        { "POST", "/api/clients", "[]" },
        { "POST", "/api/clients", "null" },
        { "POST", "/api/clients", "{\"dateOfBirth\": 5}" },
        { "POST", "/api/clients", "{\"dateOfBirth\": \"1990-13-45\"}" },
        { "POST", "/api/clients", "{\"firstName\": [\"a\"], \"lastName\": {}}" },
        { "POST", "/api/clients", "{\"benefit\": \"lotteryWinnings\"}" },
        { "POST", "/api/clients", "{\"benefit\": 99999999999}" },
        { "POST", "/api/clients", "{\"homeSiteId\": \"not-a-guid\"}" },
        { "POST", "/api/clients", "{\"flags\": [\"bogus\"]}" },
        { "POST", "/api/clients", "{\"flags\": \"lowTrust\"}" },
        { "POST", "/api/clients", "{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"1990-01-01\",\"homeSiteId\":\"{site}\",\"benefit\":99}" },
        { "POST", "/api/clients", "{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"1990-01-01\",\"homeSiteId\":\"{site}\",\"obligation\":-1}" },
        { "POST", "/api/clients", "{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"1990-01-01\",\"homeSiteId\":\"{site}\",\"flags\":[1048576]}" },
        { "POST", "/api/clients", "{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"1990-01-01\",\"homeSiteId\":\"0196f3a4-0000-7000-8000-000000000001\"}" },
        { "POST", "/api/clients", "{\"firstName\":\"" + new string('x', 101) + "\",\"lastName\":\"B\",\"dateOfBirth\":\"1990-01-01\",\"homeSiteId\":\"{site}\"}" },
        { "POST", "/api/clients", "{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"0001-01-01\",\"homeSiteId\":\"{site}\"}" },
        { "PUT", "/api/clients/{client}", null },
        { "PUT", "/api/clients/{client}", "{\"dateOfBirth\": true}" },
        { "PUT", "/api/clients/{client}?version=abc", "{}" },
        { "POST", "/api/clients/{client}/notes", null },
        { "POST", "/api/clients/{client}/notes", "{\"text\": 5}" },
        { "POST", "/api/clients/{client}/notes", "{\"text\": \"x\", \"outcome\": \"maybe\"}" },
        { "POST", "/api/clients/{client}/notes", "{\"text\": \"x\", \"channel\": 42}" },
        { "POST", "/api/clients/{client}/notes", "{\"text\": \"x\", \"occurredAt\": \"last tuesday\"}" },
        { "POST", "/api/clients/{client}/notes", "{\"text\": \"x\", \"correctsNoteId\": \"nope\"}" },
        { "POST", "/api/clients/{client}/notes", "{\"text\": \"x\", \"correctsNoteId\": \"0196f3a4-0000-7000-8000-000000000001\"}" },
        { "POST", "/api/clients/{client}/tags", null },
        { "POST", "/api/clients/{client}/tags", "{\"code\": 7, \"reason\": \"x\"}" },
        { "POST", "/api/clients/{client}/tags", "{\"code\": \"ECM\", \"reason\": [\"x\"]}" },
        { "POST", "/api/clients/{client}/tags/0196f3a4-0000-7000-8000-000000000001/remove", "{\"reason\": \"x\"}" },
        { "POST", "/api/clients/{client}/tags/0196f3a4-0000-7000-8000-000000000001/remove", null },
        { "POST", "/api/clients/{client}/cautions", null },
        { "POST", "/api/clients/{client}/cautions", "{\"kind\": [1], \"text\": \"x\"}" },
        { "POST", "/api/clients/{client}/must-view-notes", "{\"text\": \"x\", \"expires\": \"someday\"}" },
        { "POST", "/api/clients/{client}/must-view-notes", "{\"text\": \"" + new string('x', 2001) + "\"}" },
        { "POST", "/api/clients/{client}/break-glass", null },
        { "POST", "/api/clients/{client}/break-glass", "{\"reason\": 12}" },
        { "POST", "/api/auth/login", null },
        { "POST", "/api/auth/login", "{\"email\": 5, \"password\": 6}" },
        { "POST", "/api/auth/login", "\"just a string\"" },

        // Methods the endpoints do not take.
        { "DELETE", "/api/clients/{client}", null },
        { "PATCH", "/api/clients/{client}", "{}" },
        { "PUT", "/api/staff", "{}" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task MalformedRequest_AnyEndpoint_Gets4xxNot500(string method, string path, string? body)
    {
        var client = await ClientIdAsync();
        var site = await server.MastertonSiteIdAsync();
        var api = await server.AsAsync(Accounts.CaseManager);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{client}", client.ToString(), StringComparison.Ordinal));
        if (body is not null)
        {
            request.Content = new StringContent(body.Replace("{site}", site.ToString(), StringComparison.Ordinal), Encoding.UTF8, "application/json");
        }
        else if (method is "POST" or "PUT")
        {
            request.Content = new StringContent(string.Empty, Encoding.UTF8, "application/json");
        }

        if (method == "PUT")
        {
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        }

        using var response = await api.SendAsync(request);

        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status is >= 400 and < 500, $"{method} {path} {body}: expected 4xx, got {status}: {text}");
        if (status != 404 && status != 405)
        {
            // Every refusal the application makes is a readable problem document.
            Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/clients?q=a&page=1000&pageSize=100")]
    [InlineData("/api/clients?q=a&page=2147483647&pageSize=100")]
    [InlineData("/api/clients?q=a&page=30000000&pageSize=100")]
    [InlineData("/api/clients/{client}/notes?page=2147483647&pageSize=100")]
    [InlineData("/api/staff?page=2147483647&pageSize=100")]
    [InlineData("/api/sites?page=2147483647&pageSize=100")]
    public async Task Paging_PageFarBeyondTheEnd_IsEmptyOrRefused(string path)
    {
        // (page - 1) * pageSize must not overflow into a negative offset: that is a 500 on
        // PostgreSQL and the first page again on SQLite.
        var client = await ClientIdAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync(path.Replace("{client}", client.ToString(), StringComparison.Ordinal));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path}: got {(int)response.StatusCode}: {text}");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.True(System.Text.Json.Nodes.JsonNode.Parse(text)!.Items().Count == 0, $"{path}: a page past the end has no items, got {text[..Math.Min(300, text.Length)]}");
        }
    }

    [Fact]
    public async Task NonJsonContentType_Post_Gets415()
    {
        var client = await ClientIdAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostRawAsync($"/api/clients/{client}/notes", "text=hello", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private Task<Guid> ClientIdAsync() =>
        server.OnceAsync("malformed-requests-client", async () => (await Clients.ClientRecords.CreateAsync(server)).Id);
}

[Collection(SqliteServer.Collection)]
public sealed class MalformedRequestTestsSqlite(SqliteServer server) : MalformedRequestTests(server);

[Collection(PostgresServer.Collection)]
public sealed class MalformedRequestTestsPostgres(PostgresServer server) : MalformedRequestTests(server);
