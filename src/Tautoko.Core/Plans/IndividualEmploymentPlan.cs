using Tautoko.Core.Common;

namespace Tautoko.Core.Plans;

/// <summary>Where an IEP activity stands: open until done or cancelled.</summary>
public enum PlanActivityStatus
{
    Open = 0,
    Done = 1,
    Cancelled = 2,

    /// <summary>Closed by the exit checklist when the client left case management to no further service .</summary>
    Closed = 3,
}

/// <summary>
/// A client's Individual Employment Plan (002, R-060/R-061): activities with what, who, due date, status and outcome.
/// One open plan per client at a time (a unique index on open plans). The plan stays open while it has open
/// activities: it closes when its last open activity is done or cancelled, and a closed plan takes no more activities.
/// </summary>
public sealed class IndividualEmploymentPlan
{
    private readonly List<PlanActivity> activities = [];

    private IndividualEmploymentPlan()
    {
    }

    public IndividualEmploymentPlan(Guid id, ClientId clientId, DateOnly createdOn, DateTimeOffset createdAt, StaffId createdById)
    {
        Id = id;
        ClientId = clientId;
        CreatedOn = createdOn;
        CreatedAt = createdAt;
        CreatedById = createdById;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>The New Zealand date the plan was made (the "IEP within 10 days" measure counts from assignment to it, R-062).</summary>
    public DateOnly CreatedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public StaffId CreatedById { get; private set; }

    /// <summary>When the last open activity was done or cancelled; null while the plan is open.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    /// <summary>Who closed the plan when it was closed at an exit; null when it closed by its last activity finishing.</summary>
    public StaffId? ClosedById { get; private set; }

    /// <summary>R-026: to whom the plan was handed over when the client moved to another service or case manager (the latest hand-over).</summary>
    public string? HandedOverTo { get; private set; }

    public DateTimeOffset? HandedOverAt { get; private set; }

    public StaffId? HandedOverById { get; private set; }

    /// <summary>Bumped by every change: two people changing one plan at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<PlanActivity> Activities => activities;

    public DomainError? WhyNotAddActivity() =>
        IsOpen ? null : new DomainError("iep-closed", "This plan is closed: every activity is done or cancelled. Start a new plan.");

    public PlanActivity AddActivity(Guid id, string what, string who, DateOnly dueOn, DateTimeOffset at)
    {
        if (WhyNotAddActivity() is { } error)
        {
            throw new DomainException(error);
        }

        var activity = new PlanActivity(id, Id, what, who, dueOn, at);
        activities.Add(activity);
        Version++;
        return activity;
    }

    /// <summary>Marks an open activity done or cancelled with its outcome; the plan closes when none is left open.</summary>
    public void Finish(Guid activityId, PlanActivityStatus status, string outcome, DateOnly on, DateTimeOffset at)
    {
        var activity = activities.SingleOrDefault(a => a.Id == activityId)
            ?? throw new DomainException(new DomainError("iep-activity-unknown", "No such activity on this plan."));
        activity.Finish(status, outcome, on);
        Version++;
        if (activities.All(a => a.Status != PlanActivityStatus.Open))
        {
            ClosedAt = at;
        }
    }

    public int OpenActivities => activities.Count(a => a.Status == PlanActivityStatus.Open);

    /// <summary>
    /// the client exits case management to no further service: every open activity is closed with the exit
    /// recorded as its outcome (who and when), and the plan closes. Returns how many activities were closed.
    /// </summary>
    public int CloseAtExit(string exitReason, StaffId by, DateOnly on, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException(new DomainError("iep-closed", "This plan is already closed."));
        }

        var open = activities.Where(a => a.Status == PlanActivityStatus.Open).ToList();
        foreach (var activity in open)
        {
            activity.Finish(PlanActivityStatus.Closed, $"Closed at exit from case management: {exitReason}", on, by);
        }

        ClosedAt = at;
        ClosedById = by;
        Version++;
        return open.Count;
    }

    /// <summary>R-026: the client moves to another service or case manager: the plan and its open activities stay open and pass to them.</summary>
    public void HandOver(string to, StaffId by, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException(new DomainError("iep-closed", "Only an open plan is handed over."));
        }

        if (string.IsNullOrWhiteSpace(to))
        {
            throw new DomainException(new DomainError("iep-hand-over", "Say to whom the plan is handed over."));
        }

        HandedOverTo = to.Trim().Length > PlanActivity.MaxText ? to.Trim()[..PlanActivity.MaxText] : to.Trim();
        HandedOverAt = at;
        HandedOverById = by;
        Version++;
    }
}

/// <summary>One activity of an IEP: what is to be done, who does it, by when, and how it ended.</summary>
public sealed class PlanActivity
{
    public const int MaxText = 500;

    private PlanActivity()
    {
        What = string.Empty;
        Who = string.Empty;
    }

    internal PlanActivity(Guid id, Guid planId, string what, string who, DateOnly dueOn, DateTimeOffset at)
        : this()
    {
        if (string.IsNullOrWhiteSpace(what) || what.Trim().Length > MaxText)
        {
            throw new DomainException(new DomainError("iep-activity-what", $"Say what the activity is (up to {MaxText} characters)."));
        }

        if (string.IsNullOrWhiteSpace(who) || who.Trim().Length > MaxText)
        {
            throw new DomainException(new DomainError("iep-activity-who", $"Say who does the activity (up to {MaxText} characters)."));
        }

        Id = id;
        PlanId = planId;
        What = what.Trim();
        Who = who.Trim();
        DueOn = dueOn;
        AddedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public string What { get; private set; }

    public string Who { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public PlanActivityStatus Status { get; private set; }

    public string? Outcome { get; private set; }

    public DateOnly? FinishedOn { get; private set; }

    /// <summary>Who finished the activity (set when it was closed at an exit, R-026).</summary>
    public StaffId? FinishedById { get; private set; }

    public DomainError? WhyNotFinish(PlanActivityStatus status, string? outcome)
    {
        if (Status != PlanActivityStatus.Open)
        {
            return new DomainError("iep-activity-finished", "This activity is already " + Status switch { PlanActivityStatus.Done => "done.", PlanActivityStatus.Closed => "closed at an exit.", _ => "cancelled." });
        }

        if (status is PlanActivityStatus.Open or PlanActivityStatus.Closed)
        {
            return new DomainError("iep-activity-status", "An activity is finished as done or cancelled.");
        }

        if (string.IsNullOrWhiteSpace(outcome) || outcome.Trim().Length > MaxText)
        {
            return new DomainError("iep-activity-outcome", $"Record the outcome (up to {MaxText} characters).");
        }

        return null;
    }

    internal void Finish(PlanActivityStatus status, string outcome, DateOnly on, StaffId? by = null)
    {
        if (status != PlanActivityStatus.Closed && WhyNotFinish(status, outcome) is { } error)
        {
            throw new DomainException(error);
        }

        FinishedById = by;
        Status = status;
        Outcome = outcome.Trim();
        FinishedOn = on;
    }
}
