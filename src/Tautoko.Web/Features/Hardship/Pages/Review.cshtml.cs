using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Web.Features.Hardship.Reviews;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Pages;

/// <summary>One review of decision: refer to the Benefit Review Committee, or record one of the seven outcomes .</summary>
[ReadsClientInformation]
public sealed class ReviewModel(ReviewsHandler reviews, CurrentStaff me) : HardshipPageModel(me)
{
    [BindProperty(SupportsGet = true)]
    public Guid ReviewId { get; set; }

    public ReviewView? Review { get; private set; }

    [BindProperty]
    public DateOnly? HearingOn { get; set; }

    [BindProperty]
    public ReviewOutcome? Outcome { get; set; }

    [BindProperty]
    public decimal? Amount { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReferAsync(CancellationToken ct) =>
        await AfterAsync(await reviews.ReferAsync(ReviewId, new ReferInput(HearingOn, Note), ct), "Referred to the Benefit Review Committee.", ct);

    public async Task<IActionResult> OnPostOutcomeAsync(CancellationToken ct) =>
        await AfterAsync(await reviews.CloseAsync(ReviewId, new ReviewOutcomeInput(Outcome, Amount, Note), ct), "Outcome recorded; the client is told.", ct);

    private async Task<IActionResult> AfterAsync(Outcome<ReviewView> outcome, string done, CancellationToken ct)
    {
        if (outcome.Failure is null)
        {
            TempData["Message"] = done;
            return Redirect($"/hardship/reviews/{ReviewId}");
        }

        if (outcome.Failure is Failure.Missing)
        {
            return NotFound();
        }

        var shown = await LoadAsync(ct);
        Explain(outcome.Failure);
        return shown;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var outcome = await reviews.GetAsync(ReviewId, ct);
        if (outcome.Failure is null)
        {
            Id = outcome.Value.ClientId;
        }
        else if (outcome.Failure is Failure.AccessRefused { ClientId: { } client })
        {
            Id = client; // the refusal's break-glass link names the client
        }

        return Show(outcome, r => Review = r);
    }
}
