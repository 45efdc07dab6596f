using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Hardship;
using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.ContactCentre.CaseManaged;
using Tautoko.Web.Features.ContactCentre.Hardship;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre.Pages;

/// <summary>The guided five-step process for a case-managed client, on a verified call.</summary>
[ReadsClientInformation]
public sealed class CaseManagedModel(CallsHandler calls, CaseManagedFlowHandler flows, FlowStepsHandler steps) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CallView? Call { get; private set; }

    public FlowView? Flow { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var call = await calls.GetAsync(Id, ct);
        if (!call.TryGet(out var found, out var failure))
        {
            Problem = failure.Message;
            Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
            return Page();
        }

        Call = found;
        if ((await flows.ForCallAsync(Id, ct)).TryGet(out var flowId, out _) && flowId is { } id && (await flows.GetAsync(id, ct)).TryGet(out var flow, out _))
        {
            Flow = flow;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string? reasonForCall, CancellationToken ct) =>
        Done(await flows.StartAsync(Id, new StartFlowInput(reasonForCall), ct), "Step 1: check the cautions, must-view notes and tags.");

    public async Task<IActionResult> OnPostCautionsAsync(Guid flowId, HandBackReason? handBack, bool needsAppointment, string? note, CancellationToken ct) =>
        Done(await steps.CautionsAsync(flowId, new CautionsInput(handBack, needsAppointment, note), ct), "Step 1 recorded.");

    public async Task<IActionResult> OnPostWhyNotAsync(Guid flowId, bool? goodReason, string? reason, CancellationToken ct) =>
        Done(await steps.WhyNotAsync(flowId, new WhyNotInput(goodReason, reason), ct), "Step 2 recorded.");

    public async Task<IActionResult> OnPostNeedAsync(Guid flowId, string? actions, bool recordHardship, HardshipNeed? need, HardshipDecision? decision, string? detail, CancellationToken ct)
    {
        var result = await steps.NeedAsync(flowId, new NeedInput(actions, recordHardship ? new HardshipInput(need, detail, decision) : null), ct);
        return Done(result, result.TryGet(out var done, out _) && done.HighHardship is { } high ? $"Step 3 recorded. {high.Explanation}" : "Step 3 recorded.");
    }

    public async Task<IActionResult> OnPostAppointmentAsync(Guid flowId, bool book, string? summary, bool? hasContactDetails, bool? otherNeedsUnmet, CancellationToken ct) =>
        Done(await steps.AppointmentAsync(flowId, new AppointmentInput(book, summary, hasContactDetails, otherNeedsUnmet ?? false), ct), "Step 4 recorded.");

    public async Task<IActionResult> OnPostFinishAsync(Guid flowId, string? otherDetails, CancellationToken ct) =>
        Done(await steps.FinishAsync(flowId, new FinishInput(otherDetails), ct), "Notes written to the engagement log and the summary e-mail sent to the case manager.");

    private RedirectToPageResult Done(Outcome<FlowView> result, string success)
    {
        TempData[result.IsDone ? "Message" : "Problem"] = result.IsDone ? success : result.Failure.Message;
        return RedirectToPage(new { id = Id });
    }
}
