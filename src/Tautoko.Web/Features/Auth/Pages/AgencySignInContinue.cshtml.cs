using Tautoko.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tautoko.Web.Features.Auth.Pages;

/// <summary>
/// Where the agency sign-in lands: the identity provider's redirect was cross-site, so the browser would hold back the
/// SameSite=Strict sign-in cookie on the next redirect. This page moves on from Tautoko itself, where the cookie goes along.
/// </summary>
[AllowAnonymous]
[ReadsNoClientInformation]
public sealed class AgencySignInContinueModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Target => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public void OnGet()
    {
    }
}
