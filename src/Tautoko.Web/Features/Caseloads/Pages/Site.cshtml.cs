using Tautoko.Core.Caseloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Pages;

[ReadsNoClientInformation]
public sealed class SiteModel(CaseloadQueryHandler handler, CurrentStaff me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid SiteId { get; set; }

    public SiteCaseloadsView? View { get; private set; }

    public string? Problem { get; private set; }

    public bool MayAssign => CaseloadScope.MayAssign(me.Viewer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.SiteAsync(new SiteId(SiteId), ct);
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
