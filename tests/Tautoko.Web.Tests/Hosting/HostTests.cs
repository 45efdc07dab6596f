using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Hosting;

/// <summary>What the host offers before sign-in: health, the OpenAPI document, and 401 for everything else.</summary>
public abstract class HostTests(TautokoServer server)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Anonymous_Returns200(string path)
    {
        using var response = await server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_DescribesTheApi()
    {
        using var response = await server.Http.GetAsync("/openapi/v1.json");

        var document = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Tautoko API", document["info"]?["title"]?.GetValue<string>());
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/auth/login", paths);
        Assert.Contains("/api/clients", paths);
        Assert.Contains("/api/clients/{id}", paths);
        Assert.Contains("/api/calendar/working-days", paths);
    }

    [Fact]
    public async Task OpenApiDocument_ClientUpdate_DeclaresEveryOutcome()
    {
        using var response = await server.Http.GetAsync("/openapi/v1.json");

        var document = await response.ReadJsonAsync(HttpStatusCode.OK);
        var responses = document["paths"]!["/api/clients/{id}"]!["put"]!["responses"]!.AsObject();
        Assert.Equal(["200", "400", "401", "403", "404", "409", "422", "428"], responses.Select(r => r.Key).Order(StringComparer.Ordinal));
        foreach (var status in new[] { "400", "401", "403", "404", "409", "422", "428" })
        {
            Assert.NotNull(responses[status]!["content"]?["application/problem+json"]);
        }
    }

    [Fact]
    public async Task OpenApiDocument_IsAContractAClientCanBeGeneratedFrom()
    {
        using var response = await server.Http.GetAsync("/openapi/v1.json");

        var document = await response.ReadJsonAsync(HttpStatusCode.OK);
        // The bearer scheme, required by default; a licence; servers without a trailing slash; every tag described.
        Assert.Equal("http", document["components"]!["securitySchemes"]!["bearer"]!["type"]!.GetValue<string>());
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        Assert.NotNull(document["security"]![0]!["bearer"]);
        Assert.False(string.IsNullOrWhiteSpace(document["info"]!["license"]?["name"]?.GetValue<string>()));
        Assert.All(document["servers"]!.AsArray(), s => Assert.False(s!["url"]!.GetValue<string>().EndsWith('/'), "A server URL has no trailing slash."));
        Assert.All(document["tags"]!.AsArray(), t => Assert.False(string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>()), $"Tag {t!["name"]} has a description."));

        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch").Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .ToList();
        Assert.True(operations.Count > 50);
        var ids = operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.All(ids, id => Assert.Matches("^[a-z][A-Za-z0-9]*$", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var (path, method, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            Assert.Contains(responses, r => r.Key.StartsWith('2'));
            var failures = responses.Where(r => r.Key.StartsWith('4')).ToList();
            Assert.True(failures.Count > 0, $"{method} {path} declares its 4xx answers.");
            foreach (var (status, answer) in failures)
            {
                var schema = answer!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                Assert.True(schema == "#/components/schemas/ProblemDetails", $"{method} {path} {status} is a problem document (found {schema}).");
            }

            // Only sign-in is open to anonymous callers; every other operation answers 401 without a token.
            if (path == "/api/auth/login")
            {
                Assert.Equal("[{}]", operation["security"]!.ToJsonString());
            }
            else
            {
                Assert.True(operation["security"] is null && responses.ContainsKey("401"), $"{method} {path} needs the bearer token and says 401 without it.");
            }
        }
    }

    [Theory]
    [InlineData("GET", "/api/clients?q=maka")]
    [InlineData("GET", "/api/clients/0196f3a4-0000-7000-8000-000000000001")]
    [InlineData("POST", "/api/clients")]
    [InlineData("GET", "/api/staff")]
    [InlineData("GET", "/api/sites")]
    [InlineData("GET", "/api/regions")]
    [InlineData("GET", "/api/calendar/working-days?from=2026-07-01&to=2026-07-16")]
    public async Task Api_WithoutSignIn_Returns401(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithForgedBearerToken_Returns401()
    {
        var api = new ApiClient(server.Http, "not-a-real-token");

        using var response = await api.GetAsync("/api/clients?q=maka");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ClientPage_WithoutSignIn_RedirectsToSignIn()
    {
        using var response = await server.Http.GetAsync("/clients");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/health/live")]
    [InlineData("/api/clients?q=maka")]
    public async Task AnyResponse_Always_CarriesSecurityHeaders(string path)
    {
        using var response = await server.Http.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task ClientApi_SignedIn_IsNeverCached()
    {
        // R-120: personal information is not left in browser or proxy caches.
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync("/api/clients?q=maka");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store on client data");
    }

    [Fact]
    public async Task Regions_SignedIn_ListsThirteen()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        var regions = (await api.GetJsonAsync("/api/regions")).AsArray();

        Assert.Equal(13, regions.Count);
        Assert.All(regions, r => Assert.False(string.IsNullOrWhiteSpace(r?["name"]?.GetValue<string>())));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class HostTestsSqlite(SqliteServer server) : HostTests(server);

[Collection(PostgresServer.Collection)]
public sealed class HostTestsPostgres(PostgresServer server) : HostTests(server);
