using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assignment;

public enum ProposalScope
{
    Site = 0,
    Region = 1,
    National = 2,

    /// <summary>A randomised trial's treatment clients offered to the tested service's caseloads; optionally one site's.</summary>
    Trial = 3,
}

public enum ProposalStatus
{
    /// <summary>Solved and waiting for review.</summary>
    Proposed = 0,
    Applied = 1,
    Rejected = 2,
}

/// <summary>
/// A solved assignment proposal: scope, the policy and what-ifs it ran with, its figures, and its review:
/// proposed → applied (once, in one transaction) or rejected. Lines hold the placements.
/// </summary>
public sealed partial class AssignmentProposal
{
    private AssignmentProposal()
    {
        ScopeName = string.Empty;
        Policy = string.Empty;
        WhatIf = string.Empty;
        Summary = string.Empty;
    }

    public AssignmentProposal(Guid id, ProposalScope scope, Guid? scopeId, string scopeName, StaffId? createdById, DateTimeOffset createdAt, string policy, string whatIf)
        : this()
    {
        Id = id;
        Scope = scope;
        ScopeId = scopeId;
        ScopeName = scopeName;
        CreatedById = createdById;
        CreatedAt = createdAt;
        Policy = policy;
        WhatIf = whatIf;
        Status = ProposalStatus.Proposed;
    }

    /// <summary>A trial's proposal (<see cref="ProposalScope.Trial"/>), for the whole trial or one site's treatment clients.</summary>
    public static AssignmentProposal ForTrial(Guid id, Guid trialId, SiteId? site, string scopeName, StaffId? createdById, DateTimeOffset createdAt, string policy) =>
        new(id, ProposalScope.Trial, trialId, scopeName, createdById, createdAt, policy, "{}") { ScopeSiteId = site };

    public Guid Id { get; private set; }

    public ProposalScope Scope { get; private set; }

    public Guid? ScopeId { get; private set; }

    /// <summary>A trial proposal limited to one site's treatment clients: that site (null for the whole trial and other scopes).</summary>
    public SiteId? ScopeSiteId { get; private set; }

    public string ScopeName { get; private set; }

    /// <summary>Who asked for it (null when the CLI ran it without a staff account).</summary>
    public StaffId? CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The weights and mix it was solved with (JSON), shown beside it.</summary>
    public string Policy { get; private set; }

    /// <summary>What-ifs (JSON): capacities, case managers assumed on leave, a different mix; "{}" for none.</summary>
    public string WhatIf { get; private set; }

    /// <summary>Figures of the run (JSON): counts by reason, waiting, timings, graph size.</summary>
    public string Summary { get; private set; }

    public long Objective { get; private set; }

    public int ClientsInScope { get; private set; }

    public int Candidates { get; private set; }

    public int FreePlacesBefore { get; private set; }

    public int Proposed { get; private set; }

    public ProposalStatus Status { get; private set; }

    public StaffId? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectedReason { get; private set; }

    /// <summary>Placements made when applied (0 until then).</summary>
    public int Applied { get; private set; }

    public int Version { get; private set; }

    public void Record(long objective, int clientsInScope, int candidates, int freePlaces, int proposed, string summary)
    {
        Objective = objective;
        ClientsInScope = clientsInScope;
        Candidates = candidates;
        FreePlacesBefore = freePlaces;
        Proposed = proposed;
        Summary = summary;
    }

    /// <summary>An override changed the number of lines that will be applied.</summary>
    public void Overridden(int proposed)
    {
        EnsureProposed();
        Proposed = proposed;
        Version++;
    }

    public void MarkApplied(StaffId? by, DateTimeOffset at, int placements)
    {
        EnsureProposed();
        Status = ProposalStatus.Applied;
        DecidedById = by;
        DecidedAt = at;
        Applied = placements;
        Version++;
    }

