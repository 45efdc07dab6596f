using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Tautoko.Bench.Booking;

/// <summary>
/// BENCHMARKS.md's bare baseline for booking: a minimal endpoint doing one <c>UPDATE … WHERE id = $1</c>
/// with Npgsql on the same server, measured by the same generator in the same run. Lives in bench/, not in
/// the product.
/// </summary>
internal sealed class BaselineServer : IAsyncDisposable
{
    public const int Rows = 10_000;

    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _data;

    private BaselineServer(WebApplication app, NpgsqlDataSource data)
    {
        _app = app;
        _data = data;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<BaselineServer> StartAsync(string connectionString)
    {
        // The same connection budget as a Tautoko node (DatabaseSettings.DefaultPoolSize), so the baseline and the host
        // together fit a PostgreSQL with default settings (max_connections 100).
        var data = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = Tautoko.Data.DatabaseSettings.DefaultPoolSize }.ConnectionString);
        await using (var setup = data.CreateCommand("""
            DROP TABLE IF EXISTS bench_baseline;
            CREATE TABLE bench_baseline (id int PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
            INSERT INTO bench_baseline (id) SELECT generate_series(1, 10000);
            """))
        {
            await setup.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/update/{id:int}", async (int id) =>
        {
            await using var command = data.CreateCommand("UPDATE bench_baseline SET n = n + 1 WHERE id = $1");
            command.Parameters.AddWithValue(id);
            return await command.ExecuteNonQueryAsync() == 1 ? Results.NoContent() : Results.NotFound();
        });
        await app.StartAsync();
        return new BaselineServer(app, data);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _data.DisposeAsync();
    }
}
