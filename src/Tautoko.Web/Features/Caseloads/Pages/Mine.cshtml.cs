using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads.Pages;

[ReadsClientInformation]
public sealed class MineModel(CaseloadQueryHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? StaffId { get; set; }

    [BindProperty(SupportsGet = true)]
    public TimeInServiceBand? Band { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public MyCaseloadView? View { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        var read = await handler.MineAsync(StaffId is { } id ? new StaffId(id) : null, Band, page, ct);
        switch (read.Failure)
        {
            case null:
                View = read.Value;
                return Page();
            case Failure.AccessRefused refused:
                Problem = refused.Message;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            case Failure.Missing missing:
                Problem = missing.What + " Caseloads belong to case managers; managers and connectors see their site's caseloads.";
                return Page();
            default:
                return NotFound();
        }
    }
}
