using Tautoko.Core.Clients;

namespace Tautoko.Data.Synthetic;

/// <summary>Wording for generated notes, cautions and must-view notes, in the voice of the seeds' case notes.</summary>
internal static class NoteTexts
{
    // {0} client's name, {1} site, {2} a date, {3} an activity or referral.
    public static readonly string[] FaceToFace =
    [
        "Kia ora. Met {0} at {1}. Discussed job search since last appointment; updated CV together and added two IEP activities. Next appointment booked for {2}.",
        "Appointment attended at {1}. Reviewed Individual Employment Plan – no activities overdue. Referred to {3}. Next engagement {2}.",
        "Client attended with whānau support. Checked eligibility and partner's circumstances; no changes. Discussed {3}. Booked follow-up for {2}.",
        "Initial face-to-face appointment at {1}. Identity verified and evidence saved. Explained work obligations and completed Jobseeker Profile. Next appointment {2}.",
        "Walk-in: {0} came to {1} without a booking to discuss rent arrears. Saw client face-to-face, completed hardship assessment. Follow-up booked {2}.",
        "Met {0} at {1}. Client has started part-time work (20 hrs) – declared earnings. Discussed Transition to Work and In-Work Support. Next check-in {2}.",
        "Tēnā koe. Reviewed staircasing plan with {0}: housing now stable, next milestone is a driver licence course. Referred to {3}. Next appointment {2}.",
        "Appointment at {1}. Client reports health condition limiting hours; discussed medical certificate and work-preparation activities. Next appointment {2}.",
    ];

    public static readonly string[] PhoneContact =
    [
        "Called {0} to confirm appointment on {2}. Client confirmed and will bring payslips.",
        "Phone call with {0}: asked about an expiring benefit; reminded to re-apply before {2}. Checked the site referral queue – nothing outstanding.",
        "Outbound call. Verified identity (full name, address, last appointment) before discussing. Client has an interview next week; booked follow-up {2}.",
        "Client phoned about a food grant. Immediate need met; booked an appointment with the case manager for {2} and emailed the case manager.",
        "Phone-based review: Kōrero Mahi – Let's talk work seminar attended. Discussed {3}. Next call booked {2}.",
        "Called {0} – discussed progress with {3}. Client engaged and positive. Next engagement {2}.",
    ];

    public static readonly string[] ContactCentre =
    [
        "Client called the contact centre. Checked special cautions, must-view notes and tags before proceeding. Need met; confirmed next appointment with case manager on {2}; emailed case manager.",
        "Caller asked about payment date. Identity verified. Explained next payment; no further action. Client reminded of appointment on {2}.",
        "Client called asking for hardship help with power bill. Case-managed client – did not override case manager's decision; booked with case manager's buddy for {2}.",
        "Agent called on the client's behalf. Agent's identity verified before the call went on. Updated contact details; next appointment {2} confirmed.",
    ];

    public static readonly string[] TextOrEmail =
    [
        "Text sent reminding {0} of appointment on {2} at {1}.",
        "E-mailed client the list of vacancies discussed and the {3} referral form.",
        "Client e-mailed a medical certificate; saved to record and forwarded for processing.",
        "Sent MyMSD message confirming the appointment on {2}.",
    ];

    public static readonly string[] System =
    [
        "Appointment letter sent for {2} at {1}.",
        "Automatic reminder text sent for appointment on {2}.",
        "Benefit expiry letter sent – re-application due by {2}.",
        "Client updated contact details through MyMSD.",
    ];

    public static readonly string[] Internal =
    [
        "Reviewed record before appointment: eligibility, partner's circumstances, referral queue, client events in progress and on hold, redirections and debt offsets. Nothing outstanding.",
        "Case handed over from previous case manager after a meeting; IEP activities reviewed and carried over.",
        "Reviewed file: client in service 12+ months. Considering referral to a better-suited service; full and correct entitlement checked.",
    ];

    public static readonly string[] Activities =
    [
        "a forklift licence course", "Mana in Mahi", "a CV workshop", "budgeting support", "a work broker", "the Virtual Talent Pool",
        "a driver licence programme", "a health and disability employment service", "Flexi-wage", "a te reo Māori course",
        "a hospitality training provider", "a Pathways to Employment plan", "Youth Service", "a housing broker",
    ];

