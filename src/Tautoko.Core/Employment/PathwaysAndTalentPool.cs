using Tautoko.Core.Common;

namespace Tautoko.Core.Employment;

/// <summary>
/// Where a client's Pathways to Employment (PTE) plan stands (seed 002: "A completed PTE plan, where appropriate").
/// <see cref="NotAppropriate"/> is the case manager's recorded decision that the client needs no PTE plan.
/// </summary>
public enum PtePlanStatus
{
    NotAppropriate = 0,
    Draft = 1,
    Active = 2,
    Completed = 3,
}

/// <summary>
/// Where a client stands with the Virtual Talent Pool (seed 002: "Referrals to Virtual Talent Pools (VTP), where appropriate").
/// <see cref="NotAppropriate"/> is the case manager's recorded decision that a referral is not appropriate.
/// </summary>
public enum VtpStatus
{
    NotAppropriate = 0,
    Referred = 1,
    Joined = 2,
    Left = 3,
}

/// <summary>A PTE plan as a person enters it: status, the milestones towards work, when it started and was completed, and why not (when not appropriate).</summary>
public sealed record PtePlanDetails(PtePlanStatus? Status, string? Milestones, DateOnly? StartedOn, DateOnly? CompletedOn, string? Reason)
{
    public const int MaxTextLength = 4000;

    /// <summary>Problems by field name (empty when the plan may be saved); <paramref name="today"/> is the Auckland day.</summary>
    public Dictionary<string, string[]> Problems(DateOnly today)
    {
        var problems = new Dictionary<string, string[]>();
        var milestones = Clean(Milestones);
        var reason = Clean(Reason);
        if (Status is not { } status || !Enum.IsDefined(status))
        {
            problems["status"] = ["Choose notAppropriate, draft, active or completed."];
            return problems;
        }

        if (milestones is { Length: > MaxTextLength }) problems["milestones"] = [$"At most {MaxTextLength} characters."];
        if (reason is { Length: > MaxTextLength }) problems["reason"] = [$"At most {MaxTextLength} characters."];
        if (status == PtePlanStatus.NotAppropriate)
        {
            if (reason is null) problems["reason"] = ["Say why a PTE plan is not appropriate for this client."];
            if (StartedOn is not null) problems["startedOn"] = ["A plan that is not appropriate has no start date."];
            if (CompletedOn is not null) problems["completedOn"] = ["A plan that is not appropriate has no completion date."];
            return problems;
        }

        if (milestones is null) problems["milestones"] = ["List the plan's milestones towards work."];
        if (status != PtePlanStatus.Draft && StartedOn is null) problems["startedOn"] = ["An active or completed plan has a start date."];
        if (StartedOn > today) problems["startedOn"] = ["A start date is not in the future."];
        if (status == PtePlanStatus.Completed)
        {
            if (CompletedOn is not { } done) problems["completedOn"] = ["A completed plan has a completion date."];
            else if (done > today) problems["completedOn"] = ["A completion date is not in the future."];
            else if (StartedOn is { } start && done < start) problems["completedOn"] = ["A plan is completed on or after it started."];
        }
        else if (CompletedOn is not null)
        {
            problems["completedOn"] = ["Only a completed plan has a completion date."];
        }

        return problems;
    }

    public PtePlanDetails Trimmed() => new(Status, Clean(Milestones), StartedOn, CompletedOn, Clean(Reason));

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A Virtual Talent Pool membership as a person enters it: status, the pool, the referral, joining and leaving days, and why not (when not appropriate).</summary>
public sealed record VtpMembershipDetails(VtpStatus? Status, string? Pool, DateOnly? ReferredOn, DateOnly? JoinedOn, DateOnly? LeftOn, string? Reason)
{
    public const int MaxPoolLength = 200;

