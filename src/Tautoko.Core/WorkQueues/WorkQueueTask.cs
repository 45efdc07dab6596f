using Tautoko.Core.Common;

namespace Tautoko.Core.WorkQueues;

/// <summary>
/// A task in a work queue: a client, a need, who raised it and when it is due. One person works it
/// at a time: <see cref="Take"/> is saved with a conditional update on the owner and the version, so of
/// two people taking it at once exactly one succeeds. Every step is kept in <see cref="Events"/>.
/// </summary>
public sealed class WorkQueueTask
{
    public const int MaxNeedLength = 2000;
    public const int MaxReasonLength = 1000;

    /// <summary>Rule codes for refusals that are about who holds the task rather than a seed rule.</summary>
    public const string TakenRule = "task-taken";
    public const string NotYoursRule = "task-not-yours";
    public const string StateRule = "task-state";

    /// <summary>
    /// Whether a refusal is a conflict (someone else holds the task, or it is not in a state for this) rather than a
    /// rule of the domain saying no: the former is answered 409, the latter 422.
    /// </summary>
    public static bool IsConflict(string rule) => rule is TakenRule or NotYoursRule or StateRule;

    private readonly List<WorkQueueTaskEvent> _events = [];

    private WorkQueueTask()
    {
        Need = string.Empty;
    }

    public WorkQueueTask(WorkQueueTaskId id, WorkQueue queue, ClientId clientId, string need, TaskOrigin origin, StaffId? createdById, DateTimeOffset now, DateTimeOffset? dueAt)
        : this()
    {
        ArgumentNullException.ThrowIfNull(queue);
        if (!queue.IsActive)
        {
            throw new DomainException(new DomainError("queue-closed", "This queue is closed to new tasks."));
        }

        Need = Text(need, MaxNeedLength, "need", "Say what the client needs.");
        var due = dueAt ?? now + queue.Target;
        if (due <= now)
        {
            throw new DomainException(new DomainError("task-due", "A task is due some time after it is raised."));
        }

        if (PlausibleDates.WhyNotPlanned(due, now) is { } farOff)
        {
            throw new DomainException(new DomainError("task-due", farOff));
        }

        // tasks in a site's face-to-face queue are cleared within 24 hours.
        if (queue.Kind == WorkQueueKind.SiteFaceToFaceAppointments && due > now.AddHours(WorkQueueKinds.FaceToFaceClearWithinHours))
        {
            throw new DomainException(new DomainError("R-083", "A site's face-to-face appointment queue is cleared within 24 hours; the task cannot be due later."));
        }

        Id = id;
        QueueId = queue.Id;
        QueueKind = queue.Kind;
        SiteId = queue.SiteId;
        ClientId = clientId;
        Origin = origin;
        CreatedById = createdById;
        CreatedAt = now;
        DueAt = due;
        Status = WorkQueueTaskStatus.Open;
        Version = 1;
        Add(TaskEventKind.Created, now, createdById, $"{origin.DisplayName()}: {Need}", null, queue.Id);
    }

    public WorkQueueTaskId Id { get; private set; }

    public WorkQueueId QueueId { get; private set; }

    /// <summary>The kind of queue it is in; a reassigned task moves to the same kind of queue at another site.</summary>
    public WorkQueueKind QueueKind { get; private set; }

    /// <summary>The site whose queue holds it now.</summary>
    public SiteId SiteId { get; private set; }

    public ClientId ClientId { get; private set; }

    public string Need { get; private set; }

    public TaskOrigin Origin { get; private set; }

    public StaffId? CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public WorkQueueTaskStatus Status { get; private set; }

    /// <summary>Who is working it; set only while <see cref="Status"/> is InProgress.</summary>
    public StaffId? OwnerId { get; private set; }

    public DateTimeOffset? TakenAt { get; private set; }

