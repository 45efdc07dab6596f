using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// A host of its own (SQLite, in a throw-away file) for the authorization and audit sweep: the sweep's writes
/// (notes, tags, hardship requests, referrals, break-glass) and its audit counting do not meet other tests.
/// </summary>
public sealed class TrustServer() : SqliteServer("trust", "SQLite (trust sweep)")
{
    public new const string Collection = "Trust sweep";
}

[CollectionDefinition(TrustServer.Collection)]
public sealed class TrustCollection : ICollectionFixture<TrustServer>;
