using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Clients.BreakGlass;

namespace Tautoko.Web.Features.Clients.Pages;

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
        switch (await handler.GrantAsync(new ClientId(Id), new BreakGlassInput(Reason), ct))
        {
            case BreakGlassResult.Granted:
                return Redirect($"/clients/{Id}");
            case BreakGlassResult.Invalid invalid:
                Problem = string.Join(" ", invalid.Problems.SelectMany(p => p.Value));
                return Page();
            case BreakGlassResult.Refused refused:
                Problem = $"{refused.Decision.Reason} (rule {refused.Decision.Rule})";
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return NotFound();
        }
    }
}