    public string? HoldReason { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    /// <summary>R-074: when the task and the client's record were reviewed before contacting the client.</summary>
    public DateTimeOffset? ReviewedAt { get; private set; }

    public int Attempts { get; private set; }

    public int UnsuccessfulAttempts { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public TaskOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public StaffId? CompletedById { get; private set; }

    /// <summary>Bumped by every change; saved with a check that nobody changed it meanwhile.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<WorkQueueTaskEvent> Events => _events;

    /// <summary>The due assessment a reminder stands for (<see cref="Assessments.AssessmentReminders"/>), unique, so no reminder is raised twice; null for other tasks.</summary>
    public string? ReminderKey { get; private set; }

    public void RemindOf(string key)
    {
        if (ReminderKey is not null || string.IsNullOrWhiteSpace(key) || key.Length > Assessments.AssessmentReminders.MaxKeyLength)
        {
            throw new DomainException(new DomainError(StateRule, "A reminder stands for one due assessment, named once."));
        }

        ReminderKey = key;
    }

    public bool IsOpen => Status != WorkQueueTaskStatus.Completed;

    /// <summary>R-083: a task still open after its due time is overdue.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsOpen && now > DueAt;

    public void Take(StaffId by, DateTimeOffset now)
    {
        if (Status == WorkQueueTaskStatus.InProgress)
        {
            throw new DomainException(new DomainError(TakenRule, OwnerId == by ? "You are already working this task." : "Someone else is working this task."));
        }

        EnsureOpen();
        Status = WorkQueueTaskStatus.InProgress;
        OwnerId = by;
        TakenAt = now;
        HoldReason = null;
        HeldAt = null;
        Add(TaskEventKind.Taken, now, by, null);
    }

    public void Release(StaffId by, DateTimeOffset now)
    {
        EnsureWorkedBy(by);
        Status = WorkQueueTaskStatus.Open;
        OwnerId = null;
        TakenAt = null;
        Add(TaskEventKind.Released, now, by, null);
    }

    /// <summary>Puts the task on hold with the reason; it leaves the worker's hands and anyone may take it up again.</summary>
    public void Hold(StaffId by, string reason, DateTimeOffset now)
    {
        EnsureWorkedBy(by);
        var why = Text(reason, MaxReasonLength, "hold-reason", "Say why the task is on hold.");
        Status = WorkQueueTaskStatus.OnHold;
        OwnerId = null;
        TakenAt = null;
        HoldReason = why;
        HeldAt = now;
        Add(TaskEventKind.PutOnHold, now, by, why);
    }

    public void Complete(StaffId by, TaskOutcome outcome, string note, DateTimeOffset now)
    {
        EnsureWorkedBy(by);
        var why = Text(note, MaxReasonLength, "outcome-note", "Write what was done, so the next person can follow it.");

        // R-073 (003): a minimum of three contact attempts before a task is closed as no contact.
        if (outcome == TaskOutcome.NoContact && UnsuccessfulAttempts < ContactAttemptRules.MinimumBeforeNoContact)
        {
            throw new DomainException(new DomainError(
                "R-073",
                $"A task is closed as no contact only after at least {ContactAttemptRules.MinimumBeforeNoContact} contact attempts; {UnsuccessfulAttempts} recorded so far."));
        }

        // R-071 (001, 003): "If a client requests a face-to-face appointment, the Service Centre should meet that need and book
        // an appointment" — the request stays queued until it is booked (CompleteWithAppointment); it is not closed as resolved
        // or sent elsewhere. Only a client who cannot be reached or no longer wants it ends it otherwise.
        if (QueueKind == WorkQueueKind.SiteFaceToFaceAppointments && Origin != TaskOrigin.HighHardship
            && outcome is not (TaskOutcome.NoContact or TaskOutcome.NoLongerNeeded))
        {
            throw new DomainException(new DomainError(
                "R-071",
                "A face-to-face appointment request is completed by booking the appointment (it stays in the queue until then); close it otherwise only as no contact after three attempts, or when the client no longer wants it."));
        }

        Status = WorkQueueTaskStatus.Completed;
        Outcome = outcome;
        OutcomeNote = why;
        CompletedAt = now;
        CompletedById = by;
        OwnerId = null;
        Add(TaskEventKind.Completed, now, by, $"{outcome.DisplayName()}: {why}");
    }

    /// <summary>The need of a referral to a site's face-to-face queue: an appointment, and what for.</summary>
    public static string AppointmentWanted(string reason) => $"Appointment wanted: {reason.Trim()}";

    /// <summary>
    /// booking the client an appointment clears their task in a site's face-to-face queue, whoever holds it
    /// (the appointment is what the task asked for). High-hardship referrals wait for a case manager instead.
    /// </summary>
    public void CompleteWithAppointment(StaffId by, string note, DateTimeOffset now)
    {
        EnsureOpen();
        if (QueueKind != WorkQueueKind.SiteFaceToFaceAppointments || Origin == TaskOrigin.HighHardship)
        {
            throw new DomainException(new DomainError(StateRule, "Only an appointment request in a site's face-to-face queue is completed by booking."));
        }

        var why = Text(note, MaxReasonLength, "outcome-note", "Say which appointment was booked.");
        Status = WorkQueueTaskStatus.Completed;
        Outcome = TaskOutcome.AppointmentBooked;
        OutcomeNote = why;
        CompletedAt = now;
        CompletedById = by;
        OwnerId = null;
        Add(TaskEventKind.Completed, now, by, $"{TaskOutcome.AppointmentBooked.DisplayName()}: {why}");
    }

    /// <summary>
    /// a task sent to the wrong site moves to the same kind of queue at the right site (a region,
    /// then one of its sites), keeping its history. While it is being worked only its worker (or a
    /// manager) may move it.
    /// </summary>
    public void Reassign(StaffId by, WorkQueue target, string reason, DateTimeOffset now, bool asManager)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!IsOpen)
        {
            throw new DomainException(new DomainError(StateRule, "A completed task cannot be reassigned."));
        }

        if (Status == WorkQueueTaskStatus.InProgress && OwnerId != by && !asManager)
        {
            throw new DomainException(new DomainError(NotYoursRule, "Someone else is working this task; only they or a manager can reassign it."));
        }

        if (target.SiteId == SiteId)
        {
            throw new DomainException(new DomainError("R-008", "Choose another site: the task is already at this one."));
        }

        if (target.Kind != QueueKind || !target.IsActive)
        {
            throw new DomainException(new DomainError("R-008", $"The task moves to the site's {QueueKind.DisplayName()} queue, which that site does not have open."));
        }

        var why = Text(reason, MaxReasonLength, "reassign-reason", "Say why the task belongs at the other site.");
        var from = QueueId;
        QueueId = target.Id;
        SiteId = target.SiteId;
        Status = WorkQueueTaskStatus.Open;
        OwnerId = null;
        TakenAt = null;
        Add(TaskEventKind.Reassigned, now, by, why, from, target.Id);
    }

