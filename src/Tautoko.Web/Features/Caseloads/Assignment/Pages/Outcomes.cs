using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Assignment.Pages;

/// <summary>The sentence a page shows after a form: what happened, or which rule stopped it.</summary>
public static class Outcomes
{
    public static string Message(CaseloadChange change) => change switch
    {
        CaseloadChange.Done done => done.Message,
        CaseloadChange.Invalid invalid => string.Join(" ", invalid.Problems.SelectMany(p => p.Value)),
        CaseloadChange.Refused refused => refused.Decision.Reason ?? "Not allowed.",
        CaseloadChange.Broken broken => $"{broken.Error.Message} ({broken.Error.Rule})",
        CaseloadChange.Conflict conflict => $"{conflict.Error.Message} ({conflict.Error.Rule})",
        CaseloadChange.Missing missing => missing.What,
        _ => "Something unexpected happened.",
    };

    public static string Message(DecisionResult result) => result switch
    {
        DecisionResult.Applied applied => applied.Result.Message,
        DecisionResult.Done done => done.Message,
        DecisionResult.Invalid invalid => string.Join(" ", invalid.Problems.SelectMany(p => p.Value)),
        DecisionResult.Refused refused => refused.Reason,
        DecisionResult.Missing missing => missing.What,
        DecisionResult.Broken broken => $"{broken.Error.Message} ({broken.Error.Rule})",
        DecisionResult.Conflict conflict => $"{conflict.Error.Message} ({conflict.Error.Rule})",
        _ => "Something unexpected happened.",
    };

    public static bool Succeeded(CaseloadChange change) => change is CaseloadChange.Done;
}
