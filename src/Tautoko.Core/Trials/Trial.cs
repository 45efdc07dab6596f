using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Trials;

public enum TrialArm
{
    Control = 0,
    Treatment = 1,
}

/// <summary>
/// A randomised trial national office runs inside Tautoko (SPEC §10, seed 004): the service it tests, the selection
/// date, the eligibility criteria as data, the strata (age group, optionally site), the allocation ratio and the
/// capacity per site. It is randomised once; from then until <see cref="EndsOn"/> its control group is
/// protected from the tested service.
/// </summary>
public sealed class Trial
{
    public const int MaxNameLength = 120;

    private Trial()
    {
        Name = null!;
        CriteriaJson = null!;
    }

    public Trial(Guid id, string name, CaseManagementService service, DateOnly selectionDate, DateOnly endsOn, TrialCriteria criteria,
        bool stratifyBySite, int treatmentWeight, int controlWeight, int? capacityPerSite, StaffId createdBy, DateTimeOffset createdAt)
    {
        if (treatmentWeight < 1 || controlWeight < 1)
        {
            throw new DomainException(new DomainError("trial", "Both arms need a weight of at least 1."));
        }

        Id = id;
        Name = name.Trim();
        Service = service;
        SelectionDate = selectionDate;
        EndsOn = endsOn;
        CriteriaJson = criteria.ToJson();
        StratifyBySite = stratifyBySite;
        TreatmentWeight = treatmentWeight;
        ControlWeight = controlWeight;
        CapacityPerSite = capacityPerSite;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public CaseManagementService Service { get; private set; }

    public DateOnly SelectionDate { get; private set; }

    /// <summary>The last day the trial runs: its control group is protected from the service until then.</summary>
    public DateOnly EndsOn { get; private set; }

    public string CriteriaJson { get; private set; }

    public bool StratifyBySite { get; private set; }

    public int TreatmentWeight { get; private set; }

    public int ControlWeight { get; private set; }

    /// <summary>The most treatment clients a site takes (its ICS case managers' places); null when unlimited.</summary>
    public int? CapacityPerSite { get; private set; }

    public StaffId CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The seed the random assignment used, recorded so anyone can reproduce and audit it .</summary>
    public long? RandomSeed { get; private set; }

    public DateTimeOffset? RandomisedAt { get; private set; }

    public StaffId? RandomisedBy { get; private set; }

    public int Version { get; private set; }

    public TrialCriteria Criteria => TrialCriteria.FromJson(CriteriaJson);

    public bool IsRandomised => RandomisedAt is not null;

    /// <summary>Running: randomised, and on or before its last day (the control group is protected, R-113).</summary>
    public bool IsRunningOn(DateOnly date) => IsRandomised && date <= EndsOn;

    public string Ratio => $"{TreatmentWeight}:{ControlWeight}";

    public DomainError? WhyNotRandomise(DateOnly today) =>
        IsRandomised ? new DomainError("R-113", "This trial has already been randomised; a client's assignment is never drawn again.")
        : today < SelectionDate ? new DomainError("R-113", $"Randomise on or after the selection date ({SelectionDate:d MMMM yyyy}).")
        : null;

    public void MarkRandomised(long seed, StaffId by, DateTimeOffset at)
    {
        if (IsRandomised)
        {
            throw new DomainException(new DomainError("R-113", "This trial has already been randomised; a client's assignment is never drawn again."));
        }

        RandomSeed = seed;
        RandomisedAt = at;
        RandomisedBy = by;
        Version++;
    }
}

/// <summary>
/// One client's place in a trial, drawn once. There is no way to change it: no setter is public, no method
/// changes it, and the database keeps one row per trial and client (unique index) and refuses updates.
/// </summary>
public sealed class TrialAssignment
{
    private TrialAssignment()
    {
        Stratum = null!;
    }

    public TrialAssignment(Guid id, Guid trialId, ClientId clientId, TrialArm arm, string stratum, string ageGroup, SiteId siteId, int sequence, DateTimeOffset assignedAt)
    {
        Id = id;
        TrialId = trialId;
        ClientId = clientId;
        Arm = arm;
        Stratum = stratum;
        AgeGroup = ageGroup;
        SiteId = siteId;
        Sequence = sequence;
        AssignedAt = assignedAt;
    }

    public Guid Id { get; private set; }

    public Guid TrialId { get; private set; }

    public ClientId ClientId { get; private set; }

    public TrialArm Arm { get; private set; }

    public string Stratum { get; private set; }

    public string AgeGroup { get; private set; } = null!;

    public SiteId SiteId { get; private set; }

    /// <summary>The client's position in the draw (within the whole trial), for the audit.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }
}
