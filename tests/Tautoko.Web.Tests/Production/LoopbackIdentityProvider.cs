using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tautoko.Web.Tests.Production;

/// <summary>
/// A real OpenID Connect server (OpenIddict) on a loopback port, standing in for an agency's identity provider:
/// discovery, authorization code flow with PKCE required, signed ID tokens, client applications kept in
/// a throw-away SQLite file. Whoever "signs in" at it is <see cref="SignInAs"/> (its login screen is not under test).
/// </summary>
public sealed class LoopbackIdentityProvider : IAsyncLifetime
{
    public const string ClientSecret = "agency-client-secret-for-tests";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"tautoko-idp-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    /// <summary>The e-mail address the identity provider vouches for on the next sign-in.</summary>
    public string? SignInAs { get; set; }

    /// <summary>A role the identity provider also asserts: Tautoko must ignore it (roles stay Tautoko's).</summary>
    public string AssertedRole { get; set; } = "NationalOffice";

    public Uri Authority { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "LoopbackIdentityProvider", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<IdentityProviderDb>(db => db.UseSqlite($"Data Source={_path}").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityProviderDb>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.DisableAccessTokenEncryption();
                server.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        _app = builder.Build();
        _app.UseRouting();
        _app.UseAuthentication();
        _app.MapMethods("/connect/authorize", ["GET", "POST"], Authorize);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentityProviderDb>().Database.EnsureCreatedAsync();
        }

        await _app.StartAsync();
        Authority = new Uri(_app.Urls.First() + "/");
    }

    /// <summary>Registers Tautoko (one node) as a confidential client that must use PKCE, and returns its client id.</summary>
    public async Task<string> RegisterClientAsync(Uri tautoko)
    {
        var clientId = $"tautoko-{tautoko.Port}";
        await using var scope = _app!.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(tautoko, "/signin-agency") },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
        return clientId;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (SignInAs is not { } email)
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, email));
        identity.AddClaim(new Claim(Claims.Email, email));
        identity.AddClaim(new Claim(Claims.Name, "Agency person"));
        identity.AddClaim(new Claim(Claims.Role, AssertedRole));
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private sealed class IdentityProviderDb(DbContextOptions<IdentityProviderDb> options) : DbContext(options);
}
