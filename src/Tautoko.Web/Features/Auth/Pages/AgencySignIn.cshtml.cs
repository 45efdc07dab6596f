using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Auth.Pages;

/// <summary>Starts the agency's OpenID Connect sign-in (404 when it is not configured).</summary>
[AllowAnonymous]
[ReadsNoClientInformation]
public sealed class AgencySignInModel(AgencySignInSettings agency, ILogger<AgencySignInModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!agency.Enabled)
        {
            return NotFound();
        }

        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        try
        {
            // Challenged here rather than through a ChallengeResult, so a provider that cannot be reached
            // (its metadata is read now) ends on the sign-in page with a message, not an error.
            await HttpContext.ChallengeAsync(
                AgencySignInSettings.Scheme,
                new AuthenticationProperties { RedirectUri = $"{AgencySignInSettings.ContinuePath}?returnUrl={Uri.EscapeDataString(back!)}" });
            return new EmptyResult();
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogWarning(e, "Agency sign-in could not start: {Reason}", e.Message);
            return Redirect($"/signin?agency={AgencySignInRefusal.Failed}");
        }
    }
}
