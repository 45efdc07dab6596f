using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.ContactCentre;
using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.ContactCentre.Pages;

/// <summary>The call screen with its verification panel: the record stays "not verified" and its details withheld until then.</summary>
public sealed class CallModel(CallsHandler calls) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CallView? Call { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await calls.GetAsync(Id, ct);
        if (result is WorkResult<CallView>.Ok ok)
        {
            Call = ok.Value;
            return Page();
        }

        Problem = WorkResults.Message(result);
        Response.StatusCode = result is WorkResult<CallView>.Refused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(CallerKind? callerKind, string? callerName, CancellationToken ct)
    {
        // Each question is "not asked", "correct" or "wrong": the form names them q-FullName, q-BenefitAndAmount, …
        var asked = new List<VerifyingQuestion>();
        var correct = new List<VerifyingQuestion>();
        foreach (var (question, _) in VerifyingQuestions.All)
        {
            var answer = Request.Form[$"q-{question}"].ToString();
            if (answer is "correct" or "wrong")
            {
                asked.Add(question);
                if (answer == "correct")
                {
                    correct.Add(question);
                }
            }
        }

        var result = await calls.VerifyAsync(Id, new VerificationInput(callerKind, callerName, asked, correct), ct);
        TempData[result is WorkResult<CallView>.Ok { Value.Verification: CallVerification.Verified } ? "Message" : "Problem"] = result switch
        {
            WorkResult<CallView>.Ok { Value: var call } when call.Verification == CallVerification.Verified => "Caller verified. You may discuss the client's information.",
            WorkResult<CallView>.Ok { Value: var call } => $"Not verified: {call.VerificationNote}",
            _ => WorkResults.Message(result),
        };
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken ct)
    {
        var result = await calls.EndAsync(Id, ct);
        TempData[result is WorkResult<CallView>.Ok ? "Message" : "Problem"] = result is WorkResult<CallView>.Ok ? "Call ended." : WorkResults.Message(result);
        return RedirectToPage(new { id = Id });
    }
}
