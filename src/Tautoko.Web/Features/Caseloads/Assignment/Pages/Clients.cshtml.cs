using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads.Assignment.Pages;

[ReadsClientInformation]
public sealed class ClientsModel(ProposalReviewHandler review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<ClientExplanation>? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!review.MayView)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        if (await review.GetAsync(Id, ct) is null)
        {
            return NotFound();
        }

        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        Result = await review.ClientsAsync(Id, page, ct);
        return Page();
    }
}
