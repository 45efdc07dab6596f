using Tautoko.Core.Common;

namespace Tautoko.Core.WorkQueues;

/// <summary>
/// R-074 (003, "Managing Service Centre Referral requests in S2P"): before contacting the client the worker
/// reviews the task and the client's record, confirms contact details and circumstances, and looks for
/// further needs: client events in progress, on hold or ready for processing; benefit expiries needing
/// re-application; redirections and debt offsets.
/// </summary>
public sealed class ContactReview
{
    public const int MaxFindingsLength = 2000;

    private ContactReview()
    {
    }

    public ContactReview(Guid id, WorkQueueTaskId taskId, ClientId clientId, StaffId byId, DateTimeOffset at, ContactReviewChecks checks, string? findings)
    {
        var missing = checks.Missing();
        if (missing.Count > 0)
        {
            throw new DomainException(new DomainError("R-074", "Before contacting the client: " + string.Join("; ", missing) + "."));
        }

        if (findings is { Length: > MaxFindingsLength })
        {
            throw new DomainException(new DomainError("review-findings", $"Findings are at most {MaxFindingsLength} characters."));
        }

        Id = id;
        TaskId = taskId;
        ClientId = clientId;
        ById = byId;
        At = at;
        Checks = checks;
        Findings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim();
    }

    public Guid Id { get; private set; }

    public WorkQueueTaskId TaskId { get; private set; }

    public ClientId ClientId { get; private set; }

    public StaffId ById { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ContactReviewChecks Checks { get; private set; } = new(false, false, false, false, false, false);

    /// <summary>Further needs found and what was done about them.</summary>
    public string? Findings { get; private set; }

    public string Summary() => Findings is null
        ? "Task and record reviewed; contact details and circumstances confirmed; further needs checked, none found."
        : $"Task and record reviewed; contact details and circumstances confirmed; further needs: {Findings}";
}

/// <summary>The review checklist, item by item, in the seed's words.</summary>
public sealed record ContactReviewChecks(
    bool TaskAndRecordReviewed,
    bool ContactDetailsConfirmed,
    bool CircumstancesConfirmed,
    bool ClientEventsChecked,
    bool BenefitExpiriesChecked,
    bool RedirectionsAndDebtOffsetsChecked)
{
    public static IReadOnlyList<(string Key, string Label)> Items { get; } =
    [
        (nameof(TaskAndRecordReviewed), "Review task and client's record before contacting client"),
        (nameof(ContactDetailsConfirmed), "Confirm client's contact details"),
        (nameof(CircumstancesConfirmed), "Confirm client's circumstances"),
        (nameof(ClientEventsChecked), "Client events in progress, on hold or ready for processing"),
        (nameof(BenefitExpiriesChecked), "Benefit expiries (i.e., re-applications)"),
        (nameof(RedirectionsAndDebtOffsetsChecked), "Checking redirections and debt offsets"),
    ];

    public IReadOnlyList<string> Missing()
    {
        var values = new[] { TaskAndRecordReviewed, ContactDetailsConfirmed, CircumstancesConfirmed, ClientEventsChecked, BenefitExpiriesChecked, RedirectionsAndDebtOffsetsChecked };
        return [.. Items.Where((_, i) => !values[i]).Select(item => item.Label.ToLowerInvariant())];
    }
}
