using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Hosting;

/// <summary>
/// Connections are a budget (PostgreSQL): a node holds at most `--db-pool-size` connections (40 unless set), and a
/// request that cannot get one — the pool exhausted, or PostgreSQL refusing more connections — is answered 503 with
/// `Retry-After` and a problem document, never 500.
/// </summary>
[Collection(PostgresServer.Collection)]
public sealed class ConnectionBudgetTests(PostgresServer server)
{
    [Fact]
    public void PoolSize_DefaultsToTheBudget_AndTheSettingOrTheConnectionStringOverridesIt()
    {
        var configured = new NpgsqlConnectionStringBuilder(ConnectionOf(DatabaseSettings.Parse(server.ConnectionString)));
        Assert.Equal(DatabaseSettings.DefaultPoolSize, configured.MaxPoolSize);

        var set = new NpgsqlConnectionStringBuilder(ConnectionOf(DatabaseSettings.Parse(server.ConnectionString) with { PoolSize = 7 }));
        Assert.Equal(7, set.MaxPoolSize);

        var explicitInString = new NpgsqlConnectionStringBuilder(ConnectionOf(DatabaseSettings.Parse(server.ConnectionString + ";Maximum Pool Size=3") with { PoolSize = 7 }));
        Assert.Equal(3, explicitInString.MaxPoolSize);
    }

    [Fact]
    public async Task Jit_IsOffOnTautokosConnections_UnlessTheConnectionStringSetsOptions()
    {
        // The running host's own connections: PostgreSQL compiles no plan (docs/PERFORMANCE.md, fairness bench).
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            Assert.Equal("off", await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());
        }

        var own = new NpgsqlConnectionStringBuilder(ConnectionOf(DatabaseSettings.Parse(server.ConnectionString + ";Options=-c work_mem=8MB")));
        Assert.Equal("-c work_mem=8MB", own.Options);
    }

    [Fact]
    public async Task PoolExhausted_Answers503WithRetryAfterAndAProblem_ThenServesAgainOnceAConnectionIsFree()
    {
        var token = await server.TokenAsync(Accounts.CaseManager);
        await using var node = await server.StartSecondNodeAsync("--db", server.ConnectionString + ";Timeout=2", "--db-pool-size", "1");
        using var http = new HttpClient { BaseAddress = new Uri(node.Urls.First()) };

        // Someone holds the node's only connection (a long transaction).
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            await using var held = await db.Database.BeginTransactionAsync();

            using var busy = await SendAsync(http, token);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailable.RetryAfterSeconds), busy.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", busy.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(await busy.Content.ReadAsStringAsync())!;
            Assert.Equal(503, problem["status"]!.GetValue<int>());
            Assert.Equal("Tautoko is busy", problem["title"]!.GetValue<string>());
            await held.RollbackAsync();
        }

        using var served = await SendAsync(http, token);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        await node.StopAsync();
    }

    [Fact]
    public async Task PostgresRefusingMoreConnections_IsRecognisedAsUnavailable()
    {
        // A role allowed no connections gets PostgreSQL's own too_many_connections (53300), as a full server answers.
        var role = $"tautoko_full_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE ROLE {role} LOGIN CONNECTION LIMIT 0", admin);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var refused = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Username = role, Pooling = false }.ConnectionString;
            await using var connection = new NpgsqlConnection(refused);
            var error = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

            Assert.Equal(PostgresErrorCodes.TooManyConnections, error.SqlState);
            Assert.True(DatabaseUnavailable.Is(error));
            Assert.True(DatabaseUnavailable.Is(new InvalidOperationException("wrapped", error)));
            Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("not the database")));
        }
        finally
        {
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP ROLE {role}", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static string ConnectionOf(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<TautokoDbContext>();
        settings.Configure(options);
        using var db = new TautokoDbContext(options.Options);
        return db.Database.GetConnectionString()!;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff?pageSize=5");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }
}
