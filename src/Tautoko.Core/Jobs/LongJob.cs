using Tautoko.Core.Common;

namespace Tautoko.Core.Jobs;

public enum LongJobState
{
    Queued = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}

/// <summary>
/// A long job someone started (a national assignment proposal, an LMI1 run): queued, running through its stages, then
/// done with the address of what it made or failed with a sentence saying why. Kept in the database so its page, a
/// reload, a later visit or another web node shows where it is; the work itself runs on the node that queued it.
/// </summary>
public sealed class LongJob
{
    private LongJob()
    {
        Kind = string.Empty;
        Title = string.Empty;
        Stage = string.Empty;
        Node = string.Empty;
    }

    public LongJob(Guid id, string kind, string title, StaffId? ownerId, int steps, string firstStage, string node, DateTimeOffset queuedAt)
        : this()
    {
        Id = id;
        Kind = kind;
        Title = title.Length > 200 ? title[..200] : title;
        OwnerId = ownerId;
        Steps = Math.Max(1, steps);
        Stage = firstStage;
        Node = node;
        QueuedAt = queuedAt;
        UpdatedAt = queuedAt;
        State = LongJobState.Queued;
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>Who started it (null for the command line); they and national office may follow it.</summary>
    public StaffId? OwnerId { get; private set; }

    public LongJobState State { get; private set; }

    public string Stage { get; private set; }

    /// <summary>Stages finished (0 to <see cref="Steps"/>).</summary>
    public int Step { get; private set; }

    public int Steps { get; private set; }

    public int Percent { get; private set; }

    public string? ResultUrl { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The web node running it (a restarted node fails the jobs it had not finished).</summary>
    public string Node { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The last word from the node running it: it says so every half minute until the job ends.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Finished => State is LongJobState.Done or LongJobState.Failed;

    public void Start(DateTimeOffset at)
    {
        State = LongJobState.Running;
        StartedAt = at;
        UpdatedAt = at;
    }

    /// <summary>Stage <paramref name="index"/> begins: the share done is the stages before it, never going back.</summary>
    public void Reached(string stage, int index, DateTimeOffset at)
    {
        UpdatedAt = at;
        Stage = stage.Length > 200 ? stage[..200] : stage;
        Step = Math.Clamp(Math.Max(Step, index), 0, Steps);
        Percent = Math.Max(Percent, Step * 100 / Steps);
    }

    public void Finish(bool succeeded, string message, string? resultUrl, DateTimeOffset at)
    {
        State = succeeded ? LongJobState.Done : LongJobState.Failed;
        Stage = succeeded ? "Finished" : "Failed";
        if (succeeded)
        {
            Step = Steps;
            Percent = 100;
        }

        Message = message.Length > 1000 ? message[..1000] : message;
        ResultUrl = resultUrl;
        FinishedAt = at;
        UpdatedAt = at;
        StartedAt ??= at;
    }
}
