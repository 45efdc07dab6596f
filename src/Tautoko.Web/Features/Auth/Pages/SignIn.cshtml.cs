using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Auth;

namespace Tautoko.Web.Features.Auth.Pages;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInHandler handler, TautokoOptions options, DemoData demo) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<DemoAccount> DemoAccounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadDemoAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch (await handler.CheckAsync(Email, Password, ct))
        {
            case SignInOutcome.Success success:
                await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, success.Principal);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.LockedOut:
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
