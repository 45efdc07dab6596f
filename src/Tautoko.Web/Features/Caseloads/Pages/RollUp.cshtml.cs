using Tautoko.Core.Caseloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Pages;

[ReadsNoClientInformation]
public sealed class RollUpModel(CaseloadQueryHandler handler, CurrentStaff me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public RollUpView? View { get; private set; }

    public string? Problem { get; private set; }

    public bool MayAssign => CaseloadScope.MayAssign(me.Viewer) && (View?.Id is not null || CaseloadScope.MaySeeNational(me.Viewer));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Kind == "regions" && Id is null)
        {
            return Redirect($"/caseloads/regions/{me.RegionId}");
        }

        var read = Kind == "national" ? await handler.NationalAsync(ct) : await handler.RegionAsync(new RegionId(Id!.Value), ct);
        switch (read.Failure)
        {
            case null:
                View = read.Value;
                return Page();
            case Failure.AccessRefused refused:
                Problem = refused.Message;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return NotFound();
        }
    }
}
