using Microsoft.Data.Sqlite;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// A host of its own (SQLite, in a throw-away file) for the authorization and audit sweep: the sweep's writes
/// (notes, tags, hardship requests, referrals, break-glass) and its audit counting do not meet other tests.
/// </summary>
public sealed class TrustServer : TautokoServer
{
    public const string Collection = "Trust sweep";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tautoko-trust-{Guid.NewGuid():N}.db");

    public override string Provider => "SQLite (trust sweep)";

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

[CollectionDefinition(TrustServer.Collection)]
public sealed class TrustCollection : ICollectionFixture<TrustServer>;
