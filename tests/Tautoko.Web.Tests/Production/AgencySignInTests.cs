using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Data;
using Tautoko.Core.Audit;
using Tautoko.Core.Staff;
using Tautoko.Data.Identity;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Production;

/// <summary>
/// Agency sign-in: a Tautoko node configured with the agency's OpenID Connect provider (a real OpenIddict server on
/// loopback), driven through the whole authorization code + PKCE flow by a client that follows redirects and keeps
/// cookies. The person lands signed in as their Tautoko staff account, with Tautoko's role; others are refused.
/// </summary>
[Collection(SqliteServer.Collection)]
public sealed class AgencySignInTests(SqliteServer server, LoopbackIdentityProvider idp) : IClassFixture<LoopbackIdentityProvider>
{
    private const string AgencyName = "Agency Identity";
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task AgencySignIn_KnownStaffEmail_SignsInAsThatStaffMemberWithTautokosRole()
    {
        await using var node = await StartNodeAsync();
        using var browser = Browser(node);
        idp.SignInAs = TautokoServer.Email(Accounts.CaseManager);
        idp.AssertedRole = "NationalOffice";

        var signInPage = await Parser.ParseDocumentAsync(await browser.GetStringAsync("/signin"));
        var button = signInPage.QuerySelector("#agency-signin");
        Assert.NotNull(button);
        Assert.Equal($"Sign in with {AgencyName}", button.TextContent.Trim());

        using var landed = await browser.GetAsync(button.GetAttribute("href")!.Replace("returnUrl=%2F", "returnUrl=%2Fclients", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal("/signin/agency/continue", landed.RequestMessage!.RequestUri!.AbsolutePath);
        var onward = await Parser.ParseDocumentAsync(await landed.Content.ReadAsStringAsync());
        Assert.Equal("0;url=/clients", onward.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));

        using var clients = await browser.GetAsync("/clients");
        Assert.Equal(HttpStatusCode.OK, clients.StatusCode);
        Assert.Equal("/clients", clients.RequestMessage!.RequestUri!.AbsolutePath);
        var header = (await Parser.ParseDocumentAsync(await clients.Content.ReadAsStringAsync())).QuerySelector("header .who span")?.TextContent.Trim();
        // The identity provider said "NationalOffice": the role shown (and used) is the staff record's.
        Assert.Equal($"{await server.StaffNameAsync(Accounts.CaseManager)} · {StaffRole.CaseManager.DisplayName()}", header);
        Assert.Equal(1, await CountAuditAsync(node, AuditAction.SignIn, idp.SignInAs));
        await node.StopAsync();
    }

    [Fact]
    public async Task AgencySignIn_UnknownEmail_IsRefusedWithAReadablePageAndNoSignIn()
    {
        await using var node = await StartNodeAsync();
        using var browser = Browser(node);
        idp.SignInAs = "someone.else@agency.example";

        using var refused = await browser.GetAsync("/signin/agency?returnUrl=%2Fclients");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("/signin", refused.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await Parser.ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains("no Tautoko staff account has that e-mail address", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await CountAuditAsync(node, AuditAction.SignInFailed, idp.SignInAs));
        using var clients = await browser.GetAsync("/clients");
        Assert.Equal("/signin", clients.RequestMessage!.RequestUri!.AbsolutePath);
        await node.StopAsync();
    }

    [Fact]
    public async Task AgencySignIn_LockedAccount_IsRefused_AndPasswordSignInStillWorks()
    {
        await using var node = await StartNodeAsync();
        var departed = $"departed.{Guid.NewGuid():N}@agency.example";
        await using (var scope = node.Services.CreateAsyncScope())
        {
            // A staff member without a sign-in yet gets a passwordless account that is locked (as when someone leaves).
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var staffId = await db.Staff.Where(s => !db.Users.Any(u => u.StaffId == s.Id)).Select(s => s.Id).FirstAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var account = new StaffUser { UserName = departed, Email = departed, EmailConfirmed = true, StaffId = staffId };
            Assert.True((await users.CreateAsync(account)).Succeeded);
            await users.SetLockoutEnabledAsync(account, true);
            await users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue);
        }

        using var browser = Browser(node);
        idp.SignInAs = departed;
        using var refused = await browser.GetAsync("/signin/agency");
        var page = await Parser.ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal("/signin", refused.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("deactivated or locked", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);

        // The password sign-in is still there beside it.
        var (_, posted, _) = await PageSignIn.SignInAsync(new Uri(node.Urls.First()), TautokoServer.Email(Accounts.Navigator), TautokoServer.DemoPassword, new Dictionary<string, string>());
        Assert.Equal("/", posted.Headers.Location?.OriginalString);
        await node.StopAsync();
    }

    [Fact]
    public async Task AgencySignIn_ProviderUnreachable_EndsOnTheSignInPageWithAMessage()
    {
        await using var node = await server.StartSecondNodeAsync(
            "--Oidc:Authority", $"http://127.0.0.1:{LoopbackSmtpServer.UnusedPort()}/",
            "--Oidc:ClientId", "tautoko",
            "--Oidc:DisplayName", AgencyName,
            "--Oidc:RequireHttpsMetadata", "false");
        using var browser = Browser(node);

        using var refused = await browser.GetAsync("/signin/agency");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("/signin", refused.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await Parser.ParseDocumentAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"Signing in with {AgencyName} did not complete", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        await node.StopAsync();
    }

    [Fact]
    public async Task NotConfigured_NoAgencyButton_AndTheStartIs404()
    {
        var page = await Parser.ParseDocumentAsync(await server.Http.GetStringAsync("/signin"));
        using var start = await server.Http.GetAsync("/signin/agency");

        Assert.Null(page.QuerySelector("#agency-signin"));
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }

    /// <summary>Agency sign-in attempts audited for the e-mail, as password sign-ins are.</summary>
    private static async Task<int> CountAuditAsync(WebApplication node, AuditAction action, string email)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        return await db.AuditEntries.CountAsync(a => a.Action == action && a.UserName == email && a.Detail!.StartsWith("Agency sign-in"));
    }

    private static HttpClient Browser(WebApplication node) =>
        new(new HttpClientHandler { AllowAutoRedirect = true, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(node.Urls.First()),
            Timeout = TimeSpan.FromSeconds(60),
        };

    private async Task<WebApplication> StartNodeAsync()
    {
        // The provider must know the node's callback address before the node starts, so the node gets a free port chosen here.
        var port = LoopbackSmtpServer.UnusedPort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var clientId = await idp.RegisterClientAsync(address);
        return await server.StartSecondNodeAsync(
            "--urls", address.ToString().TrimEnd('/'),
            "--Oidc:Authority", idp.Authority.ToString(),
            "--Oidc:ClientId", clientId,
            "--Oidc:ClientSecret", LoopbackIdentityProvider.ClientSecret,
            "--Oidc:DisplayName", AgencyName,
            "--Oidc:RequireHttpsMetadata", "false");
    }
}
