using Tautoko.Core.Common;

namespace Tautoko.Core.Hardship;

public enum ReviewStage
{
    /// <summary>The internal review, first; it can overturn the decision.</summary>
    InternalReview = 0,

    /// <summary>The Benefit Review Committee hears what the internal review did not overturn.</summary>
    BenefitReviewCommittee = 1,

    Closed = 2,
}

/// <summary>Who asked for the review.</summary>
public enum ReviewRequester
{
    Client = 0,
    Agent = 1,
}

/// <summary>
/// The review window (seed 000, reviews of decision): a review is asked for within three months of the notice of the
/// decision, a period national office can change. The window is counted in New Zealand dates: the last day on time is
/// the notice date plus the months (a notice on 30 November has until 28 or 29 February).
/// </summary>
public sealed record ReviewWindow(int Months, int InternalReviewDays)
{
    public const int DefaultMonths = 3;
    public const int DefaultInternalReviewDays = 15;
    public const int MaxMonths = 24;
    public const int MaxInternalReviewDays = 120;

    public static ReviewWindow Default { get; } = new(DefaultMonths, DefaultInternalReviewDays);

    public DateOnly LastDay(DateOnly noticeDate) => noticeDate.AddMonths(Months);

    public bool IsLate(DateOnly noticeDate, DateOnly requestedOn) => requestedOn > LastDay(noticeDate);

    /// <summary>The day the internal review is due, counted from the request.</summary>
    public DateOnly InternalReviewDue(DateOnly requestedOn) => requestedOn.AddDays(InternalReviewDays);

    public static string? WhyNot(int? months, int? internalReviewDays) =>
        months is not (>= 1 and <= MaxMonths) ? $"The review window is 1 to {MaxMonths} months."
        : internalReviewDays is not (>= 1 and <= MaxInternalReviewDays) ? $"The internal review takes 1 to {MaxInternalReviewDays} days."
        : null;
}

/// <summary>
/// A review of a hardship decision asked for by the client or their agent: internal review first (which can overturn),
/// then the Benefit Review Committee; it ends with one of Table Seven's seven outcomes. A request after the review
/// window is accepted only with a reason for lateness.
/// </summary>
public sealed class DecisionReview
{
    public const int MaxTextLength = 2000;

    private DecisionReview()
    {
        Grounds = string.Empty;
    }

