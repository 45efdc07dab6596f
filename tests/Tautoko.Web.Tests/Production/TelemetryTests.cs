using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Production;

/// <summary>
/// OpenTelemetry: with an OTLP endpoint configured the node exports traces (ASP.NET Core, the database, outgoing
/// HttpClient calls) and metrics to it; without one nothing is registered.
/// </summary>
public abstract class TelemetryTests(TautokoServer server)
{
    [Fact]
    public async Task OtlpEndpointConfigured_ARequestAndItsDatabaseCommands_ArriveAsSpans()
    {
        await using var receiver = await LoopbackOtlpReceiver.StartAsync();
        await using var node = await server.StartSecondNodeAsync("--otlp-endpoint", receiver.Endpoint.ToString());
        using var http = new HttpClient { BaseAddress = new Uri(node.Urls.First()) };
        // A query string can hold a name (client search is `?q=…`): its values are redacted from the spans. The value is
        // unique to this run: the instrumentation listens process-wide, so spans of other tests' requests arrive too.
        var secret = $"Aroha{Guid.NewGuid():N}";
        using (var ready = await http.GetAsync($"/health/ready?q={secret}"))
        {
            ready.EnsureSuccessStatusCode();
        }

        // A sign-in certainly runs database commands on this node (the health check may only open a connection, and the
        // background jobs' queries may come after the flush).
        using (var login = await http.PostAsJsonAsync("/api/auth/login", new { email = TautokoServer.Email(Accounts.CaseManager), password = TautokoServer.DemoPassword }))
        {
            login.EnsureSuccessStatusCode();
        }

        // The exporters batch: flushing sends what the node has now, so the test waits on nothing but the export.
        Assert.True(node.Services.GetRequiredService<TracerProvider>().ForceFlush(30_000), "The traces were not exported.");
        Assert.True(node.Services.GetRequiredService<MeterProvider>().ForceFlush(30_000), "The metrics were not exported.");

        var spans = receiver.Spans;
        var request = spans.FirstOrDefault(s => s.Kind == 2 && s.Attributes.GetValueOrDefault("url.path") == "/health/ready");
        Assert.True(
            request is not null,
            "No server span for GET /health/ready; spans: " + string.Join("; ", spans.Select(s => $"{s.Name} ({s.Kind}) {string.Join(",", s.Attributes.Select(a => a.Key + "=" + a.Value))}")));
        Assert.StartsWith("GET", request.Name, StringComparison.Ordinal);
        Assert.Equal("GET", request.Attributes.GetValueOrDefault("http.request.method"));
        Assert.Equal("200", request.Attributes.GetValueOrDefault("http.response.status_code"));
        Assert.Contains(spans, s => s.Kind == 3 && s.Attributes.Keys.Any(k => k.StartsWith("db.", StringComparison.Ordinal)));
        Assert.DoesNotContain(spans, s => s.Attributes.Values.Any(v => v.Contains(secret, StringComparison.Ordinal)) || s.Name.Contains(secret, StringComparison.Ordinal));
        Assert.True(receiver.MetricExports > 0, "No metrics were exported.");
        await node.StopAsync();
    }

    [Fact]
    public async Task NoEndpointConfigured_NothingIsRegistered()
    {
        await using var node = await server.StartSecondNodeAsync();

        Assert.Null(node.Services.GetService<TracerProvider>());
        Assert.Null(node.Services.GetService<MeterProvider>());
        await node.StopAsync();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class TelemetryTestsSqlite(SqliteServer server) : TelemetryTests(server);

[Collection(PostgresServer.Collection)]
public sealed class TelemetryTestsPostgres(PostgresServer server) : TelemetryTests(server);
