using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Clients;
using Tautoko.Core.Hardship;

namespace Tautoko.Web.Features.Hardship.Applications;

/// <summary>A hardship or supplementary assistance application. <c>byAgent</c>: the client's agent on record applied.</summary>
public sealed record ApplicationInput(
    [Required] HardshipNeed? Need,
    SupplementaryAssistanceCategory? Category,
    [Required] decimal? AmountAsked,
    bool? Recoverable,
    ContactChannel? Channel,
    [Required] string? Detail,
    bool? ByAgent);

/// <summary>The decision: grant in full, grant in part (<c>amount</c>), or decline with one of the sixteen reasons and a note.</summary>
public sealed record DecisionInput([Required] DecisionKind? Decision, decimal? Amount, DeclineReason? DeclineReason, string? Note);

public sealed record ReviewSummary(Guid Id, ReviewStage Stage, ReviewOutcome? Outcome, string? OutcomeName, DateOnly RequestedOn, bool IsLate, DateOnly DueOn, decimal? AmountGranted);

public sealed record ApplicationView(
    Guid Id,
    Guid ClientId,
    string? AgentName,
    HardshipNeed Need,
    string NeedName,
    SupplementaryAssistanceCategory? Category,
    string? CategoryName,
    decimal AmountAsked,
    bool Recoverable,
    ContactChannel Channel,
    string Detail,
    string RecordedBy,
    DateTimeOffset ReceivedAt,
    ApplicationStatus Status,
    DecisionKind? Decision,
    decimal? AmountGranted,
    DeclineReason? DeclineReason,
    string? DeclineReasonName,
    string? DecisionNote,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    Guid? GrantedByReviewId,
    decimal Debt,
    int Version,
    IReadOnlyList<ReviewSummary> Reviews);

/// <summary>An application recorded, and what the high-hardship count did.</summary>
public sealed record ApplicationRecorded(ApplicationView Application, HighHardshipCheck HighHardship);

/// <summary>The decision made and how the client is told (null channel: no way to reach them on record).</summary>
public sealed record DecisionMade(ApplicationView Application, string? NoticeChannel, string Notice);

public sealed record DeclineCount(DeclineReason Reason, string ReasonName, int Count);

/// <summary>The client's hardship history over the last 52 weeks: applications, grants, declines by reason, debt from recoverable grants.</summary>
public sealed record HardshipHistoryView(
    Guid ClientId,
    string ClientName,
    DateTimeOffset Since,
    int Applications,
    int Granted,
    decimal GrantedAmount,
    int Declined,
    int AwaitingDecision,
    IReadOnlyList<DeclineCount> DeclinesByReason,
    decimal RecoverableDebt,
    int HardshipRequestsInYear,
    int HighHardshipThreshold,
    IReadOnlyList<ApplicationView> Recent);

public static class HardshipText
{
    public static string NeedName(HardshipNeed need, SupplementaryAssistanceCategory? category) =>
        category is { } c ? c.DisplayName() : need.DisplayName();
}