    public void Reject(StaffId by, DateTimeOffset at, string reason)
    {
        EnsureProposed();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(new DomainError("proposal-reason", "Say why the proposal is rejected."));
        }

        Status = ProposalStatus.Rejected;
        DecidedById = by;
        DecidedAt = at;
        RejectedReason = reason.Trim();
        Version++;
    }

    private void EnsureProposed()
    {
        if (Status != ProposalStatus.Proposed)
        {
            throw new DomainException(new DomainError("proposal-decided", $"This proposal was already {Status.ToString().ToLowerInvariant()}."));
        }
    }
}

public enum LineOrigin
{
    Solver = 0,
    Override = 1,
}

/// <summary>One proposed placement with its explanation; a connector may withdraw it or move it, saying why.</summary>
public sealed class AssignmentProposalLine
{
    private AssignmentProposalLine()
    {
        Explanation = string.Empty;
    }

    public AssignmentProposalLine(Guid id, Guid proposalId, ClientId clientId, StaffId caseManagerId, SiteId siteId, CaseManagementService service, PriorityCohort? cohort, int waitedDays, bool awayFromHome, string explanation, LineOrigin origin, StaffId? overriddenById, DateTimeOffset? overriddenAt, string? overrideReason)
        : this()
    {
        if (origin == LineOrigin.Override && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new DomainException(new DomainError("override-reason", "Say why you override the proposal."));
        }

        Id = id;
        ProposalId = proposalId;
        ClientId = clientId;
        CaseManagerId = caseManagerId;
        SiteId = siteId;
        Service = service;
        Cohort = cohort;
        WaitedDays = waitedDays;
        AwayFromHome = awayFromHome;
        Explanation = explanation;
        Origin = origin;
        OverriddenById = overriddenById;
        OverriddenAt = overriddenAt;
        OverrideReason = overrideReason?.Trim();
    }

    public Guid Id { get; private set; }

    public Guid ProposalId { get; private set; }

    public ClientId ClientId { get; private set; }

    public StaffId CaseManagerId { get; private set; }

    public SiteId SiteId { get; private set; }

    public CaseManagementService Service { get; private set; }

    public PriorityCohort? Cohort { get; private set; }

    public int WaitedDays { get; private set; }

    public bool AwayFromHome { get; private set; }

    public string Explanation { get; private set; }

    public LineOrigin Origin { get; private set; }

    public bool Withdrawn { get; private set; }

    public StaffId? OverriddenById { get; private set; }

    public DateTimeOffset? OverriddenAt { get; private set; }

    public string? OverrideReason { get; private set; }

    public void Withdraw(StaffId by, DateTimeOffset at, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(new DomainError("override-reason", "Say why you override the proposal."));
        }

        if (Withdrawn)
        {
            throw new DomainException(new DomainError("override", "This line was already withdrawn."));
        }

        Withdrawn = true;
        OverriddenById = by;
        OverriddenAt = at;
        OverrideReason = reason.Trim();
    }
}

/// <summary>A caseload's mix before and after the proposal, as reported beside it.</summary>
public sealed class AssignmentProposalCaseload
{
    private AssignmentProposalCaseload()
    {
        Existing = [];
        Added = [];
        Targets = [];
    }

    public AssignmentProposalCaseload(Guid proposalId, CaseloadOutcome outcome)
    {
        ProposalId = proposalId;
        StaffId = outcome.StaffId;
        SiteId = outcome.SiteId;
        Service = outcome.Service;
        Capacity = outcome.Capacity;
        FilledBefore = outcome.FilledBefore;
        OutsideCohorts = outcome.OutsideCohorts;
        Existing = outcome.Existing;
        Added = outcome.Added;
        Targets = outcome.Targets;
    }

    public Guid ProposalId { get; private set; }

    public StaffId StaffId { get; private set; }

    public SiteId SiteId { get; private set; }

    public CaseManagementService Service { get; private set; }

    public int Capacity { get; private set; }

    public int FilledBefore { get; private set; }

