using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Hardship;

public enum ApplicationStatus
{
    AwaitingDecision = 0,
    Granted = 1,
    PartlyGranted = 2,
    Declined = 3,
}

/// <summary>What a decision does: grant in full, grant in part (an amount), or decline with one of the sixteen reasons .</summary>
public enum DecisionKind
{
    GrantInFull = 0,
    GrantInPart = 1,
    Decline = 2,
}

/// <summary>NZD amounts: decimals with cents, positive and plausible.</summary>
public static class HardshipMoney
{
    /// <summary>The largest single amount an application may ask for; more is a typing error, not a need.</summary>
    public const decimal MaxAmount = 50_000m;

    /// <summary>Why the amount is not a plausible NZD amount, or null.</summary>
    public static string? WhyNot(decimal? amount) => amount switch
    {
        null => "Give the amount in dollars and cents.",
        <= 0m => "The amount must be more than $0.00.",
        > MaxAmount => $"The amount must be at most {Format(MaxAmount)}.",
        { } a when decimal.Round(a, 2) != a => "Give the amount in dollars and cents (at most two decimal places).",
        _ => null,
    };

    public static string Format(decimal amount) => amount.ToString("$#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A hardship or supplementary assistance application and its decision. A decline carries exactly one of the
/// sixteen reasons of Table One and cannot be made without one; a grant in part is of no more than was asked.
/// A decline overturned or partly upheld on review becomes a grant linked to its review.
/// </summary>
public sealed class HardshipApplication
{
    public const int MaxDetailLength = 2000;
    public const int MaxNoteLength = 2000;
    public const int MaxAgentLength = 200;

    private HardshipApplication()
    {
        Detail = string.Empty;
    }

    public HardshipApplication(Guid id, ClientId clientId, string? agentName, HardshipNeed need, SupplementaryAssistanceCategory? category, decimal amountAsked,
        bool recoverable, ContactChannel channel, string detail, StaffId recordedById, DateTimeOffset receivedAt)
        : this()
    {
        if (WhyNotValid(need, category, amountAsked, detail, agentName) is { } error)
        {
            throw new DomainException(error);
        }

        Id = id;
        ClientId = clientId;
        AgentName = string.IsNullOrWhiteSpace(agentName) ? null : agentName.Trim();
        Need = need;
        Category = category;
        AmountAsked = amountAsked;
        Recoverable = recoverable;
        Channel = channel;
        Detail = detail.Trim();
        RecordedById = recordedById;
        ReceivedAt = receivedAt;
        Status = ApplicationStatus.AwaitingDecision;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>The agent who applied for the client, if not the client.</summary>
    public string? AgentName { get; private set; }

    public HardshipNeed Need { get; private set; }

    /// <summary>The supplementary assistance category (Table Seven's note); required when the need is <see cref="HardshipNeed.Other"/>.</summary>
    public SupplementaryAssistanceCategory? Category { get; private set; }

    public decimal AmountAsked { get; private set; }

    /// <summary>A recoverable grant adds to the client's debt.</summary>
    public bool Recoverable { get; private set; }

    public ContactChannel Channel { get; private set; }

    public string Detail { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DecisionKind? Decision { get; private set; }

    public decimal? AmountGranted { get; private set; }

    public DeclineReason? DeclineReason { get; private set; }

    public string? DecisionNote { get; private set; }

    public StaffId? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The review that turned a decline (or part grant) into this grant.</summary>
    public Guid? GrantedByReviewId { get; private set; }

    public DateTimeOffset? RegrantedAt { get; private set; }

    /// <summary>Bumped by every change; the database refuses a write made on an older version.</summary>
    public int Version { get; private set; }

    /// <summary>What the client owes from this application: a recoverable grant's amount.</summary>
    public decimal Debt => Recoverable && AmountGranted is { } granted ? granted : 0m;

    public static DomainError? WhyNotValid(HardshipNeed need, SupplementaryAssistanceCategory? category, decimal amountAsked, string? detail, string? agentName)
    {
        if (!Enum.IsDefined(need))
        {
            return new DomainError("R-090", "Choose the need: food, an essential household item group or a supplementary assistance category.");
        }

        if (need == HardshipNeed.Other && category is null)
        {
            return new DomainError("R-090", "Choose the supplementary assistance category.");
        }

        if (category is { } c && !Enum.IsDefined(c))
        {
            return new DomainError("R-090", "Choose one of the supplementary assistance categories.");
        }

        if (need != HardshipNeed.Other && category is not null)
        {
            return new DomainError("R-090", "A category goes only with supplementary assistance (need: other).");
        }

        if (HardshipMoney.WhyNot(amountAsked) is { } money)
        {
            return new DomainError("hardship-amount", money);
        }

        if (string.IsNullOrWhiteSpace(detail) || detail.Trim().Length > MaxDetailLength)
        {
            return new DomainError("hardship-detail", $"Describe the need in at most {MaxDetailLength} characters.");
        }

        return agentName is { Length: > MaxAgentLength } ? new DomainError("hardship-agent", $"The agent's name is at most {MaxAgentLength} characters.") : null;
    }

    /// <summary>Why this decision cannot be made, or null.</summary>
    public DomainError? WhyNotDecide(DecisionKind kind, decimal? amount, DeclineReason? reason, string? note)
    {
        if (Status != ApplicationStatus.AwaitingDecision)
        {
            return new DomainError("hardship-decided", $"The application was already decided ({Status}); ask for a review of the decision instead.");
        }

        switch (kind)
        {
            case DecisionKind.Decline when reason is null:
                return new DomainError("R-091", "A decline names one of the sixteen decline reasons.");
            case DecisionKind.Decline when !Enum.IsDefined(reason.Value):
                return new DomainError("R-091", "Choose one of the sixteen decline reasons.");
            case DecisionKind.Decline when string.IsNullOrWhiteSpace(note):
                return new DomainError("hardship-note", "A decline carries a note saying why, for the client.");
            case DecisionKind.Decline:
                break;
            case DecisionKind.GrantInPart when HardshipMoney.WhyNot(amount) is { } money:
                return new DomainError("hardship-amount", money);
            case DecisionKind.GrantInPart when amount > AmountAsked:
                return new DomainError("hardship-amount", $"A grant in part is at most the {HardshipMoney.Format(AmountAsked)} asked for.");
            case DecisionKind.GrantInFull or DecisionKind.GrantInPart when reason is not null:
                return new DomainError("R-091", "Only a decline carries a decline reason.");
            case DecisionKind.GrantInFull or DecisionKind.GrantInPart:
                break;
            default:
                return new DomainError("hardship-decision", "Grant in full, grant in part or decline.");
        }

        return note is { } n && n.Trim().Length > MaxNoteLength ? new DomainError("hardship-note", $"The note is at most {MaxNoteLength} characters.") : null;
    }

    public void Decide(DecisionKind kind, decimal? amount, DeclineReason? reason, string? note, StaffId by, DateTimeOffset at)
    {
        if (WhyNotDecide(kind, amount, reason, note) is { } error)
        {
            throw new DomainException(error);
        }

        Decision = kind;
        Status = kind switch
        {
            DecisionKind.GrantInFull => ApplicationStatus.Granted,
            DecisionKind.GrantInPart => ApplicationStatus.PartlyGranted,
            _ => ApplicationStatus.Declined,
        };
        AmountGranted = kind switch
        {
            DecisionKind.GrantInFull => AmountAsked,
            DecisionKind.GrantInPart => amount,
            _ => null,
        };
        DeclineReason = kind == DecisionKind.Decline ? reason : null;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedById = by;
        DecidedAt = at;
        Version++;
    }

    /// <summary>Whether the decision may be reviewed: a decline or a grant in part.</summary>
    public DomainError? WhyNotReview() => Status switch
    {
        ApplicationStatus.Declined or ApplicationStatus.PartlyGranted => null,
        ApplicationStatus.AwaitingDecision => new DomainError("review-undecided", "The application has no decision to review yet."),
        _ => new DomainError("review-granted", "The application was granted in full; there is no decision to review."),
    };

    /// <summary>An overturned or partly upheld decline (or part grant) becomes a grant linked to its review.</summary>
    public void GrantOnReview(Guid reviewId, decimal amount, DateTimeOffset at)
    {
        if (WhyNotReview() is { } error)
        {
            throw new DomainException(error);
        }

        if (HardshipMoney.WhyNot(amount) is not null || amount > AmountAsked)
        {
            throw new DomainException(new DomainError("hardship-amount", $"A grant on review is more than $0.00 and at most the {HardshipMoney.Format(AmountAsked)} asked for."));
        }

        Status = amount == AmountAsked ? ApplicationStatus.Granted : ApplicationStatus.PartlyGranted;
        AmountGranted = amount;
        GrantedByReviewId = reviewId;
        RegrantedAt = at;
        Version++;
    }
}
