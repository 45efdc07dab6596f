using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Production;

/// <summary>
/// Secure cookies and HSTS: a production host behind TLS (its https public address configured, or a trusted
/// TLS-terminating proxy saying X-Forwarded-Proto: https) marks every cookie Secure and sends
/// Strict-Transport-Security; the plain-http loopback demo keeps working without them.
/// </summary>
[Collection(SqliteServer.Collection)]
public sealed class SecureCookieTests(SqliteServer server)
{
    private const string AuthCookie = "tautoko";
    private const string AntiforgeryCookie = ".AspNetCore.Antiforgery.";
    private static readonly Dictionary<string, string> NoHeaders = [];
    private static readonly Dictionary<string, string> ForwardedHttps = new() { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = "203.0.113.7", ["Host"] = "tautoko.agency.example" };

    [Fact]
    public async Task Loopback_PlainHttp_CookiesAreNotSecureAndNoHsts()
    {
        var (page, posted, cookies) = await PageSignIn.SignInAsync(server.BaseAddress, TautokoServer.Email(Accounts.Navigator), TautokoServer.DemoPassword, NoHeaders);

        AssertCookies(cookies, secure: false);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.False(posted.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task TrustedProxy_ForwardedHttps_CookiesAreSecureAndHstsIsSent()
    {
        await using var node = await server.StartSecondNodeAsync("--trusted-proxies", "127.0.0.1");

        var (page, posted, cookies) = await PageSignIn.SignInAsync(new Uri(node.Urls.First()), TautokoServer.Email(Accounts.Navigator), TautokoServer.DemoPassword, ForwardedHttps);

        AssertCookies(cookies, secure: true);
        Assert.StartsWith("max-age=31536000", Hsts(page));
        Assert.StartsWith("max-age=31536000", Hsts(posted));
        await node.StopAsync();
    }

    [Fact]
    public async Task TrustedProxy_PlainHttpOnLoopback_StillWorksWithoutSecureOrHsts()
    {
        await using var node = await server.StartSecondNodeAsync("--trusted-proxies", "127.0.0.1");

        var (page, _, cookies) = await PageSignIn.SignInAsync(new Uri(node.Urls.First()), TautokoServer.Email(Accounts.Navigator), TautokoServer.DemoPassword, NoHeaders);

        AssertCookies(cookies, secure: false);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        await node.StopAsync();
    }

    [Fact]
    public async Task UntrustedProxy_ForwardedHttps_IsIgnored()
    {
        // No proxy is configured: anyone could send X-Forwarded-Proto, so it changes nothing.
        var (page, _, cookies) = await PageSignIn.SignInAsync(server.BaseAddress, TautokoServer.Email(Accounts.Navigator), TautokoServer.DemoPassword, ForwardedHttps);

        AssertCookies(cookies, secure: false);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task PublicHttpsUrl_CookiesAreSecureAndHstsIsSent()
    {
        await using var node = await server.StartSecondNodeAsync("--public-url", "https://tautoko.agency.example");

        // The TLS proxy in front of it says nothing: the configured address alone makes every cookie Secure.
        var (page, posted, cookies) = await PageSignIn.SignInAsync(new Uri(node.Urls.First()), TautokoServer.Email(Accounts.Navigator), TautokoServer.DemoPassword, NoHeaders);

        AssertCookies(cookies, secure: true);
        Assert.StartsWith("max-age=31536000", Hsts(page));
        Assert.StartsWith("max-age=31536000", Hsts(posted));
        await node.StopAsync();
    }

    private static string Hsts(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : "(no Strict-Transport-Security header)";

    private static void AssertCookies(IReadOnlyList<SetCookie> cookies, bool secure)
    {
        var auth = cookies.Where(c => c.Name == AuthCookie).ToList();
        var antiforgery = cookies.Where(c => c.Name.StartsWith(AntiforgeryCookie, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(auth);
        Assert.NotEmpty(antiforgery);
        Assert.All(cookies, c => Assert.True(c.IsSecure == secure, $"{c.Raw}: expected {(secure ? "Secure" : "no Secure flag")}"));
    }
}