    public DecisionReview(Guid id, HardshipApplication application, ReviewRequester requester, string grounds, string? lateReason,
        DateOnly noticeDate, DateOnly requestedOn, ReviewWindow window, StaffId recordedById, DateTimeOffset requestedAt)
        : this()
    {
        if (application.WhyNotReview() is { } notReviewable)
        {
            throw new DomainException(notReviewable);
        }

        if (WhyNotRequest(grounds, lateReason, noticeDate, requestedOn, window) is { } error)
        {
            throw new DomainException(error);
        }

        Id = id;
        ApplicationId = application.Id;
        ClientId = application.ClientId;
        Requester = requester;
        Grounds = grounds.Trim();
        NoticeDate = noticeDate;
        RequestedOn = requestedOn;
        LastDayOnTime = window.LastDay(noticeDate);
        IsLate = window.IsLate(noticeDate, requestedOn);
        LateReason = IsLate ? lateReason!.Trim() : null;
        DueOn = window.InternalReviewDue(requestedOn);
        Stage = ReviewStage.InternalReview;
        RecordedById = recordedById;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public ClientId ClientId { get; private set; }

    public ReviewRequester Requester { get; private set; }

    public string Grounds { get; private set; }

    /// <summary>The New Zealand date the client was given notice of the decision.</summary>
    public DateOnly NoticeDate { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public DateOnly LastDayOnTime { get; private set; }

    public bool IsLate { get; private set; }

    public string? LateReason { get; private set; }

    /// <summary>When the current stage is due: the internal review's due day, then the hearing date once set.</summary>
    public DateOnly DueOn { get; private set; }

    public ReviewStage Stage { get; private set; }

    public ReviewOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public decimal? AmountGranted { get; private set; }

    public DateTimeOffset? InternalReviewCompletedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public StaffId? ClosedById { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public int Version { get; private set; }

    public static DomainError? WhyNotRequest(string? grounds, string? lateReason, DateOnly noticeDate, DateOnly requestedOn, ReviewWindow window)
    {
        if (string.IsNullOrWhiteSpace(grounds) || grounds.Trim().Length > MaxTextLength)
        {
            return new DomainError("review-grounds", $"Say why the client disagrees with the decision, in at most {MaxTextLength} characters.");
        }

        if (requestedOn < noticeDate)
        {
            return new DomainError("review-date", "A review is asked for after the notice of the decision.");
        }

        if (window.IsLate(noticeDate, requestedOn) && string.IsNullOrWhiteSpace(lateReason))
        {
            return new DomainError("review-window",
                $"The request is after the review window ({window.Months} months from the notice on {noticeDate:d MMMM yyyy}, last day {window.LastDay(noticeDate):d MMMM yyyy}); a late request is accepted only with a reason.");
        }

        return lateReason is { Length: > MaxTextLength } ? new DomainError("review-late-reason", $"The reason for lateness is at most {MaxTextLength} characters.") : null;
    }

    /// <summary>Why the outcome cannot be recorded now, or null. <paramref name="amount"/> is for a partly upheld review.</summary>
    public DomainError? WhyNotClose(ReviewOutcome outcome, decimal? amount, decimal amountAsked)
    {
        if (!Enum.IsDefined(outcome))
        {
            return new DomainError("R-092", "Choose one of the seven review outcomes.");
        }

        if (Stage == ReviewStage.Closed)
        {
            return new DomainError("review-closed", $"The review is closed ({Outcome?.DisplayName()}).");
        }

        if (Stage == ReviewStage.InternalReview && !outcome.IsInternalStage())
        {
            return new DomainError("R-092", $"'{outcome.DisplayName()}' is the Benefit Review Committee's outcome; refer the review to the committee first.");
        }

        if (Stage == ReviewStage.BenefitReviewCommittee && outcome is ReviewOutcome.OverturnedAtInternalReview or ReviewOutcome.DeclinedAtOutOfTimeStage)
        {
            return new DomainError("R-092", $"'{outcome.DisplayName()}' ends an internal review; this review is with the Benefit Review Committee.");
        }

        if (outcome == ReviewOutcome.DeclinedAtOutOfTimeStage && !IsLate)
        {
            return new DomainError("review-window", "The request was within the review window; it cannot be declined as out of time.");
        }

        if (outcome == ReviewOutcome.PartiallyUpheldAtBrc)
        {
            if (HardshipMoney.WhyNot(amount) is { } money)
            {
                return new DomainError("hardship-amount", money);
            }

            if (amount >= amountAsked)
            {
                return new DomainError("hardship-amount", $"A partly upheld review grants less than the {HardshipMoney.Format(amountAsked)} asked for; overturn it to grant it all.");
            }
        }
        else if (outcome.Grants() && amount is { } a && (HardshipMoney.WhyNot(a) is not null || a > amountAsked))
        {
            return new DomainError("hardship-amount", $"The grant is more than $0.00 and at most the {HardshipMoney.Format(amountAsked)} asked for.");
        }

        return null;
    }

    /// <summary>The internal review did not overturn the decision: the Benefit Review Committee hears it, due on the hearing date.</summary>
    public DomainError? WhyNotRefer(DateOnly hearingOn, DateOnly today) =>
        Stage != ReviewStage.InternalReview ? new DomainError("review-stage", "Only a review at internal review is referred to the Benefit Review Committee.")
        : hearingOn < today ? new DomainError("review-hearing", "The hearing date is today or later.")
        : null;

    public void ReferToCommittee(DateOnly hearingOn, DateOnly today, StaffId by, DateTimeOffset at)
    {
        if (WhyNotRefer(hearingOn, today) is { } error)
        {
            throw new DomainException(error);
        }

        Stage = ReviewStage.BenefitReviewCommittee;
        DueOn = hearingOn;
        InternalReviewCompletedAt = at;
        Version++;
    }

    /// <summary>Records the outcome; returns the amount to grant when the outcome grants (overturned: <paramref name="amount"/> or all asked).</summary>
    public decimal? Close(ReviewOutcome outcome, decimal? amount, decimal amountAsked, string? note, StaffId by, DateTimeOffset at)
    {
        if (WhyNotClose(outcome, amount, amountAsked) is { } error)
        {
            throw new DomainException(error);
        }

        if (Stage == ReviewStage.InternalReview)
        {
            InternalReviewCompletedAt = at;
        }

        Stage = ReviewStage.Closed;
        Outcome = outcome;
        OutcomeNote = string.IsNullOrWhiteSpace(note) ? null : TextLimitsClip(note.Trim());
        AmountGranted = outcome.Grants() ? amount ?? amountAsked : null;
        ClosedAt = at;
        ClosedById = by;
        Version++;
        return AmountGranted;
    }

    /// <summary>Open and its stage's due day has passed.</summary>
    public bool IsOverdue(DateOnly today) => Stage != ReviewStage.Closed && DueOn < today;

    private static string TextLimitsClip(string text) => text.Length > MaxTextLength ? text[..MaxTextLength] : text;
}

/// <summary>The review window as national office has set it (one row); without a row the default applies.</summary>
public sealed class ReviewWindowSetting
{
    public const int SingletonId = 1;

    private ReviewWindowSetting()
    {
    }

    public ReviewWindowSetting(int months, int internalReviewDays, StaffId changedById, DateTimeOffset changedAt)
    {
        Id = SingletonId;
        Change(months, internalReviewDays, changedById, changedAt);
        Version = 0;
    }

    public int Id { get; private set; }

    public int Months { get; private set; }

    public int InternalReviewDays { get; private set; }

    public StaffId ChangedById { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public int Version { get; private set; }

    public ReviewWindow Window => new(Months, InternalReviewDays);

    public void Change(int months, int internalReviewDays, StaffId changedById, DateTimeOffset changedAt)
    {
        if (ReviewWindow.WhyNot(months, internalReviewDays) is { } problem)
        {
            throw new DomainException(new DomainError("review-window", problem));
        }

        Months = months;
        InternalReviewDays = internalReviewDays;
        ChangedById = changedById;
        ChangedAt = changedAt;
        Version++;
    }
}
