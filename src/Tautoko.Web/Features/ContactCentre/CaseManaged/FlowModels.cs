using Tautoko.Core.ContactCentre;
using Tautoko.Web.Features.ContactCentre.Hardship;

namespace Tautoko.Web.Features.ContactCentre.CaseManaged;

public sealed record StartFlowInput(string? ReasonForCall);

public sealed record CautionsInput(HandBackReason? HandBack, bool NeedsAppointment, string? Note);

public sealed record WhyNotInput(bool? GoodReason, string? Reason);

public sealed record NeedInput(string? Actions, HardshipInput? Hardship);

public sealed record AppointmentInput(bool Book, string? Summary);

public sealed record FinishInput(string? OtherDetails);

public sealed record CaseManagerNote(DateTimeOffset At, string Channel, string Text);

/// <summary>What the flow shows, computed from the record (R-079 steps 1 and 2).</summary>
public sealed record FlowContext(
    IReadOnlyList<string> SpecialCautions,
    IReadOnlyList<string> MustViewNotes,
    IReadOnlyList<string> Tags,
    IReadOnlyList<HandBackReason> HandBackSuggestions,
    int ContactCentreCallsIn90Days,
    int ContactCentreNotesIn90Days,
    int MissedAppointmentsInYear,
    IReadOnlyList<CaseManagerNote> CaseManagerNotes,
    IReadOnlyList<HardshipRequestView> CaseManagerDecisions,
    int HardshipRequestsInYear);

public sealed record FlowView(
    Guid Id,
    Guid CallId,
    Guid ClientId,
    string ClientName,
    Guid CaseManagerId,
    string CaseManager,
    FlowStep Step,
    string StepName,
    HandBackReason? HandBack,
    bool? GoodReason,
    string ReasonForCall,
    string? ReasonNotViaCaseManager,
    string? ActionsTaken,
    string? AppointmentSummary,
    FlowOutcome? Outcome,
    DateTimeOffset? CompletedAt,
    Guid? SummaryMessageId,
    Guid? HandBackTaskId,
    HighHardshipOutcome? HighHardship,
    string Summary,
    FlowContext Context);
