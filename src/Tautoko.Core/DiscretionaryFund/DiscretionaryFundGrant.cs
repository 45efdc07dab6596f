using System.Globalization;
using Tautoko.Core.Common;

namespace Tautoko.Core.DiscretionaryFund;

public enum DiscretionaryFundStatus
{
    /// <summary>Approved and paid: on the spot by the ICSM, or by the Service Centre Manager.</summary>
    Granted = 0,

    /// <summary>Over the on-the-spot limit: waiting for the Service Centre Manager named in the request .</summary>
    AwaitingManager = 1,

    /// <summary>The manager declined it.</summary>
    Declined = 2,
}

/// <summary>
/// R-094 (004 §2.6): an Intensive Client Support Manager may use up to $500 of the discretionary fund per request on the
/// spot, without sign-off; more needs a Service Centre Manager's approval, a second person, who is recorded. The fund is
/// not recoverable: a grant never adds to the client's debt.
/// </summary>
public static class DiscretionaryFundRules
{
    public const string Rule = "R-094";

    /// <summary>R-094: the most an ICSM approves on the spot, per request (NZD).</summary>
    public const decimal OnTheSpotLimit = 500m;

    /// <summary>The largest request the fund plausibly takes (NZD); anything larger is a typing slip.</summary>
    public const decimal MaxPlausibleAmount = 10_000m;

    public const int MaxDetailLength = 2000;

    /// <summary>R-094: the fund is not recoverable, so it adds no debt.</summary>
    public const bool IsRecoverable = false;

    /// <summary>Why an amount is not a plausible NZD amount (positive, cents at most, not absurd), or null.</summary>
    public static string? WhyNotAmount(decimal? amount) => amount switch
    {
        null => "Give the amount in dollars and cents.",
        <= 0m => "The amount is more than $0.",
        > MaxPlausibleAmount => string.Create(CultureInfo.InvariantCulture, $"The amount is at most {MaxPlausibleAmount:N0} dollars for one request."),
        { } a when decimal.Round(a, 2) != a => "Give the amount in dollars and cents (two decimal places at most).",
        _ => null,
    };

    /// <summary>R-094: a request over $500 needs a Service Centre Manager, who is another person than the ICSM.</summary>
    public static DomainError? WhyNotRequest(decimal amount, StaffId caseManager, StaffId? approvingManager) =>
        amount <= OnTheSpotLimit ? null
        : approvingManager is null ? new DomainError(Rule, string.Create(CultureInfo.InvariantCulture, $"A request over ${OnTheSpotLimit:N0} needs a Service Centre Manager's approval: name the manager who approves it."))
        : approvingManager == caseManager ? new DomainError(Rule, "The manager who approves a request over $500 is a second person, not the case manager.")
        : null;
}

/// <summary>One request to the ICS discretionary fund for a client, and its approval.</summary>
public sealed class DiscretionaryFundGrant
{
    private DiscretionaryFundGrant()
    {
        Detail = string.Empty;
    }

    private DiscretionaryFundGrant(Guid id, ClientId clientId, StaffId caseManagerId, SiteId siteId, decimal amount, DiscretionaryFundPurpose purpose, string detail, StaffId? approvingManagerId, DateTimeOffset requestedAt, DateOnly today)
        : this()
    {
        Id = id;
        ClientId = clientId;
        CaseManagerId = caseManagerId;
        SiteId = siteId;
        Amount = amount;
        Purpose = purpose;
        Detail = detail;
        RequestedAt = requestedAt;
        if (amount <= DiscretionaryFundRules.OnTheSpotLimit)
        {
            // on the spot, without sign-off.
            Status = DiscretionaryFundStatus.Granted;
            GrantedOn = today;
        }
        else
        {
            Status = DiscretionaryFundStatus.AwaitingManager;
            ApprovingManagerId = approvingManagerId;
        }
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    /// <summary>The ICSM who asked (and, up to $500, approved).</summary>
    public StaffId CaseManagerId { get; private set; }

    /// <summary>The ICSM's site, for the spend report.</summary>
    public SiteId SiteId { get; private set; }

    public decimal Amount { get; private set; }

    public DiscretionaryFundPurpose Purpose { get; private set; }

    public string Detail { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DiscretionaryFundStatus Status { get; private set; }

    /// <summary>The day the grant was made (New Zealand), when it was.</summary>
    public DateOnly? GrantedOn { get; private set; }

    /// <summary>The Service Centre Manager asked to approve a request over $500.</summary>
    public StaffId? ApprovingManagerId { get; private set; }

    public StaffId? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public int Version { get; private set; }

    /// <summary>R-094: the fund adds no debt.</summary>
    public bool IsRecoverable => DiscretionaryFundRules.IsRecoverable;

    /// <summary>A request: granted on the spot up to $500, else waiting for the named manager; refused with R-094 without one.</summary>
    public static DiscretionaryFundGrant Request(Guid id, ClientId clientId, StaffId caseManagerId, SiteId siteId, decimal amount, DiscretionaryFundPurpose purpose, string detail, StaffId? approvingManagerId, DateTimeOffset requestedAt, DateOnly today)
    {
        if (DiscretionaryFundRules.WhyNotAmount(amount) is { } amountProblem)
        {
            throw new DomainException(new DomainError("amount", amountProblem));
        }

        if (DiscretionaryFundRules.WhyNotRequest(amount, caseManagerId, approvingManagerId) is { } error)
        {
            throw new DomainException(error);
        }

        if (string.IsNullOrWhiteSpace(detail) || detail.Trim().Length > DiscretionaryFundRules.MaxDetailLength)
        {
            throw new DomainException(new DomainError("detail", $"Say what the grant pays for in at most {DiscretionaryFundRules.MaxDetailLength} characters."));
        }

        return new DiscretionaryFundGrant(id, clientId, caseManagerId, siteId, amount, purpose, detail.Trim(), amount > DiscretionaryFundRules.OnTheSpotLimit ? approvingManagerId : null, requestedAt, today);
    }

    /// <summary>Why <paramref name="by"/> cannot decide this request now, or null.</summary>
    public DomainError? WhyNotDecide(StaffId by) =>
        Status != DiscretionaryFundStatus.AwaitingManager ? new DomainError("fund-decided", "This request is not waiting for a manager's approval.")
        : by != ApprovingManagerId ? new DomainError(DiscretionaryFundRules.Rule, "Only the Service Centre Manager named in the request approves it.")
        : null;

    /// <summary>R-094: the named manager approves (the grant is made) or declines, and is recorded.</summary>
    public void Decide(bool approve, StaffId by, DateTimeOffset at, DateOnly today, string? note)
    {
        if (WhyNotDecide(by) is { } error)
        {
            throw new DomainException(error);
        }

        Status = approve ? DiscretionaryFundStatus.Granted : DiscretionaryFundStatus.Declined;
        GrantedOn = approve ? today : null;
        DecidedById = by;
        DecidedAt = at;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : TextLimits.Clip(note.Trim(), DiscretionaryFundRules.MaxDetailLength);
        Version++;
    }
}
