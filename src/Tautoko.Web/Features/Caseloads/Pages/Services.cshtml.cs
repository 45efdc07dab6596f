using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Caseloads;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Pages;

[ReadsNoClientInformation]
public sealed class ServicesModel(ServiceCapacityHandler handler, CurrentStaff me) : PageModel
{
    public IReadOnlyList<ServiceCapacityView> Services { get; private set; } = [];

    public bool MayEdit => CaseloadScope.MaySetNationalPolicy(me.Viewer);

    public async Task OnGetAsync(CancellationToken ct) => Services = await handler.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CaseManagementService service, int? perCaseManager, int? version, CancellationToken ct)
    {
        var outcome = await handler.ChangeAsync(service, new ServiceCapacityInput(perCaseManager, version), ct);
        TempData["Message"] = outcome.IsDone ? outcome.Value.Message : outcome.Failure.Message;
        return RedirectToPage();
    }
}
