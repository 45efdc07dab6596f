using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Tautoko.Data;

namespace Tautoko.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics (ASP.NET Core, EF Core and Npgsql, outgoing HttpClient calls) exported over
/// OTLP — only when an endpoint is configured (the standard `OTEL_EXPORTER_OTLP_ENDPOINT`, or `--otlp-endpoint`).
/// Without one nothing is registered: no listeners, no exporter.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "tautoko";

    /// <summary>The OTLP endpoint from settings, or null when telemetry is off.</summary>
    public static Uri? Endpoint(IConfiguration configuration)
    {
        var value = configuration["otlp-endpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }

    public static void AddTautokoTelemetry(this WebApplicationBuilder builder)
    {
        if (Endpoint(builder.Configuration) is not { } endpoint)
        {
            return;
        }

        // OTLP over HTTP with protobuf unless the operator asks for gRPC (the standard OTEL_EXPORTER_OTLP_PROTOCOL).
        var grpc = string.Equals(builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"], "grpc", StringComparison.OrdinalIgnoreCase);
        void Export(OtlpExporterOptions otlp, string signal)
        {
            otlp.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
            // Set in code, the endpoint is used as it is: over HTTP each signal has its own path.
            otlp.Endpoint = grpc ? endpoint : new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/v1/" + signal);
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !context.Request.Path.StartsWithSegments("/health/live"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation(ef => ef.Filter = (provider, _) => provider != DatabaseTelemetry.PostgresProviderName)
                .AddDatabaseTracing()
                .AddOtlpExporter(otlp => Export(otlp, "traces")))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddDatabaseMetrics()
                .AddOtlpExporter(otlp => Export(otlp, "metrics")));
    }
}
