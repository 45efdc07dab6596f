using System.Net;
using System.Net.Http.Json;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Auth;

/// <summary>POST /api/auth/login: bearer tokens for integrators, problem details when refused.</summary>
public abstract class SignInTests(TautokoServer server)
{
    [Fact]
    public async Task Login_DemoAccount_ReturnsBearerToken()
    {
        using var response = await server.Http.PostAsJsonAsync("/api/auth/login", new { email = TautokoServer.Email(Accounts.Navigator), password = TautokoServer.DemoPassword });

        var body = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrWhiteSpace(body.Text("accessToken")));
        Assert.Equal("Bearer", body.Text("tokenType"));
    }

    [Fact]
    public async Task Login_TokenFromLogin_OpensTheApi()
    {
        var api = await server.AsAsync(Accounts.Navigator);

        using var response = await api.GetAsync("/api/staff?pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        using var response = await server.Http.PostAsJsonAsync("/api/auth/login", new { email = TautokoServer.Email(Accounts.Quality), password = "not-the-password-1" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Sign-in failed", problem.Text("title"));
    }

    [Fact]
    public async Task Login_UnknownAccount_Returns401ProblemLikeWrongPassword()
    {
        // The answer does not tell a stranger which e-mail addresses have accounts.
        using var response = await server.Http.PostAsJsonAsync("/api/auth/login", new { email = "nobody@demo.tautoko.nz", password = TautokoServer.DemoPassword });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Sign-in failed", problem.Text("title"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"email\":\"casemanager@demo.tautoko.nz\"}")]
    [InlineData("{\"password\":\"Tautoko-demo-2026\"}")]
    [InlineData("{\"email\":\"   \",\"password\":\"x\"}")]
    public async Task Login_MissingEmailOrPassword_Returns400Problem(string body)
    {
        using var response = await server.Http.PostAsync("/api/auth/login", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignInPage_WrongPassword_ShowsTheErrorWithoutSigningIn()
    {
        using var pages = new PageClient(server);
        var page = await pages.GetAsync("/signin");

        using var response = await pages.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Email"] = TautokoServer.Email(Accounts.Quality), ["Password"] = "wrong-password-12" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await PageClient.ParseAsync(response);
        Assert.Contains("not right", answer.Document.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        using var after = await pages.GetRawAsync("/clients");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task SignInPage_DemoMode_ListsTheDemoAccounts()
    {
        using var pages = new PageClient(server);

        var page = await pages.GetAsync("/signin");

        var listed = page.Document.QuerySelectorAll("#demo ~ table code").Select(c => c.TextContent).ToList();
        Assert.Contains(TautokoServer.Email(Accounts.CaseManager), listed);
        Assert.Contains(TautokoServer.Email(Accounts.Manager), listed);
        Assert.Contains(TautokoServer.Email(Accounts.RemoteClientServices), listed);
        Assert.Contains(TautokoServer.Email(Accounts.CaseManagerOtherSite), listed);
    }

    [Fact]
    public async Task SignOut_AfterSignIn_EndsTheSession()
    {
        using var pages = await server.PagesAsAsync(Accounts.Navigator);
        var page = await pages.GetAsync("/clients");

        using var signOut = await pages.SubmitAsync(page, "form[action='/signout']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await pages.GetRawAsync("/clients");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class SignInTestsSqlite(SqliteServer server) : SignInTests(server);

[Collection(PostgresServer.Collection)]
public sealed class SignInTestsPostgres(PostgresServer server) : SignInTests(server);
