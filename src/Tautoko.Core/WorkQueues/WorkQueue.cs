using Tautoko.Core.Common;

namespace Tautoko.Core.WorkQueues;

/// <summary>A work queue of one site or centralised unit: a standard S2P/CMS queue or one a manager configured.</summary>
public sealed class WorkQueue
{
    public const int MaxNameLength = 120;

    private WorkQueue()
    {
        Name = string.Empty;
    }

    public WorkQueue(WorkQueueId id, SiteId siteId, WorkQueueKind kind, string name, int targetHours, StaffId? createdById, DateTimeOffset createdAt)
        : this()
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            throw new DomainException(new DomainError("queue-name", $"A queue needs a name of at most {MaxNameLength} characters."));
        }

        Id = id;
        SiteId = siteId;
        Kind = kind;
        Name = name.Trim();
        TargetHours = CheckTarget(kind, targetHours);
        CreatedById = createdById;
        CreatedAt = createdAt;
        IsActive = true;
    }

    public WorkQueueId Id { get; private set; }

    public SiteId SiteId { get; private set; }

    public WorkQueueKind Kind { get; private set; }

    public string Name { get; private set; }

    /// <summary>How long a task may wait before it is overdue (R-083: 24 hours for the site F2F queue).</summary>
    public int TargetHours { get; private set; }

    /// <summary>Null for the standard queues Tautoko provisions.</summary>
    public StaffId? CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsActive { get; private set; }

    public TimeSpan Target => TimeSpan.FromHours(TargetHours);

    /// <summary>A standard queue of the kind for a site, named after the kind.</summary>
    public static WorkQueue Standard(WorkQueueId id, SiteId siteId, WorkQueueKind kind, DateTimeOffset createdAt, string? name = null) =>
        kind == WorkQueueKind.Custom
            ? throw new ArgumentException("A custom queue is configured by a manager, not provisioned.", nameof(kind))
            : new WorkQueue(id, siteId, kind, name ?? kind.DisplayName(), WorkQueueKinds.TargetHoursFor(kind), null, createdAt);

    public void ChangeTarget(int targetHours) => TargetHours = CheckTarget(Kind, targetHours);

    public void Close()
    {
        if (!IsActive)
        {
            throw new DomainException(new DomainError("queue-closed", "This queue is already closed."));
        }

        if (Kind != WorkQueueKind.Custom)
        {
            throw new DomainException(new DomainError("queue-standard", "A standard queue stays open; only configured queues can be closed."));
        }

        IsActive = false;
    }

    private static int CheckTarget(WorkQueueKind kind, int targetHours)
    {
        if (targetHours is < 1 or > 24 * 90)
        {
            throw new DomainException(new DomainError("queue-target", "A queue's target is between 1 hour and 90 days."));
        }

        // site face-to-face queues are cleared within 24 hours.
        if (kind == WorkQueueKind.SiteFaceToFaceAppointments && targetHours > WorkQueueKinds.FaceToFaceClearWithinHours)
        {
            throw new DomainException(new DomainError("R-083", "A site's face-to-face appointment queue is cleared within 24 hours."));
        }

        return targetHours;
    }
}
