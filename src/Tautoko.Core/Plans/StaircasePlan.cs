using Tautoko.Core.Assessments;
using Tautoko.Core.Common;

namespace Tautoko.Core.Plans;

/// <summary>Where an ICS client's staircase leads (seed 004 §2.4: "towards work readiness" and benefit independence).</summary>
public enum StaircaseGoal
{
    Work = 0,
    Study = 1,
}

/// <summary>What set the client back (seed 004 §3.2, §4: relapse, a return to prison, a decline in health, or something else).</summary>
public enum SetbackKind
{
    Relapse = 0,
    ReturnToPrison = 1,
    HealthDecline = 2,
    Other = 3,
}

/// <summary>
/// R-117, seed 004 glossary and §2.4: staircasing is "incrementally progressing the client towards work readiness by focusing
/// on the client's current challenges (e.g. alcohol or drug dependency, housing issues) before working on long-term goals of
/// employment"; it "always began with the client's most pressing need and continued at the client's pace". A plan starts
/// from that need (its Te Whare Tapa Whā domain, <see cref="WellbeingDomain"/>) and leads to work or study through
/// milestones, each in a domain. History is append-only: a milestone once achieved stays achieved, and setbacks are added
/// beside the progress, never in place of it. One active plan per ICS client (a unique index on active plans).
/// </summary>
public sealed class StaircasePlan
{
    public const string Rule = "R-117";
    public const int MaxText = 500;

    private readonly List<StaircaseMilestone> milestones = [];
    private readonly List<StaircaseSetback> setbacks = [];

    private StaircasePlan()
    {
        MostPressingNeed = string.Empty;
    }

