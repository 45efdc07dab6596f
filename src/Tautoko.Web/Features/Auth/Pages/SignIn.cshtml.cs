using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Auth;

namespace Tautoko.Web.Features.Auth.Pages;

[EnableRateLimiting(RateLimits.SignIn)]
[ReadsNoClientInformation]
public sealed class SignInModel(SignInHandler handler, TautokoOptions options, DemoData demo, AgencySignInSettings agency) : PageModel
{
    /// <summary>The agency's identity provider, when agency sign-in is configured.</summary>
    public AgencySignInSettings? Agency => agency.Enabled ? agency : null;

    /// <summary>Why the last agency sign-in was refused (`?agency=unknown|inactive|failed`).</summary>
    [BindProperty(Name = "agency", SupportsGet = true)]
    public string? AgencyRefusal { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Error = AgencySignInRefusal.Message(AgencyRefusal, agency.DisplayName);
        await LoadDemoAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var signedIn = await handler.CheckAsync(Email, Password, ct);
        switch (signedIn.Failure)
        {
            case null:
                await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, signedIn.Value);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case Failure.AccessRefused { Decision.Rule: SignInHandler.LockedOutRule }:
                Error = "Too many wrong passwords: this account is locked for 15 minutes. Ask your manager if you need it sooner.";
                break;
            default:
                Error = "The e-mail or password is not right.";
                break;
        }

        await LoadDemoAsync(ct);
        return Page();
    }

    private async Task LoadDemoAsync(CancellationToken ct)
    {
        if (options.Demo)
        {
            DemoAccounts = await demo.ListAccountsAsync(ct);
        }
    }
}
