using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.CoreExpectations.Pages;

/// <summary>A caseload's core-expectations check: the score and the clients, worst first, with their gaps.</summary>
[ReadsClientInformation]
public sealed class CaseloadCheckModel(CoreExpectationsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid StaffId { get; set; }

    public CaseloadExpectationsView? View { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.CaseloadAsync(new StaffId(StaffId), ct);
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
