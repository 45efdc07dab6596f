using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials.Pages;

/// <summary>One trial: criteria, "why not eligible" by client, the draw, the assignment and the outcome report.</summary>
[ReadsClientInformation]
public sealed class TrialModel(TrialsHandler trials, SelectionHandler selection, AssignmentsHandler assignments, OutcomesHandler outcomes, CurrentStaff me) : PageModel
{
    public TrialView? Trial { get; private set; }

    public EligibilityView? Why { get; private set; }

    public AssignmentList? Assignment { get; private set; }

    public OutcomeReport? Report { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The last offer of treatment clients (after the Offer button): who was left without a place and why.</summary>
    public OfferResult? Offer { get; private set; }

    public bool IsNational => me.Role == StaffRole.NationalOffice;

    /// <summary>Connectors, managers and national office review assignment proposals; ICS case managers do not.</summary>
    public bool MayReviewProposals => Core.Caseloads.CaseloadScope.MayAssign(me.Viewer);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? clientId, bool release, CancellationToken ct)
    {
        if (clientId is { } asked)
        {
            var why = await selection.WhyAsync(id, new ClientId(asked), ct);
            if (why.IsDone)
            {
                Why = why.Value;
            }
            else
            {
                Message = why.Failure.Message;
            }
        }

        return await LoadAsync(id, release, ct);
    }

    public async Task<IActionResult> OnPostRandomiseAsync(Guid id, long? seed, CancellationToken ct)
    {
        var outcome = await selection.RandomiseAsync(id, seed, ct);
        Message = outcome.IsDone ? $"Randomised with seed {outcome.Value.Seed}: {outcome.Value.Assigned} clients assigned." : outcome.Failure.Message;
        return await LoadAsync(id, false, ct);
    }

    public async Task<IActionResult> OnPostOfferAsync(Guid id, CancellationToken ct)
    {
        var outcome = await assignments.OfferTreatmentAsync(id, ct);
        Message = outcome.IsDone ? $"{outcome.Value.Placed} treatment clients placed; {outcome.Value.AlreadyPlaced} already in the service; {outcome.Value.NoPlace} without a place." : outcome.Failure.Message;
        Offer = outcome.IsDone ? outcome.Value : null;
        return await LoadAsync(id, false, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid id, bool release, CancellationToken ct)
    {
        var trial = await trials.GetAsync(id, ct);
        if (!trial.IsDone)
        {
            return trial.Failure is Failure.Missing ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        Trial = trial.Value;
        if (Trial.Randomised)
        {
            var list = await assignments.ListAsync(id, ct);
            Assignment = list.IsDone ? list.Value : null;
            var report = await outcomes.ReportAsync(id, release, ct);
            Report = report.IsDone ? report.Value : null;
        }

        return Page();
    }
}
