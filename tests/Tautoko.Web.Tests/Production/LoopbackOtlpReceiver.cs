using System.Collections.Concurrent;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Tautoko.Web.Tests.Production;

/// <summary>A span as exported over OTLP: its name, kind (1 internal, 2 server, 3 client) and string/int attributes.</summary>
public sealed record ExportedSpan(string Name, int Kind, IReadOnlyDictionary<string, string> Attributes);

/// <summary>
/// A tiny OTLP/HTTP receiver on a loopback port: accepts POST /v1/traces and /v1/metrics (protobuf), keeps the
/// spans it was sent (decoded from the wire format) and counts the metric exports.
/// </summary>
public sealed class LoopbackOtlpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ExportedSpan> _spans = new();
    private readonly WebApplication _app;
    private int _metricExports;

    private LoopbackOtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<ExportedSpan> Spans => [.. _spans];

    public int MetricExports => Volatile.Read(ref _metricExports);

    public static async Task<LoopbackOtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "LoopbackOtlpReceiver", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new LoopbackOtlpReceiver(app);
        app.MapPost("/v1/traces", async (HttpContext context) =>
        {
            foreach (var span in ReadSpans(await ReadBodyAsync(context)))
            {
                receiver._spans.Enqueue(span);
            }

            return Results.Bytes([], "application/x-protobuf");
        });
        app.MapPost("/v1/metrics", async (HttpContext context) =>
        {
            if ((await ReadBodyAsync(context)).Length > 0)
            {
                Interlocked.Increment(ref receiver._metricExports);
            }

            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        receiver.Endpoint = new Uri(app.Urls.First());
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        return body.ToArray();
    }

    // ExportTraceServiceRequest { 1: ResourceSpans { 2: ScopeSpans { 2: Span { 5: name, 6: kind, 9: KeyValue attributes } } } }
    private static IEnumerable<ExportedSpan> ReadSpans(byte[] request) =>
        from resourceSpans in Messages(request, 1)
        from scopeSpans in Messages(resourceSpans, 2)
        from span in Messages(scopeSpans, 2)
        select ReadSpan(span);

    private static ExportedSpan ReadSpan(byte[] span)
    {
        var name = string.Empty;
        var kind = 0;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var input = new CodedInputStream(span);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 5: name = input.ReadString(); break;
                case 6: kind = input.ReadEnum(); break;
                case 9:
                    var (key, value) = ReadKeyValue(input.ReadBytes().ToByteArray());
                    attributes[key] = value;
                    break;
                default: input.SkipLastField(); break;
            }
        }

        return new ExportedSpan(name, kind, attributes);
    }

    // KeyValue { 1: key, 2: AnyValue { 1: string_value, 3: int_value } }
    private static (string Key, string Value) ReadKeyValue(byte[] keyValue)
    {
        var key = string.Empty;
        var value = string.Empty;
        var input = new CodedInputStream(keyValue);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == 1)
            {
                key = input.ReadString();
            }
            else if (WireFormat.GetTagFieldNumber(tag) == 2)
            {
                var any = new CodedInputStream(input.ReadBytes().ToByteArray());
                uint anyTag;
                while ((anyTag = any.ReadTag()) != 0)
                {
                    switch (WireFormat.GetTagFieldNumber(anyTag))
                    {
                        case 1: value = any.ReadString(); break;
                        case 3: value = any.ReadInt64().ToString(System.Globalization.CultureInfo.InvariantCulture); break;
                        default: any.SkipLastField(); break;
                    }
                }
            }
            else
            {
                input.SkipLastField();
            }
        }

        return (key, value);
    }

    private static IEnumerable<byte[]> Messages(byte[] message, int field)
    {
        var found = new List<byte[]>();
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == field && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                found.Add(input.ReadBytes().ToByteArray());
            }
            else
            {
                input.SkipLastField();
            }
        }

        return found;
    }
}
