using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;

namespace Tautoko.Web.Features.ContactCentre.Common;

/// <summary>
/// A refusal on a call or a case-managed flow as a failure: another person's flow, a step out of turn or a task someone
/// else holds is a conflict (409); any other rule is broken (422).
/// </summary>
public static class CallFailure
{
    public static Failure From(DomainError error) => CaseManagedCallFlow.IsConflict(error.Rule) ? Failure.Conflict(error) : Failure.Broken(error);

    /// <summary>Another person's flow is theirs alone (national office may read it).</summary>
    public static Failure FlowNotYours { get; } = Failure.Refused(AccessDecision.Refuse(CaseManagedCallFlow.NotYoursRule, "This call is another person's."));

    public static Failure NoFlow(Guid id) => Failure.NotFound($"There is no case-managed call flow {id}.");
}
