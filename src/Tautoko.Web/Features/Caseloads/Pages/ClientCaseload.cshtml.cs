using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Features.Caseloads;
using Tautoko.Web.Features.Caseloads.Assignment.Pages;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Caseloads.Pages;

public sealed class CaseloadModel(ClientCaseloadHandler handler, PlacementHandler placements, ExitHandler exits, TransferHandler transfers, TautokoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ClientCaseloadView? View { get; private set; }

    public AccessDecision? Refusal { get; private set; }

    public IReadOnlyList<SiteOption> Sites { get; private set; } = [];

    public Guid HomeSiteId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPlaceAsync(Guid? caseManagerId, string? reason, string? lmi1Reason, CancellationToken ct) =>
        Done(await placements.PlaceAsync(new ClientId(Id), new PlaceInput(caseManagerId, reason, lmi1Reason), ct));

    public async Task<IActionResult> OnPostExitAsync(Guid placementId, ExitInput input, CancellationToken ct) =>
        Done(await exits.ExitAsync(placementId, input, ct));

    public async Task<IActionResult> OnPostContractedAsync(Guid placementId, ContractedServiceInput input, CancellationToken ct)
    {
        var (change, result) = await exits.ContractedServiceAsync(placementId, input, ct);
        TempData["Message"] = result is null ? Outcomes.Message(change) : $"{Outcomes.Message(change)} {result.Explanation}";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostTransferAsync(TransferInput input, CancellationToken ct) =>
        Done(await transfers.RequestAsync(new ClientId(Id), input, ct));

    private RedirectToPageResult Done(CaseloadChange change)
    {
        TempData["Message"] = Outcomes.Message(change);
        return RedirectToPage(new { id = Id });
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var (access, view) = await handler.GetAsync(new ClientId(Id), ct);
        if (!access.Found)
        {
            return NotFound();
        }

        if (view is null)
        {
            Refusal = access.Decision;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        View = view;
        var clientId = new ClientId(Id);
        HomeSiteId = (await db.Clients.Where(c => c.Id == clientId).Select(c => c.HomeSiteId).SingleAsync(ct)).Value;
        Sites = await db.Sites.AsNoTracking().Where(s => s.Kind == Core.Sites.SiteKind.ServiceCentre).OrderBy(s => s.Name).Select(s => new SiteOption(s.Id.Value, s.Name)).ToListAsync(ct);
        return Page();
    }
}
