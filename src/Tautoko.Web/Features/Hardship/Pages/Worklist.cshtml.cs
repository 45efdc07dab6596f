using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Features.Hardship.Reviews;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Pages;

/// <summary>The reviews officer's worklist: open reviews overdue, due within a week, and later.</summary>
[ReadsClientInformation]
public sealed class WorklistModel(ReviewsRegisterHandler handler) : PageModel
{
    public ReviewWorklist? Worklist { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await handler.WorklistAsync(ct);
        if (outcome.Failure is { } failure)
        {
            Problem = failure.Message;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Worklist = outcome.Value;
        return Page();
    }
}