    public static readonly string[] Corrections =
    [
        "Correction to my note of {0}: the next appointment is on {1}, not the date recorded.",
        "Correction to my note of {0}: the referral was to a different provider; details updated in the plan.",
        "Correction to my note of {0}: the note was recorded on the wrong client's file and should be disregarded; the engagement did not happen with this client.",
        "Correction to my note of {0}: client declared 15 hours a week of work, not 25.",
    ];

    // 003: voicemail wording depends on the attempt and on whether the voicemail identifies the client.
    public static string UnsuccessfulAttempt(int attempt, bool voicemailIdentifiesClient) => attempt switch
    {
        1 when voicemailIdentifiesClient => "Attempt 1 of 3: no answer. Voicemail identifies the client – left message asking them to call their case manager.",
        1 => "Attempt 1 of 3: no answer. Voicemail does not identify the client – left a general message with our number only, no details.",
        2 => "Attempt 2 of 3: no answer. Left a second voicemail as per script; will try again tomorrow.",
        _ => "Attempt 3 of 3: unable to contact. No voicemail left. Letter sent asking client to get in touch; task closed after three attempts.",
    };

    public static (SpecialCautionKind Kind, string Text)[] Cautions { get; } =
    [
        (SpecialCautionKind.ThreatOrViolence, "Client made threats towards staff during a phone call. Two staff present for any face-to-face appointment."),
        (SpecialCautionKind.ThreatOrViolence, "History of aggressive behaviour at the service centre. Interview in a room near the exit; manager to be told before the appointment."),
        (SpecialCautionKind.SafetyOfStaff, "Do not visit the client's address alone – dogs on the property and previous incident."),
        (SpecialCautionKind.SafetyOfStaff, "Client may become distressed when discussing debt; use a calm approach and offer a break."),
        (SpecialCautionKind.HealthOrWellbeing, "Client experiences severe anxiety in busy spaces; offer a quiet interview room and extra time."),
        (SpecialCautionKind.HealthOrWellbeing, "Client is hard of hearing – use NZ Relay for phone calls and face the client when speaking."),
        (SpecialCautionKind.SelfHarmRisk, "Client has disclosed thoughts of self-harm. Follow the suicide and self-harm guidance; check in at every contact."),
        (SpecialCautionKind.Other, "Protection order in place against the client's former partner. Never release any information about the client to callers."),
    ];

    public static readonly string[] MustViewNotes =
    [
        "Client's ex-partner must not be given any information about the client or the children (protection order in place).",
        "Client prefers contact by text; works night shifts – do not call before 11am.",
        "Contact the client's agent (daughter) first for anything about appointments.",
        "Client has limited literacy – read letters through with them and confirm by phone.",
        "Client is caring for a whānau member in hospital; appointments may need to move at short notice.",
        "Interpreter needed (Samoan) for appointments and outbound calls.",
        "Client is in emergency housing; the postal address is not current – use phone or e-mail.",
        "Client has asked that all contact go through their budgeting advocate.",
    ];

    public const string Trespassed = "Trespassed from all service centres. Remote Client Services only – phone, text or e-mail; no face-to-face appointments.";

    public const string StaffClient = "Restricted record: the client is also a member of staff. Access is limited to named roles; do not discuss the record with colleagues.";

    public static readonly string[] TagReasons =
    [
        "Priority cohort: aged 18–24 with full-time obligations",
        "Priority cohort: Jobseeker Work Ready on benefit under 24 months",
        "Priority cohort: Jobseeker Work Ready on benefit over 24 months",
        "Priority cohort: Jobseeker Work Ready with dependent children",
    ];

    // 002: exit reasons.
    public static readonly string[] ExitReasons =
    [
        "Length of time in service",
        "Receiving other long-term service",
        "Low motivation or contact (obligations failures and sanctions considered)",
        "Other: client started full-time work",
        "Other: client moved out of the area",
    ];

    public static readonly string[] AgentRelationships =
    [
        "Daughter", "Son", "Sister", "Brother", "Whānau member", "Budgeting advocate", "Social worker", "Enduring power of attorney",
    ];
}
