using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Features.Hardship.Reviews;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Pages;

/// <summary>The review window (three months from notice by default); national office changes it.</summary>
[ReadsNoClientInformation]
public sealed class ReviewWindowModel(ReviewWindowHandler handler, CurrentStaff me) : PageModel
{
    public ReviewWindowView? Window { get; private set; }

    [BindProperty]
    public int? Months { get; set; }

    [BindProperty]
    public int? InternalReviewDays { get; set; }

    public string? Problem { get; private set; }

    public bool MayChange => me.Role == StaffRole.NationalOffice;

    public async Task OnGetAsync(CancellationToken ct) => Window = await handler.GetAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.ChangeAsync(new ReviewWindowInput(Months, InternalReviewDays), ct);
        if (outcome.Failure is null)
        {
            TempData["Message"] = "Review window saved.";
            return Redirect("/hardship/review-window");
        }

        Problem = outcome.Failure.Message;
        if (outcome.Failure is Failure.AccessRefused)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        Window = await handler.GetAsync(ct);
        return Page();
    }
}
