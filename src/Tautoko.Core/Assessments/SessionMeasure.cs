using Tautoko.Core.Appointments;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assessments;

/// <summary>The client's own ratings at one appointment, each 0–10: four Outcome Rating Scale and four Session Rating Scale items (PCOMS style).</summary>
public sealed record SessionScores(int Individually, int Interpersonally, int Socially, int Overall, int Relationship, int GoalsAndTopics, int ApproachOrMethod, int SessionOverall)
{
    public const int Min = 0;

    public const int Max = 10;

    /// <summary>The outcome total (0–40): how the client says life is going.</summary>
    public int OutcomeTotal => Individually + Interpersonally + Socially + Overall;

    /// <summary>The session total (0–40): how the client rates the appointment with the ICSM.</summary>
    public int SessionTotal => Relationship + GoalsAndTopics + ApproachOrMethod + SessionOverall;

    /// <summary>The items (by API name) outside 0–10.</summary>
    public IReadOnlyList<string> OutOfRange() =>
        [.. new (string Name, int Value)[]
        {
            ("individually", Individually), ("interpersonally", Interpersonally), ("socially", Socially), ("overall", Overall),
            ("relationship", Relationship), ("goalsAndTopics", GoalsAndTopics), ("approachOrMethod", ApproachOrMethod), ("sessionOverall", SessionOverall),
        }.Where(i => i.Value < Min || i.Value > Max).Select(i => i.Name)];
}

/// <summary>
/// A PCOMS-style session measure (004 §2.5, R-116): completed with the client at each appointment, or skipped by the case
/// manager with a reason ("there's no way I'm going to go, 'Sorry about that, but can you please fill out this evaluation
/// form now?'"). One per appointment (a unique index); never changed.
/// </summary>
public sealed class SessionMeasure
{
    public const int MaxReason = 500;

    private SessionMeasure()
    {
    }

    private SessionMeasure(Guid id, ClientId clientId, AppointmentId appointmentId, DateOnly sessionOn, SessionScores? scores, string? skipReason, DateTimeOffset recordedAt, StaffId recordedById)
    {
        Id = id;
        ClientId = clientId;
        AppointmentId = appointmentId;
        SessionOn = sessionOn;
        Individually = scores?.Individually;
        Interpersonally = scores?.Interpersonally;
        Socially = scores?.Socially;
        Overall = scores?.Overall;
        Relationship = scores?.Relationship;
        GoalsAndTopics = scores?.GoalsAndTopics;
        ApproachOrMethod = scores?.ApproachOrMethod;
        SessionOverall = scores?.SessionOverall;
        SkipReason = skipReason?.Trim();
        RecordedAt = recordedAt;
        RecordedById = recordedById;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public AppointmentId AppointmentId { get; private set; }

    /// <summary>The New Zealand date of the appointment.</summary>
    public DateOnly SessionOn { get; private set; }

    public int? Individually { get; private set; }

    public int? Interpersonally { get; private set; }

    public int? Socially { get; private set; }

    public int? Overall { get; private set; }

    public int? Relationship { get; private set; }

    public int? GoalsAndTopics { get; private set; }

    public int? ApproachOrMethod { get; private set; }

    public int? SessionOverall { get; private set; }

    /// <summary>Why the case manager did not ask the client this time; null when the client rated.</summary>
    public string? SkipReason { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public StaffId RecordedById { get; private set; }

    public bool Skipped => SkipReason is not null;

    public SessionScores? Scores => Skipped ? null
        : new SessionScores(Individually!.Value, Interpersonally!.Value, Socially!.Value, Overall!.Value, Relationship!.Value, GoalsAndTopics!.Value, ApproachOrMethod!.Value, SessionOverall!.Value);

    /// <summary>R-116: the client rated every item from 0 to 10.</summary>
    public static SessionMeasure Rated(Guid id, ClientId clientId, AppointmentId appointmentId, DateOnly sessionOn, SessionScores scores, DateTimeOffset recordedAt, StaffId recordedById)
    {
        if (scores.OutOfRange() is { Count: > 0 } bad)
        {
            throw new DomainException(new DomainError("R-116", $"Each PCOMS item is rated from {SessionScores.Min} to {SessionScores.Max}: {string.Join(", ", bad)}."));
        }

        return new SessionMeasure(id, clientId, appointmentId, sessionOn, scores, null, recordedAt, recordedById);
    }

    /// <summary>R-116: the case manager may skip the measure at an appointment, saying why.</summary>
    public static SessionMeasure Skip(Guid id, ClientId clientId, AppointmentId appointmentId, DateOnly sessionOn, string reason, DateTimeOffset recordedAt, StaffId recordedById)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(new DomainError("R-116", "Say why the PCOMS measure was skipped at this appointment."));
        }

        return new SessionMeasure(id, clientId, appointmentId, sessionOn, null, reason, recordedAt, recordedById);
    }
}
