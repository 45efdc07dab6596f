using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Web.Features.WorkQueues.Common;

/// <summary>A task's refusal as a failure: who holds the task or its state is a conflict (409), any other rule is broken (422).</summary>
public static class TaskFailure
{
    public static Failure From(DomainError error) => WorkQueueTask.IsConflict(error.Rule) ? Failure.Conflict(error) : Failure.Broken(error);

    /// <summary>The task changed between reading and saving it (its version no longer matches).</summary>
    public static Failure Changed(string message) => Failure.Conflict(new DomainError(WorkQueueTask.TakenRule, message));
}