    private StaircasePlan(Guid id, ClientId clientId, string need, WellbeingDomain needDomain, StaircaseGoal goal, DateOnly startedOn, DateTimeOffset at, StaffId by)
        : this()
    {
        Id = id;
        ClientId = clientId;
        MostPressingNeed = need;
        NeedDomain = needDomain;
        Goal = goal;
        StartedOn = startedOn;
        StartedAt = at;
        StartedById = by;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>Where the staircase starts: the client's most pressing need, in their words or the case manager's.</summary>
    public string MostPressingNeed { get; private set; }

    public WellbeingDomain NeedDomain { get; private set; }

    public StaircaseGoal Goal { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public StaffId StartedById { get; private set; }

    /// <summary>When the plan stopped being the client's active plan (reached its goal, or the client left ICS); null while active.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public StaffId? ClosedById { get; private set; }

    public string? ClosedReason { get; private set; }

    public bool IsActive => ClosedAt is null;

    /// <summary>Bumped by every change: two people changing one plan at once cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<StaircaseMilestone> Milestones => milestones;

    public IReadOnlyList<StaircaseSetback> Setbacks => setbacks;

    /// <summary>Why the text is not acceptable (empty or too long), or null.</summary>
    public static string? WhyNotText(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxText ? $"Say {what} (up to {MaxText} characters)." : null;

    /// <summary>R-117: a staircase belongs to a client in ICS service (an open ICS placement), one active at a time.</summary>
    public static DomainError? WhyNotStart(bool inIcsService, bool hasActivePlan) =>
        !inIcsService ? new DomainError(Rule, "A staircasing plan is for a client in Intensive Client Support: place the client on an ICS caseload first.")
        : hasActivePlan ? new DomainError(Rule, "The client already has an active staircasing plan: add milestones to it, or close it first.")
        : null;

    public static StaircasePlan Start(Guid id, ClientId clientId, string need, WellbeingDomain needDomain, StaircaseGoal goal, DateOnly startedOn, DateTimeOffset at, StaffId by)
    {
        if (WhyNotText(need, "the client's most pressing need") is { } problem)
        {
            throw new DomainException(new DomainError(Rule, problem));
        }

        return new StaircasePlan(id, clientId, need.Trim(), needDomain, goal, startedOn, at, by);
    }

    public DomainError? WhyNotChange() =>
        IsActive ? null : new DomainError(Rule, "This staircasing plan is closed: its history stays as it is. Start a new plan.");

    /// <summary>Adds a step on the pathway, after the last one.</summary>
    public StaircaseMilestone AddMilestone(Guid id, WellbeingDomain domain, string what, DateOnly? targetOn, DateTimeOffset at, StaffId by)
    {
        Guard(WhyNotChange());
        if (WhyNotText(what, "what the milestone is") is { } problem)
        {
            throw new DomainException(new DomainError(Rule, problem));
        }

        var step = milestones.Count == 0 ? 1 : milestones.Max(m => m.Step) + 1;
        var milestone = new StaircaseMilestone(id, Id, step, domain, what.Trim(), targetOn, at, by);
        milestones.Add(milestone);
        Version++;
        return milestone;
    }

    /// <summary>A small step celebrated: the milestone is achieved on <paramref name="on"/> and stays achieved.</summary>
    public void Achieve(Guid milestoneId, DateOnly on, string? note, DateTimeOffset at, StaffId by)
    {
        Guard(WhyNotChange());
        var milestone = milestones.SingleOrDefault(m => m.Id == milestoneId)
            ?? throw new DomainException(new DomainError(Rule, "No such milestone on this plan."));
        Guard(milestone.WhyNotAchieve(on, StartedOn));
        milestone.Achieve(on, note, at, by);
        Version++;
    }

    /// <summary>A setback is recorded beside the progress: nothing achieved is undone .</summary>
    public StaircaseSetback RecordSetback(Guid id, SetbackKind kind, DateOnly on, string note, DateTimeOffset at, StaffId by)
    {
        Guard(WhyNotChange());
        if (WhyNotText(note, "what happened") is { } problem)
        {
            throw new DomainException(new DomainError(Rule, problem));
        }

        var setback = new StaircaseSetback(id, Id, kind, on, note.Trim(), at, by);
        setbacks.Add(setback);
        Version++;
        return setback;
    }

    /// <summary>The plan stops being active (goal reached, client left ICS); its milestones and setbacks stay.</summary>
    public void Close(string reason, DateTimeOffset at, StaffId by)
    {
        Guard(WhyNotChange());
        if (WhyNotText(reason, "why the plan is closed") is { } problem)
        {
            throw new DomainException(new DomainError(Rule, problem));
        }

        ClosedAt = at;
        ClosedById = by;
        ClosedReason = reason.Trim();
        Version++;
    }

    /// <summary>The achieved milestones, oldest achievement first: the client's small steps, celebrated.</summary>
    public IReadOnlyList<StaircaseMilestone> Achievements =>
        [.. milestones.Where(m => m.IsAchieved).OrderBy(m => m.AchievedOn).ThenBy(m => m.Step)];

    private static void Guard(DomainError? error)
    {
        if (error is not null)
        {
            throw new DomainException(error);
        }
    }
}

/// <summary>One step on a staircase, in a Te Whare Tapa Whā domain; once achieved (with its date) it stays achieved.</summary>
public sealed class StaircaseMilestone
{
    private StaircaseMilestone()
    {
        What = string.Empty;
    }

    internal StaircaseMilestone(Guid id, Guid planId, int step, WellbeingDomain domain, string what, DateOnly? targetOn, DateTimeOffset at, StaffId by)
        : this()
    {
        Id = id;
        PlanId = planId;
        Step = step;
        Domain = domain;
        What = what;
        TargetOn = targetOn;
        AddedAt = at;
        AddedById = by;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>Its place on the pathway, 1 first.</summary>
    public int Step { get; private set; }

    public WellbeingDomain Domain { get; private set; }

    public string What { get; private set; }

    public DateOnly? TargetOn { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public StaffId AddedById { get; private set; }

    public DateOnly? AchievedOn { get; private set; }

    public DateTimeOffset? AchievedAt { get; private set; }

    public StaffId? AchievedById { get; private set; }

    public string? AchievementNote { get; private set; }

    public bool IsAchieved => AchievedOn is not null;

    public DomainError? WhyNotAchieve(DateOnly on, DateOnly planStartedOn) =>
        IsAchieved ? new DomainError(StaircasePlan.Rule, $"This milestone was already achieved on {AchievedOn:yyyy-MM-dd}; achievements stay as recorded.")
        : on < planStartedOn ? new DomainError(StaircasePlan.Rule, "A milestone is achieved on or after the day the plan started.")
        : null;

    internal void Achieve(DateOnly on, string? note, DateTimeOffset at, StaffId by)
    {
        AchievedOn = on;
        AchievedAt = at;
        AchievedById = by;
        AchievementNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>A setback on the staircase (relapse, return to prison, health decline, other), with its date and a note.</summary>
public sealed class StaircaseSetback
{
    private StaircaseSetback()
    {
        Note = string.Empty;
    }

    internal StaircaseSetback(Guid id, Guid planId, SetbackKind kind, DateOnly on, string note, DateTimeOffset at, StaffId by)
        : this()
    {
        Id = id;
        PlanId = planId;
        Kind = kind;
        OccurredOn = on;
        Note = note;
        RecordedAt = at;
        RecordedById = by;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public SetbackKind Kind { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public StaffId RecordedById { get; private set; }
}

/// <summary>The API's names of goals and setback kinds (camelCase), and what people read.</summary>
public static class StaircaseNames
{
    public static string Code(this StaircaseGoal goal) => goal == StaircaseGoal.Work ? "work" : "study";

    public static StaircaseGoal? ParseGoal(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "work" => StaircaseGoal.Work,
        "study" => StaircaseGoal.Study,
        _ => null,
    };

    public static string Code(this SetbackKind kind) => kind switch
    {
        SetbackKind.Relapse => "relapse",
        SetbackKind.ReturnToPrison => "returnToPrison",
        SetbackKind.HealthDecline => "healthDecline",
        SetbackKind.Other => "other",
    };

    public static SetbackKind? ParseSetback(string? code) =>
        Enum.GetValues<SetbackKind>().Cast<SetbackKind?>().FirstOrDefault(k => string.Equals(k!.Value.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string DisplayName(this SetbackKind kind) => kind switch
    {
        SetbackKind.Relapse => "Relapse",
        SetbackKind.ReturnToPrison => "Return to prison",
        SetbackKind.HealthDecline => "Health decline",
        SetbackKind.Other => "Other setback",
    };
}
