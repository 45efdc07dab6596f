using Tautoko.Core.Common;

namespace Tautoko.Core.Clients;

public enum EngagementOutcome
{
    // all engagement recorded, including unsuccessful contact.
    Contact = 0,
    UnsuccessfulAttempt = 1,
    Information = 2,
}

public enum EngagementChannel
{
    FaceToFace = 0,
    Phone = 1,
    Text = 2,
    Email = 3,
    Letter = 4,
    Voicemail = 5,
    Portal = 6,
    Internal = 7,
}

public static class EngagementNames
{
    public static string DisplayName(this EngagementOutcome outcome) => outcome switch
    {
        EngagementOutcome.Contact => "Contact made",
        EngagementOutcome.UnsuccessfulAttempt => "Unsuccessful attempt",
        EngagementOutcome.Information => "Information",
    };

    public static string DisplayName(this EngagementChannel channel) => channel switch
    {
        EngagementChannel.FaceToFace => "Face-to-face",
        EngagementChannel.Phone => "Phone",
        EngagementChannel.Text => "Text",
        EngagementChannel.Email => "E-mail",
        EngagementChannel.Letter => "Letter",
        EngagementChannel.Voicemail => "Voicemail",
        EngagementChannel.Portal => "Portal",
        EngagementChannel.Internal => "Internal note",
    };
}

/// <summary>
/// One entry of the engagement log. Append-only: an entry is never changed or deleted; a
/// correction is a new entry that points at the one it corrects.
/// </summary>
public sealed class EngagementNote
{
    public const int MaxTextLength = 8000;

    private EngagementNote()
    {
        Text = string.Empty;
    }

    public EngagementNote(Guid id, ClientId clientId, StaffId? authorId, DateTimeOffset recordedAt, DateTimeOffset occurredAt, EngagementChannel channel, EngagementOutcome outcome, string text, Guid? correctsNoteId)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(new DomainError("R-075", "Write what happened in the note."));
        }

        if (text.Length > MaxTextLength)
        {
            throw new DomainException(new DomainError("note-length", $"A note is at most {MaxTextLength} characters."));
        }

        if (occurredAt > recordedAt.AddMinutes(5))
        {
            throw new DomainException(new DomainError("note-time", "A note cannot record an engagement in the future."));
        }

        Id = id;
        ClientId = clientId;
        AuthorId = authorId;
        RecordedAt = recordedAt;
        OccurredAt = occurredAt;
        Channel = channel;
        Outcome = outcome;
        Text = text.Trim();
        CorrectsNoteId = correctsNoteId;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>Null for entries the system writes (letters sent, automatic tags).</summary>
    public StaffId? AuthorId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public EngagementChannel Channel { get; private set; }

    public EngagementOutcome Outcome { get; private set; }

    public string Text { get; private set; }

    /// <summary>The entry this one corrects; the corrected entry stays as it was.</summary>
    public Guid? CorrectsNoteId { get; private set; }
}
