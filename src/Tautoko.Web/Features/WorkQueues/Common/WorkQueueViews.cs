using Tautoko.Core.WorkQueues;

namespace Tautoko.Web.Features.WorkQueues.Common;

public sealed record QueueView(
    Guid Id,
    string Name,
    WorkQueueKind Kind,
    string KindName,
    Guid SiteId,
    string Site,
    Guid RegionId,
    string Region,
    int TargetHours,
    bool IsActive,
    int OpenTasks,
    int OverdueTasks);

public sealed record TaskSummary(
    Guid Id,
    Guid QueueId,
    string Queue,
    WorkQueueKind QueueKind,
    string Site,
    Guid ClientId,
    string ClientName,
    string ClientNumber,
    string Need,
    TaskOrigin Origin,
    WorkQueueTaskStatus Status,
    string StatusName,
    string? Owner,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    bool IsOverdue,
    int Attempts,
    string? HoldReason,
    int Version);

public sealed record TaskEventView(string Kind, DateTimeOffset At, string By, string? Detail, string? FromSite, string? ToSite);

public sealed record AttemptView(
    Guid Id,
    int Number,
    DateTimeOffset OccurredAt,
    string By,
    AttemptChannel Channel,
    AttemptResult Result,
    string ResultName,
    bool Successful,
    VoicemailSituation? Voicemail,
    VoicemailScriptKind? Script,
    string? MessageLeft,
    string? Note,
    Guid EngagementNoteId);

public sealed record ReviewView(DateTimeOffset At, string By, ContactReviewChecks Checks, string? Findings);

/// <summary>Further needs the review looks for that Tautoko can see: the client's other open tasks.</summary>
public sealed record ClientEventView(Guid TaskId, string Queue, string Site, string Need, string StatusName, DateTimeOffset DueAt);

public sealed record TaskDetail(
    TaskSummary Task,
    Guid SiteId,
    Guid RegionId,
    string CreatedBy,
    DateTimeOffset? TakenAt,
    DateTimeOffset? HeldAt,
    DateTimeOffset? ReviewedAt,
    int UnsuccessfulAttempts,
    int AttemptsNeededForNoContact,
    TaskOutcome? Outcome,
    string? OutcomeNote,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    bool IsMine,
    bool CanWork,
    bool CanManage,
    ReviewView? Review,
    IReadOnlyList<AttemptView> ContactAttempts,
    IReadOnlyList<ClientEventView> ClientEvents,
    IReadOnlyList<TaskEventView> History,
    DialInstruction Dialling,
    string? RaisedBy = null,
    ClientContactView? Contact = null);

/// <summary>How to reach the task's client: their phone numbers (their own, their agent's) and the channel they prefer.</summary>
public sealed record ClientContactView(IReadOnlyList<PhoneNumberView> Phones, string? Email, string PreferredChannel);

public sealed record PhoneNumberView(string Label, string Number);

public sealed record AgeBandView(string Label, int Count);

public sealed record QueueAgeProfileView(
    Guid QueueId,
    string Queue,
    WorkQueueKind Kind,
    string Site,
    int TargetHours,
    int Open,
    int Waiting,
    int InProgress,
    int OnHold,
    int Overdue,
    double? OldestHours,
    IReadOnlyList<AgeBandView> Bands);

/// <summary>A queue's age profile as it is downloaded: the counts, then each age band's count in one column.</summary>
public sealed record QueueAgeExportRow(string Queue, string Site, WorkQueueKind Kind, int TargetHours, int Open, int Waiting, int InProgress, int OnHold, int Overdue, double? OldestHours, string AgeBands)
{
    public static IEnumerable<QueueAgeExportRow> Rows(IReadOnlyList<QueueAgeProfileView> profiles) =>
        profiles.Select(p => new QueueAgeExportRow(p.Queue, p.Site, p.Kind, p.TargetHours, p.Open, p.Waiting, p.InProgress, p.OnHold, p.Overdue,
            p.OldestHours is { } h ? Math.Round(h, 1) : null, string.Join("; ", p.Bands.Select(b => $"{b.Label}: {b.Count}"))));
}
