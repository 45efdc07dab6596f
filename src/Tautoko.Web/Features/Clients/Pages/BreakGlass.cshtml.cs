using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Clients.BreakGlass;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.Pages;

[ReadsClientInformation]
public sealed class BreakGlassModel(BreakGlassHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch ((await handler.GrantAsync(new ClientId(Id), new BreakGlassInput(Reason), ct)).Failure)
        {
            case null:
                return Redirect($"/clients/{Id}");
            case Failure.InvalidInput invalid:
                Problem = invalid.Message;
                return Page();
            case Failure.AccessRefused refused:
                Problem = refused.Decision.Reason;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return NotFound();
        }
    }
}
