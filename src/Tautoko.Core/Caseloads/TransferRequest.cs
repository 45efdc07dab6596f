using Tautoko.Core.Common;

namespace Tautoko.Core.Caseloads;

public enum TransferStatus
{
    Pending = 0,
    Approved = 1,
    Declined = 2,
}

/// <summary>Which side of a transfer a manager decides for.</summary>
public enum TransferSide
{
    From = 0,
    To = 1,
}

/// <summary>
/// a client's written request, with reasons, to change case manager or service centre; the
/// managers of both centres decide (one decision when both are the same centre). History is kept.
/// </summary>
public sealed class TransferRequest
{
    /// <summary>R-007: a client's request waits for both managers; a second one waits until the first is decided.</summary>
    public static DomainError? WhyNotAnother(bool onePending) =>
        onePending ? new DomainError("R-007", "The client already has a request waiting for the managers' decision.") : null;

    private TransferRequest()
    {
        Reasons = string.Empty;
    }

    public TransferRequest(Guid id, ClientId clientId, Guid? placementId, StaffId? fromCaseManagerId, SiteId fromSiteId, SiteId toSiteId, StaffId? toCaseManagerId, DateOnly receivedOn, string reasons, StaffId recordedById, DateTimeOffset recordedAt)
        : this()
    {
        // the request is made in writing, with the reasons for the change.
        if (string.IsNullOrWhiteSpace(reasons) || reasons.Trim().Length < 10)
        {
            throw new DomainException(new DomainError("R-007", "Record the client's written reasons for the change (at least 10 characters)."));
        }

        if (fromSiteId == toSiteId && toCaseManagerId is null)
        {
            throw new DomainException(new DomainError("R-007", "Within one service centre the request names the case manager the client asks for."));
        }

        if (toCaseManagerId is { } to && fromCaseManagerId == to)
        {
            throw new DomainException(new DomainError("R-007", "The client is already with that case manager."));
        }

        Id = id;
        ClientId = clientId;
        PlacementId = placementId;
        FromCaseManagerId = fromCaseManagerId;
        FromSiteId = fromSiteId;
        ToSiteId = toSiteId;
        ToCaseManagerId = toCaseManagerId;
        ReceivedOn = receivedOn;
        Reasons = reasons.Trim();
        RecordedById = recordedById;
        RecordedAt = recordedAt;
        Status = TransferStatus.Pending;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>The placement the client is leaving (null when they are not on a caseload).</summary>
    public Guid? PlacementId { get; private set; }

    public StaffId? FromCaseManagerId { get; private set; }

    public SiteId FromSiteId { get; private set; }

    public SiteId ToSiteId { get; private set; }

    /// <summary>The case manager asked for; the receiving manager may name one when the client did not.</summary>
    public StaffId? ToCaseManagerId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string Reasons { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public TransferStatus Status { get; private set; }

    public bool? FromApproved { get; private set; }

    public StaffId? FromDecidedById { get; private set; }

    public DateTimeOffset? FromDecidedAt { get; private set; }

    public string? FromNote { get; private set; }

    public bool? ToApproved { get; private set; }

    public StaffId? ToDecidedById { get; private set; }

    public DateTimeOffset? ToDecidedAt { get; private set; }

    public string? ToNote { get; private set; }

    /// <summary>The placement created when the transfer was carried out.</summary>
    public Guid? NewPlacementId { get; private set; }

    public int Version { get; private set; }

    public bool SameSite => FromSiteId == ToSiteId;

    /// <summary>Whether a manager of <paramref name="site"/> has a decision to make.</summary>
    public IReadOnlyList<TransferSide> SidesFor(SiteId site)
    {
        var sides = new List<TransferSide>(2);
        if (site == FromSiteId && FromApproved is null)
        {
            sides.Add(TransferSide.From);
        }

        if (site == ToSiteId && ToApproved is null)
        {
            sides.Add(TransferSide.To);
        }

        return sides;
    }

    /// <summary>
    /// A manager decides for their site (both sides at once when the sites are the same). A decline ends the
    /// request; the second approval makes it Approved and the caller then moves the client.
    /// </summary>
    public void Decide(SiteId managerSite, bool approve, StaffId by, DateTimeOffset at, string? note, StaffId? toCaseManagerId)
    {
        if (Status != TransferStatus.Pending)
        {
            throw new DomainException(new DomainError("R-007", "This request has already been decided."));
        }

        var sides = SidesFor(managerSite);
        if (sides.Count == 0)
        {
            throw new DomainException(new DomainError("R-007", "Only the managers of the two service centres involved decide, each once."));
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(new DomainError("R-007", "Say why the request is declined."));
        }

        if (sides.Contains(TransferSide.To) && toCaseManagerId is { } named)
        {
            ToCaseManagerId = named;
        }

        if (approve && sides.Contains(TransferSide.To) && ToCaseManagerId is null)
        {
            throw new DomainException(new DomainError("R-007", "Name the case manager who will take the client."));
        }

        foreach (var side in sides)
        {
            if (side == TransferSide.From)
            {
                FromApproved = approve;
                FromDecidedById = by;
                FromDecidedAt = at;
                FromNote = note?.Trim();
            }
            else
            {
                ToApproved = approve;
                ToDecidedById = by;
                ToDecidedAt = at;
                ToNote = note?.Trim();
            }
        }

        Status = !approve ? TransferStatus.Declined
            : FromApproved == true && ToApproved == true ? TransferStatus.Approved
            : TransferStatus.Pending;
        Version++;
    }

    public void CarriedOut(Guid newPlacementId) => NewPlacementId = newPlacementId;
}
