using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Pages;

[ReadsClientInformation]
public sealed class TransfersModel(TransferHandler handler, CaseloadQueryHandler caseloads, TautokoDbContext db, CurrentStaff me) : PageModel
{
    public IReadOnlyList<TransferView> Requests { get; private set; } = [];

    public IReadOnlyList<CaseloadFill> CaseManagers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Requests = await handler.ListAsync(null, false, ct);
        var site = me.SiteId;
        CaseManagers = await caseloads.FillsAsync(db.Caseloads.Where(c => c.SiteId == site), ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid requestId, bool approve, string? note, Guid? toCaseManagerId, CancellationToken ct)
    {
        var outcome = await handler.DecideAsync(requestId, new TransferDecisionInput(approve, note, toCaseManagerId), ct);
        TempData["Message"] = outcome.IsDone ? outcome.Value.Message : outcome.Failure.Message;
        return RedirectToPage();
    }
}
