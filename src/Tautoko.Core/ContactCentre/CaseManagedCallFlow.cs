using Tautoko.Core.Common;
using Tautoko.Core.Clients;
using Tautoko.Core.Hardship;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.ContactCentre;

/// <summary>The five steps of 002, "CSR process for Employment and Phone-Based".</summary>
public enum FlowStep
{
    /// <summary>1. Special cautions, must-view notes and programme tags; does the client need an appointment with their case manager?</summary>
    Cautions = 1,

    /// <summary>2. Why did the client not go to their case manager?</summary>
    WhyNotCaseManager = 2,

    /// <summary>3. Complete the required actions, as for any client.</summary>
    MeetNeed = 3,

    /// <summary>4. Confirm or book the next appointment with the case manager (or buddy, or site queue).</summary>
    NextAppointment = 4,

    /// <summary>5. Full notes, and the summary e-mail to the case manager.</summary>
    NotesAndEmail = 5,

    Done = 6,
}

/// <summary>Step 1's reasons for handing the client back to the region (002).</summary>
public enum HandBackReason
{
    OtherCaseManagement = 0,
    LowTrust = 1,
    CaseManagerRequest = 2,
    SpecialCaution = 3,
}

public enum FlowOutcome
{
    HandedBackToRegion = 0,
    AppointmentInstead = 1,
    NeedMet = 2,
}

/// <summary>
/// R-079: the contact centre's process for a client who has a case manager, step by step. The flow keeps
/// the CSR connected to the case manager: it will not let them grant where the client bypassed the case
/// manager without a good reason, or override the case manager's decision, and it ends with notes and a
/// summary e-mail to the case manager.
/// </summary>
public sealed class CaseManagedCallFlow
{
    public const int MaxTextLength = 2000;

    /// <summary>Refusal codes for working another person's flow, or a step out of turn: conflicts, not seed rules.</summary>
    public const string NotYoursRule = "flow-not-yours";
    public const string StepRule = "flow-step";

    /// <summary>The case management services whose clients this process is for (002, "Employment and Phone-Based").</summary>
    public static readonly IReadOnlyList<ProgrammeTagCode> ThisProcess =
        [ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.EmploymentCaseManagementReserve, ProgrammeTagCode.PhoneBasedCaseManagement];

    /// <summary>Other forms of case management: their clients are handed back to the region (002 step 1).</summary>
    public static readonly IReadOnlyList<ProgrammeTagCode> OtherCaseManagement =
        [ProgrammeTagCode.DedicatedCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement, ProgrammeTagCode.IntensiveClientSupport, ProgrammeTagCode.GeneralCaseManagement];

    /// <summary>How far back a case manager's decline counts as "their decision" on the same need.</summary>
    public static readonly TimeSpan CaseManagerDecisionWindow = TimeSpan.FromDays(28);

    private CaseManagedCallFlow()
    {
        ReasonForCall = string.Empty;
    }

