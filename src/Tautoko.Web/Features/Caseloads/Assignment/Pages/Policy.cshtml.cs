using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Assignment.Pages;

[ReadsNoClientInformation]
public sealed class PolicyModel(PolicyHandler handler, CurrentStaff me) : PageModel
{
    public PolicyView? View { get; private set; }

    public bool MayEdit => CaseloadScope.MaySetNationalPolicy(me.Viewer);

    public async Task OnGetAsync(CancellationToken ct) => View = await handler.GetAsync(ct);

    public async Task<IActionResult> OnPostAsync(
        int keepFull, int youthPriority, int underTwoYearsPriority, int overTwoYearsPriority, int withChildrenPriority, int waitingPerWeek, int waitingCapWeeks, int mixOvershoot, int? awayFromHomeSite,
        int mixYouth, int mixUnder, int mixOver, int mixChildren, int? version, CancellationToken ct)
    {
        var weights = new AssignmentWeights(keepFull, youthPriority, underTwoYearsPriority, overTwoYearsPriority, withChildrenPriority, waitingPerWeek, waitingCapWeeks, mixOvershoot, awayFromHomeSite);
        var outcome = await handler.ChangeAsync(new PolicyInput(weights, new CohortMix(mixYouth, mixUnder, mixOver, mixChildren), version), ct);
        TempData["Message"] = outcome.IsDone ? outcome.Value.Message : outcome.Failure.Message;
        return RedirectToPage();
    }
}
