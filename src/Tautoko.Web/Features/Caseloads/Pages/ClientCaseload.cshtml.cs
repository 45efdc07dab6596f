using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform.Pages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads.Pages;

[ReadsClientInformation]
public sealed class CaseloadModel(ClientCaseloadHandler handler, PlacementHandler placements, ExitHandler exits, TransferHandler transfers, TautokoDbContext db) : ClientPageModel
{
    public ClientCaseloadView? View { get; private set; }

    public IReadOnlyList<SiteOption> Sites { get; private set; } = [];

    public Guid HomeSiteId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.GetAsync(new ClientId(Id), ct);
        if (!read.IsDone)
        {
            return Show(read, _ => { });
        }

        View = read.Value;
        var clientId = new ClientId(Id);
        HomeSiteId = (await db.Clients.Where(c => c.Id == clientId).Select(c => c.HomeSiteId).SingleAsync(ct)).Value;
        Sites = await db.Sites.AsNoTracking().Where(s => s.Kind == Core.Sites.SiteKind.ServiceCentre).OrderBy(s => s.Name).Select(s => new SiteOption(s.Id.Value, s.Name)).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPlaceAsync(Guid? caseManagerId, string? reason, string? lmi1Reason, CancellationToken ct) =>
        Done(await placements.PlaceAsync(new ClientId(Id), new PlaceInput(caseManagerId, reason, lmi1Reason), ct));

    public async Task<IActionResult> OnPostExitAsync(Guid placementId, ExitInput input, CancellationToken ct) =>
        Done(await exits.ExitAsync(placementId, input, ct));

    public async Task<IActionResult> OnPostContractedAsync(Guid placementId, ContractedServiceInput input, CancellationToken ct)
    {
        var outcome = await exits.ContractedServiceAsync(placementId, input, ct);
        TempData["Message"] = outcome.TryGet(out var done, out var failure) ? $"{done.Change.Message} {done.Result.Explanation}" : failure.Message;
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostTransferAsync(TransferInput input, CancellationToken ct) =>
        Done(await transfers.RequestAsync(new ClientId(Id), input, ct));

    private RedirectToPageResult Done(Outcome<Changed> outcome)
    {
        TempData["Message"] = outcome.IsDone ? outcome.Value.Message : outcome.Failure.Message;
        return RedirectToPage(new { id = Id });
    }
}
