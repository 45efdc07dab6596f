using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Messaging;

public enum CaseManagerMessageKind
{
    Email = 0,
    Voicemail = 1,
}

/// <summary>How the case manager answered (003, "Emails": phone the client or e-mail a reply).</summary>
public enum MessageResponse
{
    /// <summary>Phoned the client and spoke with them.</summary>
    PhoneContactMade = 0,

    /// <summary>Phoned the client; no reply.</summary>
    PhoneNoReply = 1,

    /// <summary>Replied by e-mail.</summary>
    EmailReply = 2,

    /// <summary>A message from a colleague (e.g. a contact-centre summary) read and acted on.</summary>
    Noted = 3,
}

/// <summary>
/// An e-mail or voicemail to a case manager, tracked so that acknowledgement within 24 hours and
/// voicemail returned within 24 hours are measurable, and overdue ones show on the worklist.
/// </summary>
public sealed class CaseManagerMessage
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 8000;
    public const int MaxFromLength = 200;

    /// <summary>R-052, R-053: acknowledged (or the call returned) within 24 hours.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromHours(24);

    private CaseManagerMessage()
    {
        From = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
    }

    public CaseManagerMessage(Guid id, StaffId caseManagerId, ClientId? clientId, CaseManagerMessageKind kind, string from, StaffId? fromStaffId, string subject, string body, DateTimeOffset receivedAt)
        : this()
    {
        From = Required(from, MaxFromLength, "message-from", "Say who the message is from.");
        Subject = Required(subject, MaxSubjectLength, "message-subject", "Give the message a subject.");
        Body = Required(body, MaxBodyLength, "message-body", "Write what the message says.");
        Id = id;
        CaseManagerId = caseManagerId;
        ClientId = clientId;
        Kind = kind;
        FromStaffId = fromStaffId;
        ReceivedAt = receivedAt;
        DueAt = receivedAt + AnswerWithin;
    }

    public Guid Id { get; private set; }

    /// <summary>The case manager it was sent to.</summary>
    public StaffId CaseManagerId { get; private set; }

    public ClientId? ClientId { get; private set; }

    public CaseManagerMessageKind Kind { get; private set; }

    public string From { get; private set; }

    /// <summary>Set when a colleague sent it (a contact-centre summary e-mail); null for a client's message.</summary>
    public StaffId? FromStaffId { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public StaffId? AcknowledgedById { get; private set; }

    public MessageResponse? Response { get; private set; }

    public string? ResponseNote { get; private set; }

    /// <summary>The engagement-log entry that records the reply to the client.</summary>
    public Guid? EngagementNoteId { get; private set; }

    /// <summary>The outbox row that delivers a colleague's e-mail (the contact-centre summary) to the case manager's inbox.</summary>
    public Guid? OutboxMessageId { get; private set; }

    public bool IsOpen => AcknowledgedAt is null;

    public bool IsOverdue(DateTimeOffset now) => IsOpen && now > DueAt;

    public bool AnsweredInTime => AcknowledgedAt is { } at && at <= DueAt;

    /// <summary>
    /// Records the acknowledgement. A reply to a client goes into their engagement log (003): the outcome of
    /// the call, the attempt with its date and time when there was no reply, or a copy of the e-mail.
    /// Returns the text of that log entry, or null when nothing goes to the client's log.
    /// </summary>
    public string? Acknowledge(StaffId by, MessageResponse response, string? note, DateTimeOffset now, Func<DateTimeOffset, string> showTime)
    {
        ArgumentNullException.ThrowIfNull(showTime);
        if (!IsOpen)
        {
            throw new DomainException(new DomainError("message-acknowledged", "This message has already been acknowledged."));
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > MaxBodyLength })
        {
            throw new DomainException(new DomainError("message-note", $"A note is at most {MaxBodyLength} characters."));
        }

        string? logEntry;
        if (FromStaffId is not null)
        {
            logEntry = response == MessageResponse.Noted
                ? null
                : throw new DomainException(new DomainError("message-response", "A colleague's message is acknowledged as read and acted on."));
        }
        else
        {
            logEntry = response switch
            {
                // a client's e-mail is answered: phone them or e-mail a reply.
                MessageResponse.Noted => throw new DomainException(new DomainError("R-052", "Reply to the client: phone them or e-mail a reply.")),
                MessageResponse.PhoneContactMade => $"Phoned the client about their {KindName} of {showTime(ReceivedAt)}: " + (text ?? throw Missing("Record the outcome of the call.")),
                MessageResponse.PhoneNoReply => $"Attempted to contact the client about their {KindName} of {showTime(ReceivedAt)}: phoned at {showTime(now)}, no reply." + (text is null ? string.Empty : " " + text),
                MessageResponse.EmailReply => $"E-mail reply to the client about their {KindName} of {showTime(ReceivedAt)}:\n" + (text ?? throw Missing("Paste a copy of the e-mail reply.")),
                _ => throw new DomainException(new DomainError("message-response", "Choose how the message was answered.")),
            };
            if (ClientId is null)
            {
                logEntry = null;
            }
        }

        AcknowledgedAt = now;
        AcknowledgedById = by;
        Response = response;
        ResponseNote = text;
        return logEntry;
    }

    public void LinkNote(Guid noteId) => EngagementNoteId ??= noteId;

    /// <summary>Sends a colleague's e-mail through the outbox: the tracked message and the delivery are one unit of work.</summary>
    public OutboxMessage SendThroughOutbox(Guid outboxId, string caseManagerEmail)
    {
        if (FromStaffId is null || Kind != CaseManagerMessageKind.Email || ClientId is not { } about)
        {
            throw new InvalidOperationException("Only a colleague's e-mail about a client is sent from Tautoko.");
        }

        if (OutboxMessageId is not null)
        {
            throw new DomainException(new DomainError("message-sent", "This e-mail has already been sent."));
        }

        OutboxMessageId = outboxId;
        return OutboxMessage.ToStaffMember(outboxId, CaseManagerId, caseManagerEmail, about, MessagePurpose.CaseManagerSummary, Subject, Body, ReceivedAt);
    }

    private string KindName => Kind == CaseManagerMessageKind.Email ? "e-mail" : "voicemail";

    private static DomainException Missing(string message) => new(new DomainError("message-note", message));

    private static string Required(string? value, int max, string rule, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(new DomainError(rule, missing));
        }

        var trimmed = value.Trim();
        return trimmed.Length > max ? throw new DomainException(new DomainError(rule, $"At most {max} characters.")) : trimmed;
    }
}

