using Microsoft.Data.Sqlite;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// The host on SQLite in a file of its own, for the bad-input sweep only: the sweep writes whatever the API accepts, so
/// it runs on its own server and database and never disturbs the other tests' data.
/// </summary>
public sealed class BadInputSweepServer : TautokoServer
{
    public const string Collection = "Bad-input sweep";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tautoko-sweep-{Guid.NewGuid():N}.db");

    public override string Provider => "SQLite (bad-input sweep)";

    /// <summary>The database file, so the sweep can count rows before and after refused requests.</summary>
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

[CollectionDefinition(BadInputSweepServer.Collection)]
public sealed class BadInputSweepCollection : ICollectionFixture<BadInputSweepServer>;
