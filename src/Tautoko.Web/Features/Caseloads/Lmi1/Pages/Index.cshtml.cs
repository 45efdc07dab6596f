using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads.Lmi1;

namespace Tautoko.Web.Features.Caseloads.Lmi1.Pages;

[ReadsNoClientInformation]
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
        else
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }

    public async Task<IActionResult> OnPostThresholdAsync(double? threshold, int? version, CancellationToken ct)
    {
        var outcome = await handler.SetThresholdAsync(new ThresholdInput(threshold, version), ct);
        TempData["Message"] = outcome.IsDone ? outcome.Value.Message : outcome.Failure.Message;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var outcome = await handler.RunNowAsync(ct);
        TempData["Message"] = outcome.TryGet(out var result, out var failure) ? $"Model trained: held-out AUC {result.Auc:0.000}; {result.Tagged} clients newly tagged." : failure.Message;
        return RedirectToPage();
    }
}
