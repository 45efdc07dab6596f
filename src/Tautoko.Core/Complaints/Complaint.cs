using Tautoko.Core.Common;

namespace Tautoko.Core.Complaints;

public enum ComplaintStatus
{
    Open = 0,

    /// <summary>An outcome of Table Eight is recorded; the complaint is closed.</summary>
    Closed = 1,
}

/// <summary>
/// A complaint about the behaviour of a frontline staff member (000, Table Eight): who it names, the client who complained
/// (when a client did), when and how it arrived and what it says. It is open until one of the nine outcomes is
/// recorded, which closes it; a closed complaint keeps its outcome.
/// </summary>
public sealed class Complaint
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxNoteLength = 2000;
    public const string ClosedRule = "complaint-closed";

    private Complaint()
    {
        Description = string.Empty;
    }

    public Complaint(Guid id, StaffId staffId, SiteId siteId, ClientId? clientId, DateOnly receivedOn, ComplaintChannel channel, string description, StaffId recordedById, DateTimeOffset recordedAt)
        : this()
    {
        if (string.IsNullOrWhiteSpace(description) || description.Trim().Length > MaxDescriptionLength)
        {
            throw new DomainException(new DomainError("complaint-description", $"Describe the complaint in at most {MaxDescriptionLength} characters."));
        }

        Id = id;
        StaffId = staffId;
        SiteId = siteId;
        ClientId = clientId;
        ReceivedOn = receivedOn;
        Channel = channel;
        Description = description.Trim();
        RecordedById = recordedById;
        RecordedAt = recordedAt;
        Status = ComplaintStatus.Open;
    }

    public Guid Id { get; private set; }

    /// <summary>The staff member the complaint is about.</summary>
    public StaffId StaffId { get; private set; }

    /// <summary>The named staff member's site when the complaint was recorded: its manager handles the complaint.</summary>
    public SiteId SiteId { get; private set; }

    /// <summary>The client who complained, when a client did.</summary>
    public ClientId? ClientId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    public string Description { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public StaffId? ClosedById { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>Why the outcome cannot be recorded now, or null when it can.</summary>
    public DomainError? WhyNotRecordOutcome() =>
        Status == ComplaintStatus.Closed
            ? new DomainError(ClosedRule, $"The complaint is already closed: {Outcome?.SeedText()}.")
            : null;

    /// <summary>R-093: records one of Table Eight's nine outcomes and closes the complaint.</summary>
    public void RecordOutcome(ComplaintOutcome outcome, string? note, StaffId by, DateTimeOffset at)
    {
        if (WhyNotRecordOutcome() is { } error)
        {
            throw new DomainException(error);
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException(new DomainError("R-093", "Record one of the nine outcomes of Table Eight."));
        }

        Outcome = outcome;
        OutcomeNote = string.IsNullOrWhiteSpace(note) ? null : TextLimits.Clip(note.Trim(), MaxNoteLength);
        ClosedById = by;
        ClosedAt = at;
        Status = ComplaintStatus.Closed;
        Version++;
    }
}
