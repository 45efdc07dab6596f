using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tautoko.Bench.Common;

namespace Tautoko.Bench.Booking;

/// <summary>
/// The bare baselines for booking, minimal endpoints with Npgsql on the same server, measured by the same generator in
/// the same run: <c>POST /book</c> writes the five rows of a booking by hand in one batch (<see cref="FiveRowsBooking"/>,
/// the baseline the target is set against), and <c>POST /update/{id}</c> does one <c>UPDATE … WHERE id = $1</c> (kept
/// for reference). Lives in bench/, not in the product.
/// </summary>
internal sealed class BaselineServer : IAsyncDisposable
{
    public const int Rows = 10_000;

    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _data;
    private FiveRowsBooking? _booking;

    private BaselineServer(WebApplication app, NpgsqlDataSource data)
    {
        _app = app;
        _data = data;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    public NpgsqlDataSource Data => _data;

    public static async Task<BaselineServer> StartAsync(string connectionString)
    {
        var data = BenchSupport.BaselineDataSource(connectionString);
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
        BaselineServer? server = null;
        app.MapPost("/update/{id:int}", async (int id) =>
        {
            await using var command = data.CreateCommand("UPDATE bench_baseline SET n = n + 1 WHERE id = $1");
            command.Parameters.AddWithValue(id);
            return await command.ExecuteNonQueryAsync() == 1 ? Results.NoContent() : Results.NotFound();
        });
        app.MapPost("/book", async (HttpRequest request) =>
        {
            // The same JSON body the host's POST /api/appointments gets.
            using var body = await JsonDocument.ParseAsync(request.Body);
            var clientId = body.RootElement.GetProperty("clientId").GetGuid();
            var slotId = body.RootElement.GetProperty("slotId").GetGuid();
            var booking = server!._booking ?? throw new InvalidOperationException("No booking template yet.");
            return Results.StatusCode(await booking.BookAsync(data, clientId, slotId));
        });
        await app.StartAsync();
        server = new BaselineServer(app, data);
        return server;
    }

    /// <summary>Gives <c>POST /book</c> its rows to copy and the slots it may book (its own share, not the host's).</summary>
    public void UseBooking(FiveRowsBooking booking) => _booking = booking;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _data.DisposeAsync();
    }
}
