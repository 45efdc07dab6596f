using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Features.Caseloads;
namespace Tautoko.Web.Features.Caseloads.Assignment.Pages;

[ReadsClientInformation]
public sealed class ReviewModel(ProposalReviewHandler review, ProposalDecisionHandler decisions, TautokoDbContext db, CurrentStaff me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Client { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public ProposalView? View { get; private set; }

    public Paged<ProposalLineView>? Lines { get; private set; }

    public ClientExplanation? Explanation { get; private set; }

    public IReadOnlyList<ProposalListItem> Others { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!review.MayView)
        {
            Problem = "Connectors, service centre managers and national office see proposals.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        View = await review.GetAsync(Id, ct);
        if (View is null)
        {
            return NotFound();
        }

        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        Lines = await review.LinesAsync(Id, null, page, ct);
        Others = [.. (await review.ListAsync(new PageRequest(1, 30), ct)).Items.Where(p => p.Id != Id)];
        if (!string.IsNullOrWhiteSpace(Client) && await ClientIdAsync(Client, ct) is { } clientId)
        {
            Explanation = await review.ExplainAsync(Id, clientId, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct) =>
        Done(await decisions.ApplyAsync(Id, Actor.From(me), me.Viewer, ct));

    public async Task<IActionResult> OnPostRejectAsync(string? reason, CancellationToken ct) =>
        Done(await decisions.RejectAsync(Id, reason, Actor.From(me), me.Viewer, ct));

    public async Task<IActionResult> OnPostWithdrawAsync(Guid lineId, string? reason, CancellationToken ct) =>
        Done(await decisions.OverrideAsync(Id, new OverrideInput("withdraw", lineId, null, null, reason), Actor.From(me), me.Viewer, ct));

    public async Task<IActionResult> OnPostAddAsync(string? clientNumber, Guid? caseManagerId, string? reason, CancellationToken ct)
    {
        if (await ClientIdAsync(clientNumber, ct) is not { } clientId)
        {
            TempData["Message"] = "There is no client with that number.";
            return RedirectToPage(new { id = Id });
        }

        return Done(await decisions.OverrideAsync(Id, new OverrideInput("add", null, clientId.Value, caseManagerId, reason), Actor.From(me), me.Viewer, ct));
    }

    private RedirectToPageResult Done(Outcome<Changed> outcome)
    {
        TempData["Message"] = outcome.IsDone ? outcome.Value.Message : outcome.Failure.Message;
        return RedirectToPage(new { id = Id });
    }

    private RedirectToPageResult Done(Outcome<ApplyResult> outcome)
    {
        TempData["Message"] = outcome.IsDone ? outcome.Value.Message : outcome.Failure.Message;
        return RedirectToPage(new { id = Id });
    }

    private async Task<ClientId?> ClientIdAsync(string? number, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number) || !ClientNumbers.IsValid(number))
        {
            return null;
        }

        var normalised = ClientNumbers.Normalise(number);
        return await db.Clients.AsNoTracking().Where(c => c.ClientNumber == normalised).Select(c => (ClientId?)c.Id).SingleOrDefaultAsync(ct);
    }
}
