using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Tautoko.Bench.Overview;

/// <summary>
/// The bare baselines for the client overview, minimal endpoints with Npgsql on the same server: <c>GET /overview/{id}</c>
/// makes the overview's reads and writes its audit row by hand in one batch (<see cref="OverviewByHand"/>, the baseline
/// the target is set against), and <c>GET /five</c> makes five sequential primary-key reads of <c>clients</c> (BENCHMARKS.md's
/// earlier baseline, kept for reference). Lives in bench/, not in the product.
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

    /// <param name="readerEmail">The member of staff the by-hand overview reads as (its audit rows name them).</param>
    public static async Task<FiveReadsServer> StartAsync(string connectionString, string readerEmail)
    {
        var data = Tautoko.Bench.Common.BenchSupport.BaselineDataSource(connectionString);
        Guid readerId;
        await using (var command = data.CreateCommand("""SELECT "StaffId" FROM "AspNetUsers" WHERE "Email" = $1"""))
        {
            command.Parameters.AddWithValue(readerEmail);
            readerId = (Guid)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No member of staff {readerEmail}."));
        }

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
        app.MapGet("/overview/{id:guid}", async (Guid id, HttpContext context) =>
            await OverviewByHand.ReadAsync(data, id, readerId, readerEmail, context.Connection.RemoteIpAddress?.ToString()) is { } values ? Results.Ok(values) : Results.NotFound());
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
