using System.ComponentModel.DataAnnotations;

namespace Tautoko.Web.Features.Assessments;

/// <summary>A Client Assessment: point is entry, quarterly or exit; sensitive topics only after the first attended appointment.</summary>
public sealed record ClientAssessmentInput([Required] string? Point, [Required] DateOnly? CompletedOn, [Required] string? Narrative, string? SensitiveTopics);

/// <summary>A BEUT: point, date, and a rating from 1 (very poorly placed) to 5 (well placed) for every factor, by factor code.</summary>
public sealed record BeutInput([Required] string? Point, [Required] DateOnly? CompletedOn, [Required] Dictionary<string, int>? Ratings, string? Note);

/// <summary>A PCOMS measure at an appointment: the eight 0–10 ratings, or skipReason instead of them.</summary>
public sealed record SessionMeasureInput(
    [Required] Guid? AppointmentId, int? Individually, int? Interpersonally, int? Socially, int? Overall,
    int? Relationship, int? GoalsAndTopics, int? ApproachOrMethod, int? SessionOverall, string? SkipReason);

public sealed record ClientAssessmentView(Guid Id, string Point, DateOnly CompletedOn, string Narrative, string? SensitiveTopics, DateTimeOffset RecordedAt);

public sealed record BeutRatingView(string Factor, string Name, string Domain, int Rating);

public sealed record BeutView(Guid Id, string Point, DateOnly CompletedOn, double Mean, IReadOnlyList<BeutRatingView> Ratings, string? Note, DateTimeOffset RecordedAt);

public sealed record SessionMeasureView(Guid Id, Guid AppointmentId, DateOnly SessionOn, bool Skipped, string? SkipReason,
    int? Individually, int? Interpersonally, int? Socially, int? Overall, int? OutcomeTotal,
    int? Relationship, int? GoalsAndTopics, int? ApproachOrMethod, int? SessionOverall, int? SessionTotal);

/// <summary>An assessment due now: tool (clientAssessment, beut, pcoms), point or appointment, by when, overdue or not, the rule and why.</summary>
public sealed record AssessmentDueView(string Tool, string? Point, Guid? AppointmentId, DateOnly? DueOn, bool Overdue, string Rule, string Why);

/// <summary>An attended appointment with no PCOMS measure yet, for the form.</summary>
public sealed record SessionOption(Guid AppointmentId, DateOnly On);

/// <summary>
/// A client's ICS progress: when they entered (and left) ICS service, what is due, and every Client Assessment, BEUT and
/// PCOMS measure, oldest first; whether sensitive topics may be asked yet.
/// </summary>
public sealed record ClientProgress(Guid ClientId, DateOnly? IcsEntryOn, DateOnly? IcsExitOn, bool SensitiveTopicsOpen,
    IReadOnlyList<AssessmentDueView> Due, IReadOnlyList<ClientAssessmentView> ClientAssessments, IReadOnlyList<BeutView> Beuts,
    IReadOnlyList<SessionMeasureView> SessionMeasures, IReadOnlyList<SessionOption> SessionsToMeasure);

/// <summary>One BEUT factor across a site's ICS clients: the mean at entry and at the latest BEUT of the clients with both.</summary>
public sealed record FactorChange(string Factor, string Name, int Clients, double? EntryMean, double? LatestMean);

/// <summary>
/// A site's assessment report: its ICS clients, how many have their entry assessments, how many have something
/// overdue, BEUT factor means at entry and latest, and PCOMS totals (first and latest) and skips. Counts only, no client named.
/// </summary>
public sealed record SiteAssessmentsView(Guid SiteId, string SiteName, DateOnly AsOf, int IcsClients, int WithEntryClientAssessment, int WithEntryBeut,
    int WithOverdue, int OverdueItems, IReadOnlyList<FactorChange> Factors, int SessionsRated, int SessionsSkipped,
    double? FirstOutcomeMean, double? LatestOutcomeMean, double? SessionMean);
