using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.CoreExpectations.Pages;

/// <summary>A site's case managers compared on the core-expectations score, lowest first.</summary>
[ReadsNoClientInformation]
public sealed class SiteComparisonModel(CoreExpectationsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid SiteId { get; set; }

    public SiteExpectationsView? View { get; private set; }

    public string? Problem { get; private set; }

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
