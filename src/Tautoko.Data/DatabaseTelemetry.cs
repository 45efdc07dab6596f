using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Tautoko.Data;

/// <summary>
/// The database's own OpenTelemetry signals: Npgsql's command spans and connection-pool metrics. Only Data
/// knows Npgsql; the host adds these when it exports telemetry. SQLite commands are traced through EF Core.
/// </summary>
public static class DatabaseTelemetry
{
    /// <summary>EF Core's provider name for PostgreSQL: its commands are already traced by Npgsql, so EF Core's tracing skips them.</summary>
    public const string PostgresProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static TracerProviderBuilder AddDatabaseTracing(this TracerProviderBuilder tracing) => tracing.AddNpgsql();

    public static MeterProviderBuilder AddDatabaseMetrics(this MeterProviderBuilder metrics) => metrics.AddNpgsqlInstrumentation();
}