    public CaseManagedCallFlow(Guid id, Guid callId, ClientId clientId, StaffId staffId, StaffId caseManagerId, string reasonForCall, DateTimeOffset now)
        : this()
    {
        Id = id;
        CallId = callId;
        ClientId = clientId;
        StaffId = staffId;
        CaseManagerId = caseManagerId;
        ReasonForCall = Text(reasonForCall, "reason-for-call", "Say why the client called (their need or situation).");
        StartedAt = now;
        Step = FlowStep.Cautions;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid CallId { get; private set; }

    public ClientId ClientId { get; private set; }

    public StaffId StaffId { get; private set; }

    public StaffId CaseManagerId { get; private set; }

    public string ReasonForCall { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public FlowStep Step { get; private set; }

    public HandBackReason? HandBack { get; private set; }

    public bool? NeedsAppointment { get; private set; }

    /// <summary>Step 2: whether there was a good reason the client could not get help from their case manager.</summary>
    public bool? GoodReason { get; private set; }

    public string? ReasonNotViaCaseManager { get; private set; }

    public string? ActionsTaken { get; private set; }

    public Guid? HardshipRequestId { get; private set; }

    public string? AppointmentSummary { get; private set; }

    public string? OtherDetails { get; private set; }

    public FlowOutcome? Outcome { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public Guid? EngagementNoteId { get; private set; }

    public Guid? SummaryMessageId { get; private set; }

    public int Version { get; private set; }

    /// <summary>Step 1: cautions, must-view notes and tags checked; hand back to the region, or book with the case manager, or go on.</summary>
    public void CheckCautions(StaffId by, HandBackReason? handBack, bool needsAppointment, string? note)
    {
        Expect(by, FlowStep.Cautions);
        if (handBack is { } reason)
        {
            HandBack = reason;
            Outcome = FlowOutcome.HandedBackToRegion;
            OtherDetails = Optional(note);
            Step = FlowStep.NotesAndEmail;
        }
        else if (needsAppointment)
        {
            NeedsAppointment = true;
            Outcome = FlowOutcome.AppointmentInstead;
            Step = FlowStep.NextAppointment;
        }
        else
        {
            NeedsAppointment = false;
            Step = FlowStep.WhyNotCaseManager;
        }

        Version++;
    }

    /// <summary>Step 2: no good reason → book with the case manager (BAU); a good reason → meet the need.</summary>
    public void RecordWhyNotCaseManager(StaffId by, bool goodReason, string reason)
    {
        Expect(by, FlowStep.WhyNotCaseManager);
        ReasonNotViaCaseManager = Text(reason, "reason-not-via-case-manager", "Say why the client came to the contact centre instead of their case manager.");
        GoodReason = goodReason;
        if (!goodReason)
        {
            Outcome = FlowOutcome.AppointmentInstead;
            Step = FlowStep.NextAppointment;
        }
        else
        {
            Step = FlowStep.MeetNeed;
        }

        Version++;
    }

    /// <summary>
    /// Step 3: what was done, as for any client. A grant is refused where the client bypassed their case
    /// manager, or where it would override the case manager's own decision on the same need (R-079).
    /// </summary>
    public void MeetNeed(StaffId by, string actions, HardshipRequest? request, IReadOnlyCollection<HardshipRequest> caseManagerDecisions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(caseManagerDecisions);
        Expect(by, FlowStep.MeetNeed);
        if (request is { Decision: HardshipDecision.Granted })
        {
            // R-079 (002): CSRs shouldn't grant assistance where the client has bypassed the case manager.
            if (GoodReason != true)
            {
                throw new DomainException(new DomainError("R-079", "The client bypassed their case manager without a good reason: book them with their case manager instead of granting."));
            }

            // R-079 (002): CSRs shouldn't override decisions made by case managers.
            if (WouldOverride(request, caseManagerDecisions, CaseManagerId, now) is { } declined)
            {
                throw new DomainException(new DomainError(
                    "R-079",
                    $"The case manager declined {declined.Need.DisplayName().ToLowerInvariant()} for this client on {declined.RequestedAt:yyyy-MM-dd}; the contact centre does not override their decision."));
            }
        }

        ActionsTaken = Text(actions, "actions", "Say what was done for the client (assistance granted, declined or queried).");
        HardshipRequestId = request?.Id;
        Outcome = FlowOutcome.NeedMet;
        Step = FlowStep.NextAppointment;
        Version++;
    }

    /// <summary>Step 4: the next appointment confirmed or booked (or why it could not be, for the summary e-mail).</summary>
    public void RecordAppointment(StaffId by, string summary)
    {
        Expect(by, FlowStep.NextAppointment);
        AppointmentSummary = Text(summary, "appointment", "Say which appointment was confirmed or booked, or why none could be.");
        Step = FlowStep.NotesAndEmail;
        Version++;
    }

    /// <summary>Step 5: the note and the summary e-mail, with the seed's five headings. Returns the summary text.</summary>
    public string Finish(StaffId by, string? otherDetails, DateTimeOffset now, Guid engagementNoteId, Guid summaryMessageId)
    {
        Expect(by, FlowStep.NotesAndEmail);
        if (Optional(otherDetails) is { } more)
        {
            OtherDetails = OtherDetails is null ? more : $"{OtherDetails} {more}";
        }

        Step = FlowStep.Done;
        CompletedAt = now;
        EngagementNoteId = engagementNoteId;
        SummaryMessageId = summaryMessageId;
        Version++;
        return Summary();
    }

    /// <summary>The note and e-mail, under the seed's headings (002, step 5).</summary>
    public string Summary()
    {
        var actions = HandBack is { } back
            ? $"Handed back to the region ({back.DisplayName()})."
            : ActionsTaken ?? "None: the client was booked with their case manager instead.";
        return string.Join(
            "\n",
            $"Reason for call (Client need/situation): {ReasonForCall}",
            $"Reason for coming to Contact Centre instead of Case Manager: {ReasonNotViaCaseManager ?? "—"}",
            $"What actions we have completed: {actions}",
            $"If you've booked an appointment with the Case Manager and when: {AppointmentSummary ?? "—"}",
            $"Any other details that may be relevant: {OtherDetails ?? "—"}");
    }

    /// <summary>Whether a refusal on the flow is a conflict (409: another person's flow, a step out of turn, a task someone else holds).</summary>
    public static bool IsConflict(string rule) => rule is NotYoursRule or StepRule || WorkQueueTask.IsConflict(rule);

    /// <summary>
    /// R-077, R-078: nothing about the client is discussed until the person on the line is verified; null when the
    /// call may go on to this process.
    /// </summary>
    public static DomainError? MayStartOn(ClientCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.MayReleaseClientInformation
            ? null
            : new DomainError(
                call.CallerKind == CallerKind.Agent ? "R-077" : "R-078",
                "Verify the person on the line before going on: identify them and ask verifying questions.");
    }

    /// <summary>R-079: this process is for a client on a case manager's caseload (their open placement).</summary>
    public static DomainError NoCaseManager { get; } =
        new("R-079", "The client has no case manager: help them as any client (this process is for case-managed clients).");

    /// <summary>
    /// R-078: once the call has ended or its caller is no longer verified nothing more is discussed on it; only the
    /// notes and the summary e-mail (step 5) may still be written. Null when the next step may be recorded.
    /// </summary>
    public DomainError? MayContinueOn(ClientCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.MayReleaseClientInformation || Step == FlowStep.NotesAndEmail
            ? null
            : new DomainError("R-078", "The call has ended or its caller is not verified; nothing more is discussed on it.");
    }

    /// <summary>
    /// R-079 step 1 (002): other forms of case management, low trust, or special cautions and must-view notes suggest
    /// handing the client back to the region. (A request from the case manager is the CSR's to know, not the record's.)
    /// </summary>
    public static IReadOnlyList<HandBackReason> HandBackSuggestions(IReadOnlyCollection<ProgrammeTagCode> tags, bool lowTrustFlag, bool hasCautionsOrMustViewNotes)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var suggestions = new List<HandBackReason>();
        if (tags.Any(t => OtherCaseManagement.Contains(t)) && !tags.Any(t => ThisProcess.Contains(t)))
        {
            suggestions.Add(HandBackReason.OtherCaseManagement);
        }

        if (tags.Contains(ProgrammeTagCode.LowTrust) || lowTrustFlag)
        {
            suggestions.Add(HandBackReason.LowTrust);
        }

        if (hasCautionsOrMustViewNotes)
        {
            suggestions.Add(HandBackReason.SpecialCaution);
        }

        return suggestions;
    }

    /// <summary>The case manager's decline of the same need in the window, if granting would override it.</summary>
    public static HardshipRequest? WouldOverride(HardshipRequest request, IEnumerable<HardshipRequest> decisions, StaffId caseManager, DateTimeOffset now) =>
        decisions
            .Where(d => d.DecidedById == caseManager && d.Decision == HardshipDecision.Declined && d.Need == request.Need && d.RequestedAt >= now - CaseManagerDecisionWindow)
            .OrderByDescending(d => d.RequestedAt)
            .FirstOrDefault();

    private void Expect(StaffId by, FlowStep step)
    {
        if (by != StaffId)
        {
            throw new DomainException(new DomainError(NotYoursRule, "Only the person on the call works this flow."));
        }

        if (Step != step)
        {
            throw new DomainException(new DomainError(StepRule, $"This is step {(int)Step} ({Step.DisplayName()}), not {(int)step}."));
        }
    }

    private static string Text(string? value, string rule, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(new DomainError(rule, missing));
        }

        var trimmed = value.Trim();
        return trimmed.Length > MaxTextLength ? throw new DomainException(new DomainError(rule, $"At most {MaxTextLength} characters.")) : trimmed;
    }

    private static string? Optional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is { Length: > MaxTextLength } ? throw new DomainException(new DomainError("details", $"At most {MaxTextLength} characters.")) : value.Trim();
}

public static class FlowNames
{
    public static string DisplayName(this FlowStep step) => step switch
    {
        FlowStep.Cautions => "Special cautions, must-view notes and tags",
        FlowStep.WhyNotCaseManager => "Why not through the case manager",
        FlowStep.MeetNeed => "Meet the need",
        FlowStep.NextAppointment => "Next appointment with the case manager",
        FlowStep.NotesAndEmail => "Notes and e-mail to the case manager",
        FlowStep.Done => "Done",
    };

    public static string DisplayName(this HandBackReason reason) => reason switch
    {
        HandBackReason.OtherCaseManagement => "another form of case management",
        HandBackReason.LowTrust => "tagged low trust",
        HandBackReason.CaseManagerRequest => "request from the case manager",
        HandBackReason.SpecialCaution => "special caution or must-view note",
    };

    public static string DisplayName(this FlowOutcome outcome) => outcome switch
    {
        FlowOutcome.HandedBackToRegion => "Handed back to the region",
        FlowOutcome.AppointmentInstead => "Booked with the case manager instead",
        FlowOutcome.NeedMet => "Need met by the contact centre",
    };
}
