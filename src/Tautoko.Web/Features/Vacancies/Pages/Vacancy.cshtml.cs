using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies.Pages;

/// <summary>A vacancy with its ranked work-ready clients and the reasons, and a Refer button per client (a form, no JavaScript).</summary>
[ReadsClientInformation]
public sealed class VacancyModel(MatchingHandler matching, ReferralHandler referrals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public VacancyMatchesView? View { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReferAsync(Guid clientId, CancellationToken ct)
    {
        var outcome = await referrals.ReferAsync(new ClientId(clientId), new ReferralInput("vacancy", Id, null, null, null), ct);
        if (outcome.Failure is null)
        {
            TempData["Message"] = "Referred. The referral is on the client's referrals page and your worklist.";
            return Redirect($"/vacancies/{Id}");
        }

        Problem = outcome.Failure.Message;
        var page = await LoadAsync(ct);
        Response.StatusCode = outcome.Failure switch
        {
            Failure.AccessRefused => StatusCodes.Status403Forbidden,
            Failure.InvalidInput => StatusCodes.Status400BadRequest,
            Failure.StateConflict => StatusCodes.Status409Conflict,
            Failure.Missing => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return page;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var read = await matching.MatchesForVacancyAsync(Id, 20, ct);
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
