using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Tautoko.Core.Staff;

namespace Tautoko.Web.Platform;

public static class StaffAuthentication
{
    public const string Scheme = "Staff";

    public static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        cookie.LoginPath = "/signin";
        cookie.LogoutPath = "/signout";
        cookie.AccessDeniedPath = "/Error";
        cookie.Cookie.Name = "tautoko";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(9);
        cookie.SlidingExpiration = true;
        // An API caller gets a status code, not a redirect to the sign-in page.
        cookie.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = async context =>
        {
            // a refused request is audited, here for a page or route refused by a role policy.
            var audit = context.HttpContext.RequestServices.GetRequiredService<AuditLog>();
            await audit.RecordAsync(Core.Audit.AuditAction.AccessRefused, "Route", context.Request.Path.Value ?? "/", null, "role policy", false, context.HttpContext.RequestAborted);
            await ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        };
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

public static class StaffClaimTypes
{
    public const string StaffId = "tautoko:staff";
    public const string Role = "tautoko:role";
    public const string Variant = "tautoko:variant";
    public const string SiteId = "tautoko:site";
    public const string RegionId = "tautoko:region";
    public const string ServedRegion = "tautoko:served-region";
    public const string FullName = "tautoko:name";
}

public static class StaffPolicies
{
    public const string SiteManagement = "site-management";

    public static void RequireSiteManagement(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(StaffAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(StaffClaimTypes.Role, nameof(StaffRole.ServiceCentreManager), nameof(StaffRole.NationalOffice));
}
