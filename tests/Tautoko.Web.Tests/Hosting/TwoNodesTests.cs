using System.Net;
using System.Net.Http.Headers;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Hosting;

/// <summary>
/// Web nodes are stateless: data-protection keys live in the database, so a sign-in made on one
/// node is honoured by another node on the same database.
/// </summary>
public abstract class TwoNodesTests(TautokoServer server)
{
    [Fact]
    public async Task BearerToken_IssuedByOneNode_IsAcceptedByAnother()
    {
        var token = await server.TokenAsync(Accounts.CaseManager);
        var maka = await server.MakaAsync();
        await using var second = await server.StartSecondNodeAsync();
        using var http = new HttpClient { BaseAddress = new Uri(second.Urls.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/clients/{maka.WithWarnings}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await second.StopAsync();
    }

    [Fact]
    public async Task SignInCookie_IssuedByOneNode_IsAcceptedByAnother()
    {
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var cookie = pages.CookieHeader(server.BaseAddress);
        await using var second = await server.StartSecondNodeAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(second.Urls.First()) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/clients");
        request.Headers.Add("Cookie", cookie);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await second.StopAsync();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class TwoNodesTestsSqlite(SqliteServer server) : TwoNodesTests(server);

[Collection(PostgresServer.Collection)]
public sealed class TwoNodesTestsPostgres(PostgresServer server) : TwoNodesTests(server);
