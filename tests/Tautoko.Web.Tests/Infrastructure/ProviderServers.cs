using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tautoko.Web.Tests.Infrastructure;

/// <summary>
/// The host on SQLite, in a throw-away file. The sweeps derive their own hosts from it (another file and collection),
/// so their writes never meet the other tests' data.
/// </summary>
public class SqliteServer : TautokoServer
{
    public const string Collection = "Tautoko on SQLite";

    private readonly string _path;
    private readonly string _provider;

    public SqliteServer()
        : this("web-tests", "SQLite")
    {
    }

    /// <summary>A host on a file of its own named <c>tautoko-{fileTag}-….db</c>, described as <paramref name="provider"/>.</summary>
    protected SqliteServer(string fileTag, string provider)
    {
        _path = Path.Combine(Path.GetTempPath(), $"tautoko-{fileTag}-{Guid.NewGuid():N}.db");
        _provider = provider;
    }

    public override string Provider => _provider;

    /// <summary>The database file (the bad-input sweep counts rows in it before and after refused requests).</summary>
    public string DatabasePath => _path;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={_path}");

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// The host on PostgreSQL, in a database of its own created on the server named by
/// TAUTOKO_TEST_POSTGRES and dropped afterwards.
/// </summary>
public sealed class PostgresServer : TautokoServer
{
    public const string Collection = "Tautoko on PostgreSQL";
    public const string Variable = "TAUTOKO_TEST_POSTGRES";

    private readonly string _database = $"tautoko_test_{Guid.NewGuid():N}";
    private string? _admin;

    public override string Provider => "PostgreSQL";

    protected override async Task<string> CreateDatabaseAsync()
    {
        _admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_admin))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL half of the HTTP tests cannot run. Run ./test.sh, which starts PostgreSQL " +
                $"and sets {Variable}; or set it yourself to an Npgsql connection string for a server where you may CREATE DATABASE.");
        }

        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(_admin))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(SqliteServer.Collection)]
public sealed class SqliteCollection : ICollectionFixture<SqliteServer>;

[CollectionDefinition(PostgresServer.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;