    /// <summary>Problems by field name (empty when the membership may be saved); <paramref name="today"/> is the Auckland day.</summary>
    public Dictionary<string, string[]> Problems(DateOnly today)
    {
        var problems = new Dictionary<string, string[]>();
        var pool = PtePlanDetails.Clean(Pool);
        var reason = PtePlanDetails.Clean(Reason);
        if (Status is not { } status || !Enum.IsDefined(status))
        {
            problems["status"] = ["Choose notAppropriate, referred, joined or left."];
            return problems;
        }

        if (pool is { Length: > MaxPoolLength }) problems["pool"] = [$"At most {MaxPoolLength} characters."];
        if (reason is { Length: > PtePlanDetails.MaxTextLength }) problems["reason"] = [$"At most {PtePlanDetails.MaxTextLength} characters."];
        if (status == VtpStatus.NotAppropriate)
        {
            if (reason is null) problems["reason"] = ["Say why a Virtual Talent Pool referral is not appropriate for this client."];
            if (ReferredOn is not null || JoinedOn is not null || LeftOn is not null) problems["referredOn"] = ["A referral that is not appropriate has no dates."];
            return problems;
        }

        if (pool is null) problems["pool"] = ["Name the talent pool the client is referred to."];
        if (ReferredOn is not { } referred) problems["referredOn"] = ["A referral has the day it was made."];
        else if (referred > today) problems["referredOn"] = ["A referral day is not in the future."];
        Day("joinedOn", JoinedOn, status is VtpStatus.Joined or VtpStatus.Left, "A client who joined has the day they joined.", ReferredOn, "Joined on or after the referral.");
        Day("leftOn", LeftOn, status == VtpStatus.Left, "A client who left has the day they left.", JoinedOn, "Left on or after joining.");
        return problems;

        void Day(string field, DateOnly? value, bool required, string missing, DateOnly? after, string order)
        {
            if (!required)
            {
                if (value is not null) problems[field] = [$"Not for a membership that is {status.ToString().ToLowerInvariant()}."];
                return;
            }

            if (value is not { } day) problems[field] = [missing];
            else if (day > today) problems[field] = ["Not in the future."];
            else if (after is { } earlier && day < earlier) problems[field] = [order];
        }
    }

    public VtpMembershipDetails Trimmed() => new(Status, PtePlanDetails.Clean(Pool), ReferredOn, JoinedOn, LeftOn, PtePlanDetails.Clean(Reason));
}

/// <summary>
/// What a client's PTE plan and VTP membership share: one per client, version 1 when recorded and one more at each change,
/// who changed it last and when; the details are kept trimmed and an update that changes nothing saves nothing.
/// </summary>
public abstract class VersionedClientRecord<TDetails>
    where TDetails : IEquatable<TDetails>
{
    protected VersionedClientRecord()
    {
    }

    protected VersionedClientRecord(ClientId clientId)
    {
        Id = Guid.CreateVersion7();
        ClientId = clientId;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public StaffId UpdatedBy { get; private set; }

    public abstract TDetails Details { get; }

    /// <summary>Replaces the details; false (nothing saved) when nothing changed.</summary>
    public bool Update(TDetails details, StaffId by, DateTimeOffset at)
    {
        if (Trimmed(details).Equals(Details))
        {
            return false;
        }

        Apply(details, by, at);
        Version++;
        return true;
    }

    protected void Apply(TDetails details, StaffId by, DateTimeOffset at)
    {
        Set(Trimmed(details));
        UpdatedAt = at;
        UpdatedBy = by;
    }

    /// <summary>The details as kept (text trimmed, blank as none).</summary>
    protected abstract TDetails Trimmed(TDetails details);

    /// <summary>Keeps trimmed details; a status is needed.</summary>
    protected abstract void Set(TDetails clean);
}

/// <summary>A client's Pathways to Employment plan: one per client, edited with the version read.</summary>
public sealed class PtePlan : VersionedClientRecord<PtePlanDetails>
{
    private PtePlan()
    {
    }

    public PtePlan(ClientId clientId, PtePlanDetails details, StaffId by, DateTimeOffset at)
        : base(clientId) => Apply(details, by, at);

    public PtePlanStatus Status { get; private set; }

    public string? Milestones { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Reason { get; private set; }

    public override PtePlanDetails Details => new(Status, Milestones, StartedOn, CompletedOn, Reason);

    protected override PtePlanDetails Trimmed(PtePlanDetails details) => details.Trimmed();

    protected override void Set(PtePlanDetails clean)
    {
        Status = clean.Status ?? throw new ArgumentException("A status is needed.", "details");
        Milestones = clean.Milestones;
        StartedOn = clean.StartedOn;
        CompletedOn = clean.CompletedOn;
        Reason = clean.Reason;
    }
}

/// <summary>A client's Virtual Talent Pool membership (referral, joining, leaving): one per client, edited with the version read.</summary>
public sealed class VtpMembership : VersionedClientRecord<VtpMembershipDetails>
{
    private VtpMembership()
    {
    }

    public VtpMembership(ClientId clientId, VtpMembershipDetails details, StaffId by, DateTimeOffset at)
        : base(clientId) => Apply(details, by, at);

    public VtpStatus Status { get; private set; }

    public string? Pool { get; private set; }

    public DateOnly? ReferredOn { get; private set; }

    public DateOnly? JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public string? Reason { get; private set; }

    public override VtpMembershipDetails Details => new(Status, Pool, ReferredOn, JoinedOn, LeftOn, Reason);

    protected override VtpMembershipDetails Trimmed(VtpMembershipDetails details) => details.Trimmed();

    protected override void Set(VtpMembershipDetails clean)
    {
        Status = clean.Status ?? throw new ArgumentException("A status is needed.", "details");
        Pool = clean.Pool;
        ReferredOn = clean.ReferredOn;
        JoinedOn = clean.JoinedOn;
        LeftOn = clean.LeftOn;
        Reason = clean.Reason;
    }
}
