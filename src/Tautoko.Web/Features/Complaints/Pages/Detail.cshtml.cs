using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Complaints;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Complaints.Pages;

/// <summary>One complaint and its workflow: open until an outcome of Table Eight is recorded .</summary>
[ReadsClientInformation]
public sealed class DetailModel(ComplaintRegisterHandler register, RecordComplaintHandler record) : PageModel
{
    public ComplaintView? Complaint { get; private set; }

    public AccessDecision? Refused { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(await register.GetAsync(id, ct));

    public async Task<IActionResult> OnPostAsync(Guid id, ComplaintOutcome? outcome, string? note, int? version, CancellationToken ct)
    {
        var recorded = await record.RecordOutcomeAsync(id, new ComplaintOutcomeInput(outcome, note, version), ct);
        if (recorded.IsDone)
        {
            TempData["Message"] = $"Outcome recorded: {recorded.Value.OutcomeText}. The complaint is closed.";
            return RedirectToPage(new { id });
        }

        if (recorded.Failure is Failure.AccessRefused or Failure.Missing)
        {
            return Show(recorded);
        }

        Problem = recorded.Failure.Message;
        return Show(await register.GetAsync(id, ct));
    }

    private IActionResult Show(Outcome<ComplaintView> outcome)
    {
        switch (outcome.Failure)
        {
            case null:
                Complaint = outcome.Value;
                return Page();
            case Failure.Missing:
                return NotFound();
            case Failure.AccessRefused refused:
                Refused = refused.Decision;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                Problem = outcome.Failure.Message;
                return Page();
        }
    }
}
