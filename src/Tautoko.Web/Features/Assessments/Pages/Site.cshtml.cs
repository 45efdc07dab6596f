using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Assessments.Pages;

/// <summary>A site's ICS assessment report: counts and means only, for the site's manager and national office.</summary>
[ReadsNoClientInformation]
public sealed class SiteModel(SiteAssessmentsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SiteAssessmentsView? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await handler.ReportAsync(new SiteId(Id), ct);
        switch (outcome.Failure)
        {
            case null:
                Report = outcome.Value;
                return Page();
            case Failure.Missing:
                return NotFound();
            default:
                return StatusCode(StatusCodes.Status403Forbidden);
        }
    }
}
