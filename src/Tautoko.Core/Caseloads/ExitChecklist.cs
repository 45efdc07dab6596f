using System.Globalization;
using System.Text;
using Tautoko.Core.Common;

namespace Tautoko.Core.Caseloads;

/// <summary>Supports to discuss when a client exits into work (002 exit checklist, R-065).</summary>
public enum WorkSupport
{
    TransitionToWork = 0,
    RelocateForWork = 1,
    FlexibleChildcareAssistance = 2,
    InWorkSupportReferral = 3,
}

public static class WorkSupports
{
    public static string DisplayName(this WorkSupport support) => support switch
    {
        WorkSupport.TransitionToWork => "Transition to Work",
        WorkSupport.RelocateForWork => "Relocate for Work",
        WorkSupport.FlexibleChildcareAssistance => "Flexible Childcare Assistance",
        WorkSupport.InWorkSupportReferral => "Referral to In-Work Support",
    };
}

/// <summary>
/// R-026: what the case manager did when exiting a client (002 "When exiting a client from case
/// management complete the following actions"). Untagging the case manager and removing the programme
/// tag are done by Tautoko when the exit is saved.
/// </summary>
public sealed record ExitChecklist(
    ExitReason Reason,
    bool ObligationsFailuresAndSanctionsConsidered,
    CaseManagementService? MovingToService,
    bool HandOverArranged,
    int OpenIepActivities,
    bool IepActivitiesClosed,
    bool StartingWork,
    IReadOnlyCollection<WorkSupport> SupportsDiscussed,
    string? Notes,
    string? MustViewNote,
    bool ProactiveEngagementTried = false,
    bool ExitInterviewWithAdvice = false,
    bool PhoneBasedConsidered = false)
{
    public const int MinimumNotesLength = 20;

    /// <summary>The problems with the checklist, by field; empty when the exit may be saved.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);

        // R-025: low motivation or contact only after all options, incl. obligations failures and sanctions, were considered.
        if (Reason == ExitReason.LowMotivationOrContact && !ObligationsFailuresAndSanctionsConsidered)
        {
            problems["obligationsFailuresAndSanctionsConsidered"] =
                "Low motivation or contact is used only after all options to improve motivation or contact, including obligations failures and sanctions, were considered (R-025).";
        }

        // R-025 (002): "try to engage with them proactively before exiting them from the service ... if this isn't possible the
        // Case Manager should consider completing an exit interview with the client and provide advice on how to access
        // support through our business-as-usual channels".
        if (Reason == ExitReason.LowMotivationOrContact && !ProactiveEngagementTried && !ExitInterviewWithAdvice)
        {
            problems["proactiveEngagementTried"] =
                "Try to engage the client proactively before exiting them (their full and correct entitlement; a referral to a programme, provider or better-suited service). If that isn't possible, complete an exit interview and advise them how to get support through our usual channels (R-025).";
        }

        // R-024 (002): aggressive behaviour — "phone-based case management may be considered in this case".
        if (Reason == ExitReason.AggressiveBehaviour && !PhoneBasedConsidered && MovingToService != CaseManagementService.PhoneBased)
        {
            problems["phoneBasedConsidered"] =
                "It is not safe to ask the client into the office: consider phone-based case management for them before exiting (R-024).";
        }

        // R-026: moving to another case management service needs a hand-over (conversation; meeting with them and the client).
        if (MovingToService is not null && !HandOverArranged)
        {
            problems["handOverArranged"] = "Arrange a hand-over with the new service (a conversation, and a meeting with them and the client) (R-026).";
        }

        // R-026: the open Individual Employment Plan activities are closed at an exit to no further service (Tautoko closes
        // them when the exit is saved; the case manager confirms it). Moving to another service hands them over instead.
        if (OpenIepActivities > 0 && MovingToService is null && !IepActivitiesClosed)
        {
            problems["iepActivitiesClosed"] = $"The client has {OpenIepActivities} open Individual Employment Plan {(OpenIepActivities == 1 ? "activity" : "activities")}: confirm they are closed at the exit (R-026).";
        }

        // R-026 / R-065: a client starting work gets the conversation about supports.
        if (StartingWork && SupportsDiscussed.Count == 0)
        {
            problems["supportsDiscussed"] = "The client is starting work: record which supports you discussed (Transition to Work, Relocate for Work, childcare, In-Work Support) (R-026).";
        }

        // R-026: full notes on file summarising the change and what other staff may need later.
        if (string.IsNullOrWhiteSpace(Notes) || Notes.Trim().Length < MinimumNotesLength)
        {
            problems["notes"] = $"Write full notes (at least {MinimumNotesLength} characters): the change in the client's circumstances and what other staff may need if the client makes representation (R-026).";
        }

        return problems;
    }

    public void ThrowIfInvalid()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            var first = problems.First();
            var rule = first.Value.Contains("R-025", StringComparison.Ordinal) ? "R-025" : first.Value.Contains("R-024", StringComparison.Ordinal) ? "R-024" : "R-026";
            throw new DomainException(new DomainError(rule, first.Value));
        }
    }

    /// <summary>R-026: what happens to the open IEP activities: closed at an exit to no further service, handed over when moving.</summary>
    public string IepText() => (OpenIepActivities, MovingToService) switch
    {
        (0, null) => "- No open Individual Employment Plan activities: nothing to close.",
        (0, { } next) => $"- No open Individual Employment Plan activities to hand over to {next.DisplayName()}.",
        (var n, null) => $"- {n} open Individual Employment Plan {(n == 1 ? "activity" : "activities")} closed at the exit; the plan is closed.",
        (var n, { } next) => $"- Individual Employment Plan handed over to {next.DisplayName()} with {n} open {(n == 1 ? "activity" : "activities")}.",
    };

    /// <summary>The engagement-log entry that records the exit and each checklist item.</summary>
    public string EngagementText(string caseManagerName, CaseManagementService service, string tagShortName)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Exited from {service.DisplayName()} ({caseManagerName}'s caseload). Reason: {Reason.DisplayName()}.");
        if (Reason == ExitReason.LowMotivationOrContact)
        {
            text.Append(" Obligations failures and sanctions were considered first.");
            text.Append(ProactiveEngagementTried
                ? " The case manager tried to engage the client proactively first."
                : " Proactive engagement was not possible: exit interview completed, with advice on getting support through our usual channels.");
        }

        if (Reason == ExitReason.AggressiveBehaviour)
        {
            text.Append(MovingToService == CaseManagementService.PhoneBased
                ? " Moving to phone-based case management."
                : " Phone-based case management was considered.");
        }

        text.AppendLine();
        text.AppendLine("Exit checklist (002):");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Case manager un-tagged: {caseManagerName}.");
        text.AppendLine(MovingToService is { } next
            ? $"- Moving to {next.DisplayName()}: hand-over arranged."
            : "- Not moving to another case management service: no hand-over needed.");
        text.AppendLine(IepText());
        text.AppendLine(StartingWork
            ? "- Starting work: discussed " + string.Join(", ", SupportsDiscussed.OrderBy(s => s).Select(s => s.DisplayName())) + "."
            : "- Not starting work.");
        text.AppendLine(string.IsNullOrWhiteSpace(MustViewNote) ? "- No must-view note." : "- Must-view note added.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Programme tag {tagShortName} removed.");
        text.Append("Notes: ").Append(Notes?.Trim());
        return text.ToString();
    }
}
