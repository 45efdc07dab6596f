using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Clients.EditClient;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Clients.Pages;

public sealed class NewModel(EditClientHandler handler, TautokoDbContext db, CurrentStaff me) : PageModel
{
    [BindProperty]
    public ClientForm Form { get; set; } = new();

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form.HomeSiteId = me.SiteId.Value;
        Form.Sites = await SiteOptions.ServiceCentresAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch (await handler.CreateAsync(Form.ToInput(), ct))
        {
            case EditResult.Saved saved:
                TempData["Message"] = "Client record created.";
                return Redirect($"/clients/{saved.Id}");
            case EditResult.Invalid invalid:
                Form.Problems = invalid.Problems;
                break;
            case EditResult.Refused refused:
                Problem = refused.Decision.Reason;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
        }

        Form.Sites = await SiteOptions.ServiceCentresAsync(db, ct);
        return Page();
    }
}
