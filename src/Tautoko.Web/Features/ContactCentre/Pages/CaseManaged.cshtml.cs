using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Hardship;
using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.ContactCentre.CaseManaged;
using Tautoko.Web.Features.ContactCentre.Hardship;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.ContactCentre.Pages;

/// <summary>The guided five-step process for a case-managed client, on a verified call.</summary>
public sealed class CaseManagedModel(CallsHandler calls, CaseManagedFlowHandler flows) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CallView? Call { get; private set; }

    public FlowView? Flow { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var call = await calls.GetAsync(Id, ct);
        if (call is not WorkResult<CallView>.Ok ok)
        {
            Problem = WorkResults.Message(call);
            Response.StatusCode = call is WorkResult<CallView>.Refused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
            return Page();
        }

        Call = ok.Value;
        if (await flows.ForCallAsync(Id, ct) is WorkResult<Guid?>.Ok { Value: { } flowId } && await flows.GetAsync(flowId, ct) is WorkResult<FlowView>.Ok flow)
        {
            Flow = flow.Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string? reasonForCall, CancellationToken ct) =>
        Done(await flows.StartAsync(Id, new StartFlowInput(reasonForCall), ct), "Step 1: check the cautions, must-view notes and tags.");

    public async Task<IActionResult> OnPostCautionsAsync(Guid flowId, HandBackReason? handBack, bool needsAppointment, string? note, CancellationToken ct) =>
        Done(await flows.CautionsAsync(flowId, new CautionsInput(handBack, needsAppointment, note), ct), "Step 1 recorded.");

    public async Task<IActionResult> OnPostWhyNotAsync(Guid flowId, bool? goodReason, string? reason, CancellationToken ct) =>
        Done(await flows.WhyNotAsync(flowId, new WhyNotInput(goodReason, reason), ct), "Step 2 recorded.");

    public async Task<IActionResult> OnPostNeedAsync(Guid flowId, string? actions, bool recordHardship, HardshipNeed? need, HardshipDecision? decision, string? detail, CancellationToken ct)
    {
        var result = await flows.NeedAsync(flowId, new NeedInput(actions, recordHardship ? new HardshipInput(need, detail, decision) : null), ct);
        return Done(result, result is WorkResult<FlowView>.Ok { Value.HighHardship: { } high } ? $"Step 3 recorded. {high.Explanation}" : "Step 3 recorded.");
    }

    public async Task<IActionResult> OnPostAppointmentAsync(Guid flowId, bool book, string? summary, CancellationToken ct) =>
        Done(await flows.AppointmentAsync(flowId, new AppointmentInput(book, summary), ct), "Step 4 recorded.");

    public async Task<IActionResult> OnPostFinishAsync(Guid flowId, string? otherDetails, CancellationToken ct) =>
        Done(await flows.FinishAsync(flowId, new FinishInput(otherDetails), ct), "Notes written to the engagement log and the summary e-mail sent to the case manager.");

    private RedirectToPageResult Done(WorkResult<FlowView> result, string success)
    {
        TempData[result is WorkResult<FlowView>.Ok ? "Message" : "Problem"] = result is WorkResult<FlowView>.Ok ? success : WorkResults.Message(result);
        return RedirectToPage(new { id = Id });
    }
}
