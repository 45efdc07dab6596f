namespace Tautoko.Core.WorkQueues;

public enum WorkQueueTaskStatus
{
    Open = 0,
    InProgress = 1,
    OnHold = 2,
    Completed = 3,
}

/// <summary>How a task was finished.</summary>
public enum TaskOutcome
{
    /// <summary>The need was met (or the request completed) at first contact.</summary>
    Resolved = 0,

    /// <summary>R-073: only after at least three contact attempts.</summary>
    NoContact = 1,

    AppointmentBooked = 2,

    /// <summary>R-081: the connector chose the service, assigned a case manager and tagged the client.</summary>
    CaseManagerAssigned = 3,

    ReferredElsewhere = 4,

    NoLongerNeeded = 5,
}

/// <summary>Where a task came from.</summary>
public enum TaskOrigin
{
    Manual = 0,
    ContactCentreReferral = 1,

    /// <summary>R-080: 31+ hardship requests within a year.</summary>
    HighHardship = 2,

    /// <summary>R-079 step 1: a case-managed client handed back to the region.</summary>
    HandBackToRegion = 3,

    /// <summary>R-082: the client wants an appointment no case manager or buddy can give; their home site's F2F queue books it .</summary>
    SiteQueueReferral = 4,

    /// <summary>R-114/R-115: a Client Assessment or BEUT due or overdue, raised by the daily reminders for the client's ICS case manager.</summary>
    AssessmentDue = 5,
}

public enum TaskEventKind
{
    Created = 0,
    Taken = 1,
    Released = 2,
    PutOnHold = 3,
    Reassigned = 4,
    Reviewed = 5,
    ContactAttempt = 6,
    Completed = 7,
}

public static class WorkQueueTaskNames
{
    public static string DisplayName(this WorkQueueTaskStatus status) => status switch
    {
        WorkQueueTaskStatus.Open => "Waiting",
        WorkQueueTaskStatus.InProgress => "Being worked",
        WorkQueueTaskStatus.OnHold => "On hold",
        WorkQueueTaskStatus.Completed => "Completed",
    };

    public static string DisplayName(this TaskOutcome outcome) => outcome switch
    {
        TaskOutcome.Resolved => "Need met",
        TaskOutcome.NoContact => "No contact after three attempts",
        TaskOutcome.AppointmentBooked => "Appointment booked",
        TaskOutcome.CaseManagerAssigned => "Case manager assigned",
        TaskOutcome.ReferredElsewhere => "Referred elsewhere",
        TaskOutcome.NoLongerNeeded => "No longer needed",
    };

    public static string DisplayName(this TaskOrigin origin) => origin switch
    {
        TaskOrigin.Manual => "Added by staff",
        TaskOrigin.ContactCentreReferral => "Contact centre referral",
        TaskOrigin.HighHardship => "High hardship referral",
        TaskOrigin.HandBackToRegion => "Handed back to the region",
        TaskOrigin.SiteQueueReferral => "Appointment wanted",
        TaskOrigin.AssessmentDue => "Assessment due",
    };

    public static string DisplayName(this TaskEventKind kind) => kind switch
    {
        TaskEventKind.Created => "Created",
        TaskEventKind.Taken => "Taken",
        TaskEventKind.Released => "Released to the queue",
        TaskEventKind.PutOnHold => "Put on hold",
        TaskEventKind.Reassigned => "Reassigned",
        TaskEventKind.Reviewed => "Task and record reviewed",
        TaskEventKind.ContactAttempt => "Contact attempt",
        TaskEventKind.Completed => "Completed",
    };
}
