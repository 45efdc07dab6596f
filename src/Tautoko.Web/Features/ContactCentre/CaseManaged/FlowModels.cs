using Tautoko.Core.ContactCentre;
using Tautoko.Web.Features.ContactCentre.Hardship;

namespace Tautoko.Web.Features.ContactCentre.CaseManaged;

public sealed record StartFlowInput(string? ReasonForCall);

public sealed record CautionsInput(HandBackReason? HandBack, bool NeedsAppointment, string? Note);

public sealed record WhyNotInput(bool? GoodReason, string? Reason);

public sealed record NeedInput(string? Actions, HardshipInput? Hardship);

/// <param name="Book">Book the next appointment now (also done when a step-4 situation calls for it).</param>
/// <param name="Summary">The appointment confirmed or booked, and when — or why none could be.</param>
/// <param name="HasContactDetails">R-079 step 4: the client has their case manager's contact details (false is one of the situations that call for a booking).</param>
/// <param name="OtherNeedsUnmet">R-079 step 4: the client has other needs the contact centre could not fulfil.</param>
public sealed record AppointmentInput(bool Book, string? Summary, bool? HasContactDetails = null, bool? OtherNeedsUnmet = null);

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
