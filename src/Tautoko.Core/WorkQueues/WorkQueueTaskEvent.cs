using Tautoko.Core.Common;

namespace Tautoko.Core.WorkQueues;

/// <summary>One step in a task's history. Append-only: a reassigned task keeps where it has been .</summary>
public sealed class WorkQueueTaskEvent
{
    public const int MaxDetailLength = 2000;

    private WorkQueueTaskEvent()
    {
    }

    internal WorkQueueTaskEvent(Guid id, WorkQueueTaskId taskId, TaskEventKind kind, DateTimeOffset at, StaffId? byId, string? detail, WorkQueueId? fromQueueId = null, WorkQueueId? toQueueId = null)
    {
        Id = id;
        TaskId = taskId;
        Kind = kind;
        At = at;
        ById = byId;
        Detail = TextLimits.Clip(detail, MaxDetailLength);
        FromQueueId = fromQueueId;
        ToQueueId = toQueueId;
    }

    public Guid Id { get; private set; }

    public WorkQueueTaskId TaskId { get; private set; }

    public TaskEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Null when Tautoko did it (e.g. a high-hardship referral).</summary>
    public StaffId? ById { get; private set; }

    public string? Detail { get; private set; }

    public WorkQueueId? FromQueueId { get; private set; }

    public WorkQueueId? ToQueueId { get; private set; }
}
