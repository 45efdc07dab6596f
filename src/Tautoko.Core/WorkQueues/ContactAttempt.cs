using Tautoko.Core.Common;

namespace Tautoko.Core.WorkQueues;

public enum AttemptChannel
{
    Phone = 0,
    Text = 1,
    Email = 2,
}

public enum AttemptResult
{
    /// <summary>Spoke with the client (or their verified agent).</summary>
    Answered = 0,
    NoAnswer = 1,
    Voicemail = 2,
    Busy = 3,
    WrongOrDisconnectedNumber = 4,

    /// <summary>A text or e-mail asking the client to get in touch.</summary>
    MessageSent = 5,
}

public static class ContactAttemptNames
{
    public static string DisplayName(this AttemptChannel channel) => channel switch
    {
        AttemptChannel.Phone => "Phone",
        AttemptChannel.Text => "Text",
        AttemptChannel.Email => "E-mail",
    };

    public static string DisplayName(this AttemptResult result) => result switch
    {
        AttemptResult.Answered => "Spoke with the client",
        AttemptResult.NoAnswer => "No answer",
        AttemptResult.Voicemail => "Reached voicemail",
        AttemptResult.Busy => "Line busy",
        AttemptResult.WrongOrDisconnectedNumber => "Wrong or disconnected number",
        AttemptResult.MessageSent => "Message sent",
    };

    public static string DisplayName(this VoicemailSituation situation) => situation switch
    {
        VoicemailSituation.IdentifiesClient => "voicemail identifies the client",
        VoicemailSituation.NumberConfirmedFromRecords => "voicemail does not identify the client; records confirm the number is theirs",
        VoicemailSituation.NumberNotConfirmed => "not sure the number is the client's",
    };
}

/// <summary>
/// One try at reaching the client about a task (R-075: recorded whether or not it succeeds), with
/// the voicemail script offered and the engagement-log entry written for it.
/// </summary>
public sealed class ContactAttempt
{
    public const int MaxNoteLength = 2000;

    private ContactAttempt()
    {
    }

    public ContactAttempt(Guid id, WorkQueueTaskId taskId, ClientId clientId, int number, StaffId byId, DateTimeOffset occurredAt, DateTimeOffset recordedAt,
        AttemptChannel channel, AttemptResult result, VoicemailSituation? voicemail, VoicemailScriptKind? script, string? messageLeft, string? note, Guid engagementNoteId)
    {
        if (result == AttemptResult.Voicemail && (channel != AttemptChannel.Phone || voicemail is null))
        {
            throw new DomainException(new DomainError("R-076", "Say whether the voicemail identifies the client, so the right script is offered."));
        }

        if (channel != AttemptChannel.Phone && result is not (AttemptResult.MessageSent or AttemptResult.Answered))
        {
            throw new DomainException(new DomainError("attempt-result", "A text or e-mail is either sent or answered."));
        }

        if (channel == AttemptChannel.Phone && result == AttemptResult.MessageSent)
        {
            throw new DomainException(new DomainError("attempt-result", "On the phone, say whether it was answered, rang out, went to voicemail, was busy or a wrong number."));
        }

        if (note is { Length: > MaxNoteLength })
        {
            throw new DomainException(new DomainError("attempt-note", $"A note is at most {MaxNoteLength} characters."));
        }

        if (occurredAt > recordedAt.AddMinutes(5))
        {
            throw new DomainException(new DomainError("attempt-time", "An attempt cannot be recorded in the future."));
        }

        Id = id;
        TaskId = taskId;
        ClientId = clientId;
        Number = number;
        ById = byId;
        OccurredAt = occurredAt;
        RecordedAt = recordedAt;
        Channel = channel;
        Result = result;
        Voicemail = result == AttemptResult.Voicemail ? voicemail : null;
        Script = result == AttemptResult.Voicemail ? script : null;
        MessageLeft = result == AttemptResult.Voicemail ? messageLeft : null;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        EngagementNoteId = engagementNoteId;
    }

    public Guid Id { get; private set; }

    public WorkQueueTaskId TaskId { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>1 for the first try on this task.</summary>
    public int Number { get; private set; }

    public StaffId ById { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public AttemptChannel Channel { get; private set; }

    public AttemptResult Result { get; private set; }

    public VoicemailSituation? Voicemail { get; private set; }

    public VoicemailScriptKind? Script { get; private set; }

    /// <summary>The message left on the voicemail; null when none was left.</summary>
    public string? MessageLeft { get; private set; }

    public string? Note { get; private set; }

    /// <summary>R-075: the engagement-log entry that records this attempt.</summary>
    public Guid EngagementNoteId { get; private set; }

    public bool Successful => Result == AttemptResult.Answered;

    /// <summary>The engagement-log wording for an attempt.</summary>
    public static string Describe(string taskKind, int number, AttemptChannel channel, AttemptResult result, VoicemailSituation? voicemail, string? messageLeft, string? note)
    {
        var text = $"{taskKind} task: contact attempt {number} by {channel.DisplayName().ToLowerInvariant()} — {result.DisplayName().ToLowerInvariant()}";
        if (result == AttemptResult.Voicemail && voicemail is { } v)
        {
            text += $" ({v.DisplayName()}); " + (messageLeft is null ? "no message left." : $"left message: \"{messageLeft}\"");
        }
        else
        {
            text += ".";
        }

        return string.IsNullOrWhiteSpace(note) ? text : $"{text} {note.Trim()}";
    }
}
