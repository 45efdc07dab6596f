using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Auth.Pages;

/// <summary>Starts the agency's OpenID Connect sign-in (404 when it is not configured).</summary>
[AllowAnonymous]
public sealed class AgencySignInModel(AgencySignInSettings agency) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (!agency.Enabled)
        {
            return NotFound();
        }

        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        return Challenge(
            new AuthenticationProperties { RedirectUri = $"{AgencySignInSettings.ContinuePath}?returnUrl={Uri.EscapeDataString(back)}" },
            AgencySignInSettings.Scheme);
    }
}
