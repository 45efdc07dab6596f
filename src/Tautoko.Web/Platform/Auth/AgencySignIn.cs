using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Data;
using Tautoko.Data.Identity;

namespace Tautoko.Web.Platform;

/// <summary>
/// The agency's own identity provider (OpenID Connect), off unless `Oidc:Authority` and `Oidc:ClientId` are set.
/// It proves who the person is; Tautoko's staff account decides their role and site scope.
/// </summary>
public sealed class AgencySignInSettings
{
    public const string Scheme = "agency";
    public const string CallbackPath = "/signin-agency";
    public const string StartPath = "/signin/agency";
    public const string ContinuePath = "/signin/agency/continue";

    public string? Authority { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>Shown on the button: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; init; } = "your agency account";

    /// <summary>The claim of the identity provider whose value is the staff member's Tautoko account e-mail.</summary>
    public string Claim { get; init; } = "email";

    /// <summary>Off only for a test identity provider on loopback http.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    public static AgencySignInSettings From(IConfiguration configuration)
    {
        var oidc = configuration.GetSection("Oidc");
        return new AgencySignInSettings
        {
            Authority = oidc["Authority"],
            ClientId = oidc["ClientId"],
            ClientSecret = oidc["ClientSecret"],
            DisplayName = string.IsNullOrWhiteSpace(oidc["DisplayName"]) ? "your agency account" : oidc["DisplayName"]!,
            Claim = string.IsNullOrWhiteSpace(oidc["Claim"]) ? "email" : oidc["Claim"]!,
            RequireHttpsMetadata = !string.Equals(oidc["RequireHttpsMetadata"], "false", StringComparison.OrdinalIgnoreCase),
        };
    }
}

/// <summary>Why an agency sign-in was refused, as the sign-in page explains it (`/signin?agency=…`).</summary>
public static class AgencySignInRefusal
{
    public const string Unknown = "unknown";
    public const string Inactive = "inactive";
    public const string Failed = "failed";

    public static string? Message(string? code, string provider) => code switch
    {
        Unknown => $"You signed in with {provider}, but no Tautoko staff account has that e-mail address. Ask your manager to check your staff record.",
        Inactive => $"You signed in with {provider}, but your Tautoko staff account is deactivated or locked. Ask your manager.",
        Failed => $"Signing in with {provider} did not complete. Try again, or sign in with your password.",
        _ => null,
    };
}

public static class AgencySignIn
{
    /// <summary>Authorization code flow with PKCE; the signed-in cookie holds Tautoko's own staff principal.</summary>
    public static AuthenticationBuilder AddAgencySignIn(this AuthenticationBuilder auth, AgencySignInSettings settings) =>
        auth.AddOpenIdConnect(AgencySignInSettings.Scheme, settings.DisplayName, oidc =>
        {
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            // The code comes back on a top-level GET, so the correlation cookies can be Lax (no SameSite=None needed), and
            // Secure as the request is (the cookie policy makes them Secure behind TLS); plain-http loopback keeps working.
            oidc.ResponseMode = "query";
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.CallbackPath = AgencySignInSettings.CallbackPath;
            oidc.SignInScheme = IdentityConstants.ApplicationScheme;
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            oidc.Scope.Add("profile");
            oidc.Scope.Add("email");
            oidc.Events.OnTokenValidated = async context =>
            {
                var mapper = context.HttpContext.RequestServices.GetRequiredService<AgencyStaffMapper>();
                var (principal, refusal) = await mapper.MapAsync(context.Principal?.FindFirst(settings.Claim)?.Value, context.HttpContext.RequestAborted);
                if (principal is null)
                {
                    context.HandleResponse();
                    context.Response.Redirect($"/signin?agency={refusal}");
                    return;
                }

                context.Principal = principal;
            };
            oidc.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILogger<AgencyStaffMapper>>()
                    .LogWarning(context.Failure, "Agency sign-in did not complete: {Reason}", context.Failure?.Message);
                context.HandleResponse();
                context.Response.Redirect($"/signin?agency={AgencySignInRefusal.Failed}");
                return Task.CompletedTask;
            };
        });
}

/// <summary>
/// Maps the person the agency's identity provider vouched for to their Tautoko staff account (by its e-mail),
/// refusing an unknown, deactivated or locked account, and audits each attempt like a password sign-in.
/// </summary>
public sealed class AgencyStaffMapper(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    TautokoDbContext db,
    AuditLog audit,
    IHttpContextAccessor http,
    ILogger<AgencyStaffMapper> logger)
{
    private const string Via = "Agency sign-in (OpenID Connect)";

    public async Task<(ClaimsPrincipal? Principal, string? Refusal)> MapAsync(string? identifier, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(identifier) ? null : await users.FindByEmailAsync(identifier.Trim());
        if (user is null)
        {
            await AuditAsync(null, identifier, AuditAction.SignInFailed, $"{Via}: no staff account", ct);
            return (null, AgencySignInRefusal.Unknown);
        }

        var active = await db.Staff.AsNoTracking().AnyAsync(s => s.Id == user.StaffId && s.IsActive, ct);
        if (!active || await users.IsLockedOutAsync(user))
        {
            await AuditAsync(user, identifier, AuditAction.SignInFailed, $"{Via}: staff account deactivated or locked", ct);
            logger.LogWarning("Agency sign-in for {UserId} refused: deactivated or locked", user.Id);
            return (null, AgencySignInRefusal.Inactive);
        }

        await AuditAsync(user, identifier, AuditAction.SignIn, Via, ct);
        return (await signIn.CreateUserPrincipalAsync(user), null);
    }

    private async Task AuditAsync(StaffUser? user, string? identifier, AuditAction action, string detail, CancellationToken ct)
    {
        var actor = new Actor(user?.StaffId, identifier?.Trim() ?? string.Empty, http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        audit.Add(actor, action, "Account", user?.Id.ToString(), null, detail);
        await db.SaveChangesAsync(ct);
    }
}
