using System.Net;
using System.Net.Http.Json;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Auth;

/// <summary>
/// Five wrong passwords lock an account. This class alone signs in as the StudyLink demo account,
/// because the test leaves it locked.
/// </summary>
public abstract class LockoutTests(TautokoServer server)
{
    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccount()
    {
        var email = TautokoServer.Email(Accounts.LockoutVictim);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await server.Http.PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong-password-{attempt}" });
            await wrong.ReadProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var fifth = await server.Http.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-5" });
        var locked = await fifth.ReadProblemAsync(HttpStatusCode.Locked);
        Assert.Equal("Account locked", locked.Text("title"));

        // Locked means locked: the right password does not open it either.
        using var right = await server.Http.PostAsJsonAsync("/api/auth/login", new { email, password = TautokoServer.DemoPassword });
        await right.ReadProblemAsync(HttpStatusCode.Locked);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class LockoutTestsSqlite(SqliteServer server) : LockoutTests(server);

[Collection(PostgresServer.Collection)]
public sealed class LockoutTestsPostgres(PostgresServer server) : LockoutTests(server);