    public int OutsideCohorts { get; private set; }

    public int[] Existing { get; private set; }

    public int[] Added { get; private set; }

    public int[] Targets { get; private set; }

    public CaseloadOutcome ToOutcome() => new(StaffId, SiteId, Service, Capacity, FilledBefore, OutsideCohorts, Existing, Added, Targets);
}

/// <summary>A site's side of a proposal, so any client of the site can be told later why they were or were not placed.</summary>
public sealed class AssignmentProposalSite
{
    private AssignmentProposalSite()
    {
    }

    public AssignmentProposalSite(Guid proposalId, SiteOutcome outcome, bool placesReachable)
    {
        ProposalId = proposalId;
        SiteId = outcome.SiteId;
        FreeFaceToFaceBefore = outcome.FreeFaceToFaceBefore;
        PlacedFromSite = outcome.PlacedFromSite;
        LastPlacedCohort = outcome.LastPlacedCohort;
        LastPlacedWaitedDays = outcome.LastPlacedWaitedDays;
        PlacesReachable = placesReachable;
    }

    public Guid ProposalId { get; private set; }

    public SiteId SiteId { get; private set; }

    public int FreeFaceToFaceBefore { get; private set; }

    public int PlacedFromSite { get; private set; }

    public PriorityCohort? LastPlacedCohort { get; private set; }

    public int? LastPlacedWaitedDays { get; private set; }

    /// <summary>Whether the site's clients could reach any free place (home site, region or phone-based unit).</summary>
    public bool PlacesReachable { get; private set; }

    public SiteOutcome ToOutcome() => new(SiteId, FreeFaceToFaceBefore, PlacedFromSite, LastPlacedCohort, LastPlacedWaitedDays);
}

/// <summary>National office's assignment policy as stored (one row): the weights and the target mix.</summary>
public sealed class AssignmentPolicySettings
{
    public const int SingletonId = 1;

    private AssignmentPolicySettings()
    {
    }

    public AssignmentPolicySettings(AssignmentPolicy policy, DateTimeOffset at)
    {
        Id = SingletonId;
        Set(policy);
        UpdatedAt = at;
    }

    public int Id { get; private set; }

    public int KeepFull { get; private set; }

    public int YouthPriority { get; private set; }

    public int UnderTwoYearsPriority { get; private set; }

    public int OverTwoYearsPriority { get; private set; }

    public int WithChildrenPriority { get; private set; }

    public int WaitingPerWeek { get; private set; }

    public int WaitingCapWeeks { get; private set; }

    public int MixOvershoot { get; private set; }

    public int? AwayFromHomeSite { get; private set; }

    public int MixYouth { get; private set; }

    public int MixUnderTwoYears { get; private set; }

    public int MixOverTwoYears { get; private set; }

    public int MixWithChildren { get; private set; }

    public StaffId? UpdatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public AssignmentPolicy Policy => new(
        new AssignmentWeights(KeepFull, YouthPriority, UnderTwoYearsPriority, OverTwoYearsPriority, WithChildrenPriority, WaitingPerWeek, WaitingCapWeeks, MixOvershoot, AwayFromHomeSite),
        new CohortMix(MixYouth, MixUnderTwoYears, MixOverTwoYears, MixWithChildren));

    public void Change(AssignmentPolicy policy, StaffId by, DateTimeOffset at)
    {
        Set(policy);
        UpdatedById = by;
        UpdatedAt = at;
        Version++;
    }

    private void Set(AssignmentPolicy policy)
    {
        policy.Validate();
        (KeepFull, YouthPriority, UnderTwoYearsPriority, OverTwoYearsPriority, WithChildrenPriority, WaitingPerWeek, WaitingCapWeeks, MixOvershoot, AwayFromHomeSite) = policy.Weights;
        (MixYouth, MixUnderTwoYears, MixOverTwoYears, MixWithChildren) = policy.Mix;
    }
}
