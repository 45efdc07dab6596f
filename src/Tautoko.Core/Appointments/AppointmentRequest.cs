using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

public enum AppointmentRequestStatus
{
    Open = 0,
    Booked = 1,
    Withdrawn = 2,
}

/// <summary>
/// A request in a site's face-to-face appointment queue: made when neither the client's case manager
/// nor their buddy can take the booking, or for a client who needs a case manager.
/// The site clears its queue within 24 hours.
/// </summary>
public sealed class AppointmentRequest
{
    public static readonly TimeSpan ClearWithin = TimeSpan.FromHours(24);

    private AppointmentRequest()
    {
        Reason = string.Empty;
    }

    public AppointmentRequest(Guid id, ClientId clientId, SiteId siteId, string reason, StaffId referredById, DateTimeOffset referredAt)
        : this()
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(new DomainError("R-082", "Say what the client needs the appointment for."));
        }

        if (reason.Length > 1000)
        {
            throw new DomainException(new DomainError("R-082", "The reason is at most 1000 characters."));
        }

        Id = id;
        ClientId = clientId;
        SiteId = siteId;
        Reason = reason.Trim();
        ReferredById = referredById;
        ReferredAt = referredAt.ToUniversalTime();
        Status = AppointmentRequestStatus.Open;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public SiteId SiteId { get; private set; }

    public string Reason { get; private set; }

    public StaffId ReferredById { get; private set; }

    public DateTimeOffset ReferredAt { get; private set; }

    public AppointmentRequestStatus Status { get; private set; }

    public AppointmentId? AppointmentId { get; private set; }

    public StaffId? ClosedById { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    // site face-to-face queues are cleared within 24 hours.
    public DateTimeOffset DueBy => ReferredAt + ClearWithin;

    public bool IsOverdue(DateTimeOffset now) => Status == AppointmentRequestStatus.Open && now > DueBy;

    public void MarkBooked(AppointmentId appointment, StaffId by, DateTimeOffset now)
    {
        EnsureOpen();
        Status = AppointmentRequestStatus.Booked;
        AppointmentId = appointment;
        ClosedById = by;
        ClosedAt = now.ToUniversalTime();
    }

    public void Withdraw(StaffId by, DateTimeOffset now)
    {
        EnsureOpen();
        Status = AppointmentRequestStatus.Withdrawn;
        ClosedById = by;
        ClosedAt = now.ToUniversalTime();
    }

    private void EnsureOpen()
    {
        if (Status != AppointmentRequestStatus.Open)
        {
            throw new DomainException(new DomainError("R-083", "This request has already been dealt with."));
        }
    }
}
