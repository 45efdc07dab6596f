using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Tautoko.Bench.Overview;

/// <summary>
/// BENCHMARKS.md's bare baseline for the client overview: a minimal endpoint doing five sequential
/// primary-key reads of <c>clients</c> with Npgsql on the same server. Lives in bench/, not in the product.
/// </summary>
internal sealed class FiveReadsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _data;

    private FiveReadsServer(WebApplication app, NpgsqlDataSource data)
    {
        _app = app;
        _data = data;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<FiveReadsServer> StartAsync(string connectionString)
    {
        // The same connection budget as a Tautoko node (DatabaseSettings.DefaultPoolSize), so the baseline and the host
        // together fit a PostgreSQL with default settings (max_connections 100).
        var data = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = Tautoko.Data.DatabaseSettings.DefaultPoolSize }.ConnectionString);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/five", async (string ids) =>
        {
            var found = 0;
            await using var connection = await data.OpenConnectionAsync();
            foreach (var id in ids.Split(',').Select(Guid.Parse))
            {
                await using var command = new NpgsqlCommand("SELECT \"Id\", \"FirstName\", \"LastName\", \"DateOfBirth\", \"HomeSiteId\" FROM clients WHERE \"Id\" = $1", connection);
                command.Parameters.AddWithValue(id);
                await using var reader = await command.ExecuteReaderAsync();
                found += await reader.ReadAsync() ? 1 : 0;
            }

            return found == 5 ? Results.Ok(found) : Results.NotFound();
        });
        await app.StartAsync();
        return new FiveReadsServer(app, data);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _data.DisposeAsync();
    }
}