/// <summary>R-053: a case manager checked their voicemail (at least twice a day).</summary>
public sealed class VoicemailCheck
{
    public const int ChecksPerDay = 2;

    private VoicemailCheck()
    {
    }

    /// <summary>More messages than a mailbox holds is a typing slip.</summary>
    public const int MaxMessagesFound = 1000;

    public VoicemailCheck(Guid id, StaffId staffId, DateTimeOffset at, int messagesFound)
    {
        if (WhyNotMessagesFound(messagesFound) is { } problem)
        {
            throw new DomainException(new DomainError("R-053", problem));
        }

        Id = id;
        StaffId = staffId;
        At = at;
        MessagesFound = messagesFound;
    }

    /// <summary>R-053: the count a check found is 0 to <see cref="MaxMessagesFound"/>.</summary>
    public static string? WhyNotMessagesFound(int messagesFound) =>
        messagesFound is < 0 or > MaxMessagesFound ? $"A check finds 0 to {MaxMessagesFound} messages." : null;

    public Guid Id { get; private set; }

    public StaffId StaffId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public int MessagesFound { get; private set; }
}

public static class CaseManagerMessageNames
{
    public static string DisplayName(this CaseManagerMessageKind kind) => kind switch
    {
        CaseManagerMessageKind.Email => "E-mail",
        CaseManagerMessageKind.Voicemail => "Voicemail",
    };

    public static string DisplayName(this MessageResponse response) => response switch
    {
        MessageResponse.PhoneContactMade => "Phoned the client and spoke with them",
        MessageResponse.PhoneNoReply => "Phoned the client, no reply",
        MessageResponse.EmailReply => "Replied by e-mail",
        MessageResponse.Noted => "Read and acted on",
    };
}
