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
    bool ClientHasIep,
    bool IepActivitiesClosed,
    bool StartingWork,
    IReadOnlyCollection<WorkSupport> SupportsDiscussed,
    string? Notes,
    string? MustViewNote)
{
    public const int MinimumNotesLength = 20;

    /// <summary>The problems with the checklist, by field; empty when the exit may be saved.</summary>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);

        // low motivation or contact only after all options, incl. obligations failures and sanctions, were considered.
        if (Reason == ExitReason.LowMotivationOrContact && !ObligationsFailuresAndSanctionsConsidered)
        {
            problems["obligationsFailuresAndSanctionsConsidered"] =
                "Low motivation or contact is used only after all options to improve motivation or contact, including obligations failures and sanctions, were considered (R-025).";
        }

        // moving to another case management service needs a hand-over (conversation; meeting with them and the client).
        if (MovingToService is not null && !HandOverArranged)
        {
            problems["handOverArranged"] = "Arrange a hand-over with the new service (a conversation, and a meeting with them and the client) (R-026).";
        }

        // if the client has an Individual Employment Plan, all its activities are closed.
        if (ClientHasIep && !IepActivitiesClosed)
        {
            problems["iepActivitiesClosed"] = "Close all Individual Employment Plan activities before the exit (R-026).";
        }

        // a client starting work gets the conversation about supports.
        if (StartingWork && SupportsDiscussed.Count == 0)
        {
            problems["supportsDiscussed"] = "The client is starting work: record which supports you discussed (Transition to Work, Relocate for Work, childcare, In-Work Support) (R-026).";
        }

        // full notes on file summarising the change and what other staff may need later.
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
            throw new DomainException(new DomainError(first.Value.Contains("R-025", StringComparison.Ordinal) ? "R-025" : "R-026", first.Value));
        }
    }

    /// <summary>The engagement-log entry that records the exit and each checklist item.</summary>
    public string EngagementText(string caseManagerName, CaseManagementService service, string tagShortName)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Exited from {service.DisplayName()} ({caseManagerName}'s caseload). Reason: {Reason.DisplayName()}.");
        if (Reason == ExitReason.LowMotivationOrContact)
        {
            text.Append(" Obligations failures and sanctions were considered first.");
        }

        text.AppendLine();
        text.AppendLine("Exit checklist (002):");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Case manager un-tagged: {caseManagerName}.");
        text.AppendLine(MovingToService is { } next
            ? $"- Moving to {next.DisplayName()}: hand-over arranged."
            : "- Not moving to another case management service: no hand-over needed.");
        text.AppendLine(ClientHasIep ? "- Individual Employment Plan activities closed." : "- No Individual Employment Plan on file: nothing to close.");
        text.AppendLine(StartingWork
            ? "- Starting work: discussed " + string.Join(", ", SupportsDiscussed.OrderBy(s => s).Select(s => s.DisplayName())) + "."
            : "- Not starting work.");
        text.AppendLine(string.IsNullOrWhiteSpace(MustViewNote) ? "- No must-view note." : "- Must-view note added.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Programme tag {tagShortName} removed.");
        text.Append("Notes: ").Append(Notes?.Trim());
        return text.ToString();
    }
}
