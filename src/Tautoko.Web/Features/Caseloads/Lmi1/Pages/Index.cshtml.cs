using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads.Lmi1;
using Tautoko.Web.Features.Caseloads.Assignment.Pages;

namespace Tautoko.Web.Features.Caseloads.Lmi1.Pages;

public sealed class IndexModel(Lmi1Handler handler, CurrentStaff me) : PageModel
{
    public Lmi1View? View { get; private set; }

    public bool MayEdit => me.Role == Core.Staff.StaffRole.NationalOffice;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (handler.MayView)
        {
            View = await handler.GetAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostThresholdAsync(double? threshold, int? version, CancellationToken ct)
    {
        TempData["Message"] = Outcomes.Message(await handler.SetThresholdAsync(new ThresholdInput(threshold, version), ct));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var (change, result) = await handler.RunNowAsync(ct);
        TempData["Message"] = result is null ? Outcomes.Message(change) : $"Model trained: held-out AUC {result.Auc:0.000}; {result.Tagged} clients newly tagged.";
        return RedirectToPage();
    }
}
