using Tautoko.Core.Common;

namespace Tautoko.Core.Assessments;

/// <summary>
/// A Client Assessment (004 §2.5, R-114): the ICSM's narrative overview of the client's situation and needs, at entry (by the
/// third appointment under the practice guidelines), quarterly and at exit. Its sensitive topics (gang affiliation, family
/// violence and the like: "you don't crash in and ask them all these questions") are asked only after the client's first
/// attended appointment (<see cref="WhyNotSensitiveTopics"/>). Records are never changed: a later one supersedes.
/// </summary>
public sealed class ClientAssessment
{
    public const int MaxText = 4000;

    private ClientAssessment()
    {
        Narrative = string.Empty;
    }

    private ClientAssessment(Guid id, ClientId clientId, AssessmentPoint point, DateOnly completedOn, string narrative, string? sensitiveTopics, DateTimeOffset recordedAt, StaffId recordedById)
    {
        Id = id;
        ClientId = clientId;
        Point = point;
        CompletedOn = completedOn;
        Narrative = narrative.Trim();
        SensitiveTopics = string.IsNullOrWhiteSpace(sensitiveTopics) ? null : sensitiveTopics.Trim();
        RecordedAt = recordedAt;
        RecordedById = recordedById;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public AssessmentPoint Point { get; private set; }

    /// <summary>The New Zealand date the assessment was done.</summary>
    public DateOnly CompletedOn { get; private set; }

    public string Narrative { get; private set; }

    /// <summary>What the client shared about sensitive topics; only after the first attended appointment .</summary>
    public string? SensitiveTopics { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public StaffId RecordedById { get; private set; }

    /// <summary>
    /// R-114 (004 §2.5): sensitive topics are prompted only once the client has attended a first appointment with the ICSM;
    /// before it the form hides them and the API refuses them.
    /// </summary>
    public static DomainError? WhyNotSensitiveTopics(bool hasAttendedFirstAppointment) =>
        hasAttendedFirstAppointment ? null
        : new DomainError("R-114", "Sensitive topics are asked only after the client's first attended appointment (R-114): record the narrative now and the sensitive topics at a later assessment.");

    public static ClientAssessment Record(Guid id, ClientId clientId, AssessmentPoint point, DateOnly completedOn, string narrative, string? sensitiveTopics, bool hasAttendedFirstAppointment, DateTimeOffset recordedAt, StaffId recordedById)
    {
        if (string.IsNullOrWhiteSpace(narrative))
        {
            throw new DomainException(new DomainError("assessment-narrative", "A Client Assessment needs its narrative."));
        }

        if (!string.IsNullOrWhiteSpace(sensitiveTopics) && WhyNotSensitiveTopics(hasAttendedFirstAppointment) is { } error)
        {
            throw new DomainException(error);
        }

        return new ClientAssessment(id, clientId, point, completedOn, narrative, sensitiveTopics, recordedAt, recordedById);
    }
}
