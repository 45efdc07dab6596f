using Tautoko.Core.Common;

namespace Tautoko.Core.Caseloads;

/// <summary>How a client came onto a caseload.</summary>
public enum PlacementSource
{
    /// <summary>An applied assignment proposal (connector or national office).</summary>
    Proposal = 0,

    /// <summary>Added directly by a connector, manager or case manager.</summary>
    Manual = 1,

    /// <summary>Moved here by a transfer both managers agreed.</summary>
    Transfer = 2,

    /// <summary>Already on the caseload when the data was loaded.</summary>
    Loaded = 3,
}

/// <summary>
/// A client's place on a case manager's caseload: service, start date, the programme tag added with it,
/// who placed them and why; and, when it ends, how and why. One open placement per client at a time
/// (a unique index on open placements); history is never deleted.
/// </summary>
public sealed class CaseloadPlacement
{
    private CaseloadPlacement()
    {
        PlacedReason = string.Empty;
    }

    public CaseloadPlacement(
        Guid id,
        ClientId clientId,
        StaffId caseManagerId,
        SiteId siteId,
        CaseManagementService service,
        DateOnly startedOn,
        DateTimeOffset startedAt,
        StaffId? placedById,
        PlacementSource source,
        string placedReason,
        Guid? tagId,
        Guid? proposalId)
        : this()
    {
        if (string.IsNullOrWhiteSpace(placedReason))
        {
            throw new DomainException(new DomainError("placement-reason", "Say why the client is placed on this caseload."));
        }

        Id = id;
        ClientId = clientId;
        CaseManagerId = caseManagerId;
        SiteId = siteId;
        Service = service;
        StartedOn = startedOn;
        StartedAt = startedAt;
        PlacedById = placedById;
        Source = source;
        PlacedReason = placedReason.Trim();
        TagId = tagId;
        ProposalId = proposalId;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public StaffId CaseManagerId { get; private set; }

    public SiteId SiteId { get; private set; }

    public CaseManagementService Service { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Who made the placement; null only for placements loaded with the data.</summary>
    public StaffId? PlacedById { get; private set; }

    public PlacementSource Source { get; private set; }

    public string PlacedReason { get; private set; }

    /// <summary>The programme tag added with the placement (removed when it ends).</summary>
    public Guid? TagId { get; private set; }

    public Guid? ProposalId { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public StaffId? EndedById { get; private set; }

    public PlacementEnd? End { get; private set; }

    public ExitReason? ExitReason { get; private set; }

    public string? EndNote { get; private set; }

    public bool IsOpen => EndedAt is null;

    public TimeInServiceBand Band(DateOnly today) => TimeInService.Band(StartedOn, EndedOn ?? today);

    /// <summary>R-024: exit with one of the five reasons; the checklist is checked first .</summary>
    public void Exit(ExitChecklist checklist, StaffId by, DateTimeOffset at, DateOnly today)
    {
        checklist.ThrowIfInvalid();
        Close(PlacementEnd.Exited, by, at, today, checklist.Notes);
        ExitReason = checklist.Reason;
    }

    /// <summary>R-007: the managers of both sites agreed to move the client; a new placement follows.</summary>
    public void EndByTransfer(StaffId by, DateTimeOffset at, DateOnly today, string note) =>
        Close(PlacementEnd.Transferred, by, at, today, note);

    /// <summary>R-027: the client leaves the caseload for a contracted service over 4 weeks similar to case management.</summary>
    public void EndForContractedService(StaffId by, DateTimeOffset at, DateOnly today, string note)
    {
        Close(PlacementEnd.ContractedService, by, at, today, note);
        ExitReason = Caseloads.ExitReason.ReceivingOtherLongTermService;
    }

    /// <summary>Generator history: a placement that ended before the data was loaded.</summary>
    public void EndLoaded(ExitReason reason, DateTimeOffset at, DateOnly on, StaffId by, string note)
    {
        Close(PlacementEnd.Exited, by, at, on, note);
        ExitReason = reason;
    }

    private void Close(PlacementEnd end, StaffId by, DateTimeOffset at, DateOnly today, string? note)
    {
        if (!IsOpen)
        {
            throw new DomainException(new DomainError("placement-ended", "This client has already left the caseload."));
        }

        if (today < StartedOn)
        {
            throw new DomainException(new DomainError("placement-dates", "A placement cannot end before it starts."));
        }

        End = end;
        EndedById = by;
        EndedAt = at;
        EndedOn = today;
        EndNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
