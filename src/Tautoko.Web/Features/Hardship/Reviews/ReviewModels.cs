using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Hardship;

namespace Tautoko.Web.Features.Hardship.Reviews;

/// <summary>
/// A client's (or agent's) request for a review of a decision. <c>receivedOn</c> is the New Zealand date the request came
/// in (default today); after the review window a <c>lateReason</c> is needed.
/// </summary>
public sealed record ReviewRequestInput([Required] ReviewRequester? RequestedBy, [Required] string? Grounds, DateOnly? ReceivedOn, string? LateReason);

/// <summary>The internal review did not overturn: refer to the Benefit Review Committee, heard on <c>hearingOn</c>.</summary>
public sealed record ReferInput([Required] DateOnly? HearingOn, string? Note);

/// <summary>One of Table Seven's seven outcomes; <c>amount</c> for a partly upheld review (or a part overturn).</summary>
public sealed record ReviewOutcomeInput([Required] ReviewOutcome? Outcome, decimal? Amount, string? Note);

/// <summary>National office sets the review window (months from notice) and the days an internal review takes.</summary>
public sealed record ReviewWindowInput([Required] int? Months, [Required] int? InternalReviewDays);

public sealed record ReviewWindowView(int Months, int InternalReviewDays, int DefaultMonths, string? ChangedBy, DateTimeOffset? ChangedAt);

public sealed record ReviewView(
    Guid Id,
    Guid ApplicationId,
    Guid ClientId,
    string ClientName,
    string Need,
    string? DeclineReason,
    decimal AmountAsked,
    ReviewRequester RequestedBy,
    string Grounds,
    DateOnly NoticeDate,
    DateOnly ReceivedOn,
    DateOnly LastDayOnTime,
    bool IsLate,
    string? LateReason,
    ReviewStage Stage,
    DateOnly DueOn,
    bool Overdue,
    ReviewOutcome? Outcome,
    string? OutcomeName,
    string? OutcomeNote,
    decimal? AmountGranted,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string RecordedBy,
    int Version);

/// <summary>A row of the reviews register or the reviews officer's worklist.</summary>
public sealed record ReviewRow(Guid Id, Guid ClientId, string ClientName, string Site, ReviewStage Stage, DateOnly ReceivedOn, bool IsLate, DateOnly DueOn, bool Overdue, ReviewOutcome? Outcome, string? OutcomeName);

public sealed record ReviewWorklist(DateOnly Today, IReadOnlyList<ReviewRow> Overdue, IReadOnlyList<ReviewRow> DueThisWeek, IReadOnlyList<ReviewRow> Later);
