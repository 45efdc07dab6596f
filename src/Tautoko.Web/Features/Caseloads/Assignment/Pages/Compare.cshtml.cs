using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Assignment.Pages;

[ReadsClientInformation]
public sealed class CompareModel(ProposalReviewHandler review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? A { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? B { get; set; }

    public ProposalComparison? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!review.MayView)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else if (A is { } a && B is { } b)
        {
            Result = await review.CompareAsync(a, b, ct);
        }
    }
}