    /// <summary>R-074 (003): review the task and the client's record, confirm contact details and circumstances, before contacting.</summary>
    public void RecordReview(StaffId by, DateTimeOffset now, string summary)
    {
        EnsureWorkedBy(by);
        ReviewedAt = now;
        Add(TaskEventKind.Reviewed, now, by, summary);
    }

    /// <summary>Counts a contact attempt (R-075: successful or not) and returns its number.</summary>
    public int RecordAttempt(StaffId by, DateTimeOffset at, bool successful, string summary)
    {
        EnsureWorkedBy(by);
        if (ReviewedAt is null)
        {
            throw new DomainException(new DomainError("R-074", "Review the task and the client's record, and confirm their contact details and circumstances, before contacting them."));
        }

        Attempts++;
        if (!successful)
        {
            UnsuccessfulAttempts++;
        }

        LastAttemptAt = LastAttemptAt is { } last && last > at ? last : at;
        Add(TaskEventKind.ContactAttempt, at, by, summary);
        return Attempts;
    }

    private void EnsureOpen()
    {
        if (Status == WorkQueueTaskStatus.Completed)
        {
            throw new DomainException(new DomainError(StateRule, "This task is completed."));
        }
    }

    private void EnsureWorkedBy(StaffId by)
    {
        EnsureOpen();
        if (Status != WorkQueueTaskStatus.InProgress)
        {
            throw new DomainException(new DomainError(StateRule, "Take the task first."));
        }

        if (OwnerId != by)
        {
            throw new DomainException(new DomainError(NotYoursRule, "Someone else is working this task."));
        }
    }

    private void Add(TaskEventKind kind, DateTimeOffset at, StaffId? by, string? detail, WorkQueueId? from = null, WorkQueueId? to = null)
    {
        if (kind != TaskEventKind.Created)
        {
            Version++;
        }

        _events.Add(new WorkQueueTaskEvent(Guid.CreateVersion7(), Id, kind, at, by, detail, from, to));
    }

    private static string Text(string? value, int max, string rule, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(new DomainError(rule, missing));
        }

        var trimmed = value.Trim();
        return trimmed.Length > max
            ? throw new DomainException(new DomainError(rule, $"At most {max} characters."))
            : trimmed;
    }
}
