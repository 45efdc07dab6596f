using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Pages;

public sealed class SiteModel(CaseloadQueryHandler handler, CurrentStaff me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid SiteId { get; set; }

    public SiteCaseloadsView? View { get; private set; }

    public string? Problem { get; private set; }

    public bool MayAssign => CaseloadScope.MayAssign(me.Viewer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        switch (await handler.SiteAsync(new SiteId(SiteId), ct))
        {
            case CaseloadRead<SiteCaseloadsView>.Found found:
                View = found.Value;
                return Page();
            case CaseloadRead<SiteCaseloadsView>.Refused refused:
                Problem = refused.Reason;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return NotFound();
        }
    }
}
