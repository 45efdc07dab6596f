using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Npgsql;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Operations;

/// <summary>
/// The real host as a separate process (<c>dotnet Tautoko.Web.dll</c> from the test's output folder), as an operator
/// runs it, so a test can kill it with SIGKILL and start it again on the same database.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<HostProcess> StartAsync(string database, params string[] options)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "Tautoko.Web.dll"), "--db", database, "--urls", address.ToString().TrimEnd('/'),
                     "--contentRoot", RepositoryPaths.WebProject, "--signin-limit", "1000", "--outbox", "false", "--lmi1-daily", "false",
                     "--Serilog:MinimumLevel:Default", "Warning", .. options])
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode} before it was ready.");
            }

            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(500);
        }

        await host.DisposeAsync();
        throw new InvalidOperationException("The host did not become ready in five minutes.");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no finishing of requests in flight.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public HttpClient NewClient() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<string> TokenAsync(string account)
    {
        using var http = NewClient();
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { email = TautokoServer.Email(account), password = TautokoServer.DemoPassword });
        var body = await response.ReadJsonAsync(HttpStatusCode.OK);
        return body["accessToken"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A throw-away PostgreSQL database on the test server (TAUTOKO_TEST_POSTGRES), dropped at the end.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private ScratchDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string Admin => Environment.GetEnvironmentVariable(PostgresServer.Variable) is { Length: > 0 } admin
        ? admin
        : throw new InvalidOperationException($"{PostgresServer.Variable} is not set; run `eval $(/work/pg.sh)` or ./test.sh.");

    public static async Task<ScratchDatabase> CreateAsync(string prefix)
    {
        var database = new ScratchDatabase(Admin, $"tautoko_{prefix}_{Guid.NewGuid():N}");
        await database.AdminAsync($"CREATE DATABASE \"{database.Name}\" ENCODING 'UTF8' TEMPLATE template0");
        return database;
    }

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
