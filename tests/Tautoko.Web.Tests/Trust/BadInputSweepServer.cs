using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// The host on SQLite in a file of its own, for the bad-input sweep only: the sweep writes whatever the API accepts, so
/// it runs on its own server and database and never disturbs the other tests' data.
/// </summary>
public sealed class BadInputSweepServer() : SqliteServer("sweep", "SQLite (bad-input sweep)")
{
    public new const string Collection = "Bad-input sweep";
}

[CollectionDefinition(BadInputSweepServer.Collection)]
public sealed class BadInputSweepCollection : ICollectionFixture<BadInputSweepServer>;
