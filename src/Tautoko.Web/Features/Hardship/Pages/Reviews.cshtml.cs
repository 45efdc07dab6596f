using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Features.Hardship.Reviews;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Pages;

/// <summary>The reviews register: reviews of decision in the person's scope, open, closed or all; paged.</summary>
[ReadsClientInformation]
public sealed class ReviewsModel(ReviewsRegisterHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<ReviewRow>? Reviews { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        var outcome = await handler.RegisterAsync(Status, page, ct);
        if (outcome.Failure is { } failure)
        {
            Problem = failure.Message;
            Response.StatusCode = failure is Core.Common.Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Page();
        }

        Reviews = outcome.Value;
        return Page();
    }
}
