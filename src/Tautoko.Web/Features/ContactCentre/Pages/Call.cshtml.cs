using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.ContactCentre;
using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre.Pages;

/// <summary>The call screen with its verification panel: the record stays "not verified" and its details withheld until then.</summary>
[ReadsClientInformation]
public sealed class CallModel(CallsHandler calls) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CallView? Call { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await calls.GetAsync(Id, ct);
        if (result.TryGet(out var call, out var failure))
        {
            Call = call;
            return Page();
        }

        Problem = failure.Message;
        Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
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
        if (!result.TryGet(out var call, out var failure))
        {
            TempData["Problem"] = failure.Message;
        }
        else if (call.Verification == CallVerification.Verified)
        {
            TempData["Message"] = "Caller verified. You may discuss the client's information.";
        }
        else
        {
            TempData["Problem"] = $"Not verified: {call.VerificationNote}";
        }

        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken ct)
    {
        var result = await calls.EndAsync(Id, ct);
        TempData[result.IsDone ? "Message" : "Problem"] = result.IsDone ? "Call ended." : result.Failure.Message;
        return RedirectToPage(new { id = Id });
    }
}
