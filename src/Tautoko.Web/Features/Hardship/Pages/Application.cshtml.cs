using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Web.Features.Hardship.Applications;
using Tautoko.Web.Features.Hardship.Reviews;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Pages;

/// <summary>One application: its decision page (grant in full, in part, or decline with a reason) and the client's request for a review.</summary>
[ReadsClientInformation]
public sealed class ApplicationModel(ApplicationsHandler applications, DecisionHandler decisions, ReviewsHandler reviews, CurrentStaff me) : HardshipPageModel(me)
{
    [BindProperty(SupportsGet = true)]
    public Guid ApplicationId { get; set; }

    public ApplicationView? Application { get; private set; }

    [BindProperty]
    public DecisionKind? Decision { get; set; }

    [BindProperty]
    public decimal? Amount { get; set; }

    [BindProperty]
    public DeclineReason? DeclineReason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public ReviewRequester? RequestedBy { get; set; }

    [BindProperty]
    public string? Grounds { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public string? LateReason { get; set; }

    /// <summary>Which form the messages belong to: "decision" or "review".</summary>
    public string? Form { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        var outcome = await decisions.DecideAsync(new ClientId(Id), ApplicationId, new DecisionInput(Decision, Decision == DecisionKind.GrantInPart ? Amount : null, Decision == DecisionKind.Decline ? DeclineReason : null, Note), ct);
        if (outcome.Failure is null)
        {
            TempData["Message"] = $"Decision saved. {(outcome.Value.NoticeChannel is { } ch ? $"The client is told by {ch.ToLowerInvariant()}." : outcome.Value.Notice)}";
            return Redirect($"/clients/{Id}/hardship/applications/{ApplicationId}");
        }

        return await ExplainAsync(outcome.Failure, "decision", ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        var outcome = await reviews.RequestAsync(new ClientId(Id), ApplicationId, new ReviewRequestInput(RequestedBy, Grounds, ReceivedOn, LateReason), ct);
        if (outcome.Failure is null)
        {
            TempData["Message"] = $"Review of decision recorded; the internal review is due {outcome.Value.DueOn:d MMMM yyyy}.";
            return Redirect($"/hardship/reviews/{outcome.Value.Id}");
        }

        return await ExplainAsync(outcome.Failure, "review", ct);
    }

    private async Task<IActionResult> ExplainAsync(Failure failure, string form, CancellationToken ct)
    {
        if (failure is Failure.Missing)
        {
            return NotFound();
        }

        var shown = await LoadAsync(ct);
        Form = form;
        Explain(failure);
        return shown;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct) =>
        Show(await applications.GetAsync(new ClientId(Id), ApplicationId, ct), a => Application = a);
}
