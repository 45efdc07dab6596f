using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Clients.EditClient;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Clients.Pages;

[ReadsNoClientInformation]
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
        var created = await handler.CreateAsync(Form.ToInput(), ct);
        switch (created.Failure)
        {
            case null:
                TempData["Message"] = "Client record created.";
                return Redirect($"/clients/{created.Value.Id}");
            case Failure.InvalidInput invalid:
                Form.Problems = invalid.Errors.ToDictionary();
                break;
            case var failure:
                Problem = failure.Message;
                Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
                break;
        }

        Form.Sites = await SiteOptions.ServiceCentresAsync(db, ct);
        return Page();
    }
}
