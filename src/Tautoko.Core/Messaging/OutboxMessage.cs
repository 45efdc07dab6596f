using Tautoko.Core.Appointments;
using Tautoko.Core.Common;

namespace Tautoko.Core.Messaging;

public enum MessageChannel
{
    Email = 0,
    Text = 1,
    Letter = 2,
}

public enum MessagePurpose
{
    BookingConfirmation = 0,
    Reminder = 1,
    Cancellation = 2,
    AppointmentLetter = 3,
    MissedAppointment = 4,

    /// <summary>002 step 5: the contact centre's summary e-mail to a case-managed client's case manager.</summary>
    CaseManagerSummary = 5,

    /// <summary>R-035: the first-contact text saying we tried to reach the client and when we will call.</summary>
    FirstContactText = 6,

    /// <summary>000: the decision on a hardship application, the reason in plain words and the right to a review.</summary>
    HardshipDecision = 7,

    /// <summary>000: the outcome of a review of decision.</summary>
    ReviewOutcome = 8,
}

/// <summary>Who a message goes to: the client, or a member of staff about the client.</summary>
public enum RecipientKind
{
    Client = 0,
    StaffMember = 1,
}

/// <summary>The seed's two appointment letters.</summary>
public enum LetterKind
{
    /// <summary>003/002: "Send a letter to the client, inviting them to attend a proactive appointment."</summary>
    InviteToProactiveAppointment = 0,

    /// <summary>002: "Phone-based case managers will send an appointment letter with point of contact and the appointment details."</summary>
    PhoneBasedAppointment = 1,

    /// <summary>The decision on a hardship application and the right to a review of it.</summary>
    HardshipDecision = 2,

    /// <summary>The outcome of a review of a hardship decision.</summary>
    ReviewOutcome = 3,
}

public enum OutboxStatus
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    Failed = 3,
    Cancelled = 4,
}

/// <summary>
/// A letter, text or e-mail to a client (or an e-mail to a member of staff about a client, see
/// <see cref="ToStaffMember"/>), written in the same transaction as the change that caused it
/// and delivered later by the outbox job. Delivery claims a row with a conditional update (status and
/// lease checked in the WHERE clause), so several web nodes never deliver the same message at once,
/// and a node that dies mid-delivery loses its claim when the lease runs out.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 5;

    /// <summary>Longest delivery reference kept (the sender's id for the message, e.g. an SMTP server's reply).</summary>
    public const int MaxDeliveryReferenceLength = 300;

    /// <summary>Longest delivery error kept.</summary>
    public const int MaxErrorLength = 1000;

    private OutboxMessage()
    {
        Recipient = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
    }

    public OutboxMessage(Guid id, ClientId clientId, AppointmentId? appointmentId, MessageChannel channel, MessagePurpose purpose, LetterKind? letter,
        string recipient, string subject, string body, DateTimeOffset createdAt, DateTimeOffset notBefore)
        : this()
    {
        if (string.IsNullOrWhiteSpace(recipient))
        {
            throw new DomainException(new DomainError("message-recipient", "A message needs somewhere to go."));
        }

        if (channel == MessageChannel.Letter && letter is null)
        {
            throw new ArgumentException("A letter names its kind.", nameof(letter));
        }

        Id = id;
        ClientId = clientId;
        AppointmentId = appointmentId;
        Channel = channel;
        Purpose = purpose;
        Letter = letter;
        Recipient = recipient.Trim();
        Subject = subject;
        Body = body;
        CreatedAt = createdAt.ToUniversalTime();
        NotBefore = notBefore.ToUniversalTime();
        Status = OutboxStatus.Pending;
        RecipientKind = RecipientKind.Client;
    }

    public Guid Id { get; private set; }

    /// <summary>The client the message is to, or, for a staff member's e-mail, about.</summary>
    public ClientId ClientId { get; private set; }

    public RecipientKind RecipientKind { get; private set; }

    /// <summary>The member of staff an e-mail goes to when <see cref="RecipientKind"/> is a staff member.</summary>
    public StaffId? StaffMemberId { get; private set; }

    public AppointmentId? AppointmentId { get; private set; }

    public MessageChannel Channel { get; private set; }

    public MessagePurpose Purpose { get; private set; }

    public LetterKind? Letter { get; private set; }

    /// <summary>E-mail address, mobile number, or postal address lines.</summary>
    public string Recipient { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not delivered before this instant (reminders wait for their time).</summary>
    public DateTimeOffset NotBefore { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The claim of the node delivering it; a completion must present it.</summary>
    public Guid? ClaimToken { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Where the sender put it (file name, SMTP message id).</summary>
    public string? DeliveryReference { get; private set; }

    /// <summary>
    /// An e-mail to a member of staff about a client, delivered by the same job, sender and retries as the
    /// client's messages; it goes in nobody's engagement log when sent (whoever wrote it logged the contact).
    /// </summary>
    public static OutboxMessage ToStaffMember(Guid id, StaffId staffMemberId, string email, ClientId about, MessagePurpose purpose, string subject, string body, DateTimeOffset createdAt)
    {
        if (purpose != MessagePurpose.CaseManagerSummary)
        {
            throw new ArgumentException("Only the contact centre's summary goes to a member of staff.", nameof(purpose));
        }

        return new OutboxMessage(id, about, null, MessageChannel.Email, purpose, null, email, subject, body, createdAt, createdAt)
        {
            RecipientKind = RecipientKind.StaffMember,
            StaffMemberId = staffMemberId,
        };
    }
}

public static class MessageNames
{
    public static string DisplayName(this MessageChannel channel) => channel switch
    {
        MessageChannel.Email => "E-mail",
        MessageChannel.Text => "Text",
        MessageChannel.Letter => "Letter",
    };

    public static string DisplayName(this MessagePurpose purpose) => purpose switch
    {
        MessagePurpose.BookingConfirmation => "Booking confirmation",
        MessagePurpose.Reminder => "Reminder",
        MessagePurpose.Cancellation => "Cancellation",
        MessagePurpose.AppointmentLetter => "Appointment letter",
        MessagePurpose.MissedAppointment => "Missed appointment",
        MessagePurpose.CaseManagerSummary => "Summary to the case manager",
        MessagePurpose.FirstContactText => "First contact text",
        MessagePurpose.HardshipDecision => "Hardship decision",
        MessagePurpose.ReviewOutcome => "Review of decision outcome",
    };

    public static string DisplayName(this LetterKind letter) => letter switch
    {
        LetterKind.InviteToProactiveAppointment => "Invitation to a proactive appointment",
        LetterKind.PhoneBasedAppointment => "Phone-based case management appointment letter",
        LetterKind.HardshipDecision => "Hardship decision letter",
        LetterKind.ReviewOutcome => "Review of decision outcome letter",
    };

    public static string DisplayName(this OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "Waiting",
        OutboxStatus.Sending => "Sending",
        OutboxStatus.Sent => "Sent",
        OutboxStatus.Failed => "Failed",
        OutboxStatus.Cancelled => "Cancelled",
    };
}
