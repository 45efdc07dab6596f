namespace Tautoko.Core.WorkQueues;

// Domain primitives: a queue id can never be passed where a task id is expected.
public readonly record struct WorkQueueId(Guid Value)
{
    public static WorkQueueId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct WorkQueueTaskId(Guid Value)
{
    public static WorkQueueTaskId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
