using Tautoko.Core.Access;
using Tautoko.Core.Staff;
using static Tautoko.Web.Tests.Trust.AccessExpectations;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// A state-changing route of <see cref="AccessExpectations.Table"/> that the matrix sweeps only unauthenticated: who may
/// use it (<see cref="Allowed"/>, the scope rules of ADR 0002 and the feature's policy written out) and a well-formed
/// request aimed at the target. <see cref="WriteRefusalSweepTests"/> sends it in every cell the predicate DENIES and checks
/// the refusal; allowed cells are left to the feature's tests (an allowed write would change what later cells see).
/// </summary>
public sealed record WriteExpectation(string Key, string Path, Allows Allowed, bool PerTarget, Func<SweepTarget, object>? Body)
{
    public string Method => Key[..Key.IndexOf(' ', StringComparison.Ordinal)];
}

/// <summary>The allow predicates and requests of every state-changing row (one entry per <c>Unswept</c> row but sign-in).</summary>
public static class WriteExpectations
{
    private const StaffRole No = StaffRole.NationalOffice, Mgr = StaffRole.ServiceCentreManager, Con = StaffRole.Connector;

    public static IReadOnlyDictionary<string, WriteExpectation> Table { get; } = Build();

    private static string Id(SweepTarget t, string name) => t.Ids[name];

    private static Guid G(SweepTarget t, string name) => Guid.Parse(t.Ids[name]);

    /// <summary>R-122 for writes about the target's client: a restricted record only for those who may open it.</summary>
    private static bool Unrestricted(SweepAccount a, SweepTarget t) => !t.Restricted || MaySeeRestricted(a, t);

    /// <summary>Calendar changes (CalendarHandler.CanEdit): the case manager themself, their site's manager, national office.</summary>
    private static bool CalendarEdit(SweepAccount a, SweepTarget t) =>
        a.StaffId == G(t, "staff") || a.Role == No || (a.Role == Mgr && a.SiteId == G(t, "staffsite"));

    /// <summary>Calendar review (CalendarHandler.CanReview): the site's manager and national office.</summary>
    private static bool CalendarReview(SweepAccount a, SweepTarget t) => a.Role == No || (a.Role == Mgr && a.SiteId == G(t, "staffsite"));

    /// <summary>Task work (WorkQueuePolicy.MayWork): the roles that work queues, at the queue's site; never a restricted client
    /// for those who may not open the record .</summary>
    private static bool TaskWork(SweepAccount a, SweepTarget t) =>
        Unrestricted(a, t) && Tautoko.Core.WorkQueues.WorkQueuePolicy.WorksQueues(a.Role)
        && (a.SiteId == G(t, "queuesite") || (t.Ids["queuekind"] is { Length: > 0 } kind && ContactCentreServes(a, t.Ids["queuesitekind"], G(t, "queueregion"), kind)));

    /// <summary>Task work a manager may also do (TaskAccess.ForWorkAsync with managerMay): the site's manager and national office too.</summary>
    private static bool TaskWorkOrManage(SweepAccount a, SweepTarget t) =>
        TaskWork(a, t) || (Unrestricted(a, t) && (a.Role == No || (a.Role == Mgr && a.SiteId == G(t, "queuesite"))));

    /// <summary>Ending or changing a placement (ExitHandler): its case manager, or a connector, manager or national office with the client in scope.</summary>
    private static bool PlacementChange(SweepAccount a, SweepTarget t) =>
        Unrestricted(a, t) && (a.StaffId == G(t, "placementcm") || (a.Role is Con or Mgr or No && (a.Role == No || a.SiteId == t.HomeSiteId || InScope(a, t))));

    /// <summary>Placing a client (CaseloadScope.MayPlace): connectors, managers, national office, case managers onto their own caseload; the client in scope.</summary>
    private static bool Place(SweepAccount a, SweepTarget t) =>
        ClientMay(a, t, ClientOperation.Read) && (a.Role is Con or Mgr or No || a.Role.IsCaseManager());

    private static bool Nat(SweepAccount a, SweepTarget _) => a.Role == No;

    private static bool QualityTeam(SweepAccount a, SweepTarget _) => a.Role is No or StaffRole.QualityChecker;

    private static bool Proposals(SweepAccount a, SweepTarget _) => a.Role is No or Mgr or Con;

    /// <summary>VacancyRoles.May: Employment Support Representatives, case managers, service centre managers, national office.</summary>
    private static bool VacancyRole(SweepAccount a) =>
        a.Role is StaffRole.EmploymentSupportRepresentative or StaffRole.CaseManager or StaffRole.EmploymentCaseManager or StaffRole.IntensiveClientSupportManager or Mgr or No;

    private static WriteExpectation W(string key, string path, Allows allowed, Func<SweepTarget, object>? body = null) => new(key, path, allowed, true, body);

    private static WriteExpectation R(string key, string path, Allows allowed, Func<SweepTarget, object>? body = null) => new(key, path, allowed, false, body);

    private static Dictionary<string, WriteExpectation> Build()
    {
        var future = DateTime.UtcNow.Date.AddDays(30);
        var rows = new List<WriteExpectation>
        {
            // Clients
            // Employment: Jobseeker Profile and CV
            W("PUT /api/clients/{id:guid}/jobseeker-profile", "/api/clients/{client}/jobseeker-profile", (a, t) => ClientMay(a, t, ClientOperation.Edit),
                _ => new { skills = "Authorization sweep", version = 0 }),
            W("POST /api/clients/{id:guid}/cv", "/api/clients/{client}/cv", (a, t) => ClientMay(a, t, ClientOperation.Edit)),
            W("PUT /api/clients/{id:guid}/pte-plan", "/api/clients/{client}/pte-plan", (a, t) => ClientMay(a, t, ClientOperation.Edit),
                _ => new { status = "notAppropriate", reason = "Authorization sweep", version = 0 }),
            W("PUT /api/clients/{id:guid}/virtual-talent-pool", "/api/clients/{client}/virtual-talent-pool", (a, t) => ClientMay(a, t, ClientOperation.Edit),
                _ => new { status = "notAppropriate", reason = "Authorization sweep", version = 0 }),
            // Vacancies (VacancyRoles): the role is checked before anything else, so an unknown vacancy still answers 403 to others
            R("POST /api/employers", "/api/employers", (a, _) => VacancyRole(a), _ => new { name = "Authorization sweep Ltd" }),
            R("POST /api/vacancies", "/api/vacancies", (a, _) => VacancyRole(a), _ => new { title = "Authorization sweep" }),
            R("GET /api/vacancies/{id:guid}", "/api/vacancies/00000000-0000-0000-0000-00000000a001", (a, _) => VacancyRole(a)),
            R("POST /api/vacancies/{id:guid}/status", "/api/vacancies/00000000-0000-0000-0000-00000000a001/status", (a, _) => VacancyRole(a), _ => new { status = "closed", version = 1 }),
            R("PAGE /vacancies/{id:guid}", "/vacancies/00000000-0000-0000-0000-00000000a001", (a, _) => VacancyRole(a)),
            R("GET /api/vacancies/{id:guid}/matches", "/api/vacancies/00000000-0000-0000-0000-00000000a001/matches", (a, _) => VacancyRole(a)),
            W("POST /api/clients/{id:guid}/referrals", "/api/clients/{client}/referrals", (a, t) => VacancyRole(a) && ClientMay(a, t, ClientOperation.Read),
                _ => new { kind = "programme", service = "workReadiness", programme = "Authorization sweep" }),
            R("POST /api/referrals/{id:guid}/stage", "/api/referrals/00000000-0000-0000-0000-00000000a001/stage", (a, _) => VacancyRole(a), _ => new { stage = "accepted", version = 1 }),
            W("PUT /api/clients/{id:guid}/occupation-codes", "/api/clients/{client}/occupation-codes", (a, t) => ClientMay(a, t, ClientOperation.Edit), _ => new { codes = new[] { "741111" } }),
            W("GET /api/clients/{id:guid}/cv/{version:int}/file", "/api/clients/{client}/cv/1/file", (a, t) => ClientMay(a, t, ClientOperation.Read)),
            R("POST /api/clients", "/api/clients", (a, _) => RoleMay(a.Role, ClientOperation.Edit),
                t => new { firstName = "Sweep", lastName = "Refusal", dateOfBirth = "1990-01-01", homeSiteId = t.HomeSiteId }),
            W("PUT /api/clients/{id:guid}", "/api/clients/{client}?version={clientversion}", (a, t) => ClientMay(a, t, ClientOperation.Edit),
                t => new { firstName = Id(t, "firstname"), lastName = Id(t, "lastname"), dateOfBirth = Id(t, "dob"), homeSiteId = t.HomeSiteId, version = int.Parse(Id(t, "clientversion"), System.Globalization.CultureInfo.InvariantCulture) }),
            W("POST /api/clients/{id:guid}/work-starts/{workStartId:guid}/supports", "/api/clients/{client}/work-starts/{workstart}/supports", (a, t) => ClientMay(a, t, ClientOperation.Edit),
                _ => new { support = "TransitionToWorkGrant", decision = "offered", decidedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(12)) }),
            W("POST /api/trials", "/api/trials", Nat, _ => new { name = "Authorization sweep: refused trial.", service = "IntensiveClientSupport", selectionDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1) }),
            W("POST /api/trials/{id:guid}/randomise", "/api/trials/{trial}/randomise", Nat, _ => new { seed = 1 }),
            W("POST /api/trials/{id:guid}/offer-treatment", "/api/trials/{trial}/offer-treatment", (a, _) => a.Role is No or Mgr or StaffRole.IntensiveClientSupportManager, _ => new { }),
            W("POST /api/clients/{id:guid}/iep/activities/{activityId:guid}/finish", "/api/clients/{client}/iep/activities/{activity}/finish", (a, t) => ClientMay(a, t, ClientOperation.Edit), _ => new { status = "done", outcome = "Authorization sweep: refused finish." }),
            W("POST /api/clients/{id:guid}/tags/{tagId:guid}/remove", "/api/clients/{client}/tags/{tag}/remove", (a, t) => ClientMay(a, t, ClientOperation.ManageTags), _ => new { reason = "Authorization sweep: refused removal." }),
            // Break-glass opens an out-of-scope record for the roles ADR 0002 names; never a restricted record.
            W("POST /api/clients/{id:guid}/break-glass", "/api/clients/{client}/break-glass", (a, t) => ClientAccessPolicy.MayBreakGlass(a.Role) && Unrestricted(a, t) || ClientMay(a, t, ClientOperation.Read),
                _ => new { reason = "Authorization sweep: refused break-glass." }),

            // Caseloads and assignment
            R("PUT /api/lmi1/threshold", "/api/lmi1/threshold", Nat, _ => new { threshold = 0.5, version = 1 }),
            R("POST /api/lmi1/runs", "/api/lmi1/runs", Nat),
            // Quality checks: the National Quality Team and national office only; refused before the sample or check is looked up.
            W("POST /api/quality-samples", "/api/quality-samples", QualityTeam, t => new { siteId = t.HomeSiteId, from = "2026-01-01", to = "2026-01-31", size = 1 }),
            R("GET /api/quality-samples/{id:guid}", "/api/quality-samples/00000000-0000-0000-0000-000000000100", QualityTeam),
            R("PAGE /quality/{id:guid}", "/quality/00000000-0000-0000-0000-000000000100", QualityTeam),
            R("POST /api/quality-checks/{id:guid}/result", "/api/quality-checks/00000000-0000-0000-0000-000000000100/result", QualityTeam, _ => new { result = "correct" }),
            // Statistical releases: national office (the analyst role) builds; every signed-in role reads one (published figures only).
            R("POST /api/releases", "/api/releases", Nat, _ => new { title = "Authorization sweep", periods = new[] { new { from = "2025-01-01", to = "2025-12-31" } }, tables = new[] { new { table = "staff" } } }),
            R("GET /api/releases/{id:guid}", "/api/releases/00000000-0000-0000-0000-000000000105", (_, _) => true),
            R("PAGE /releases/{id:guid}", "/releases/00000000-0000-0000-0000-000000000105", (_, _) => true),
            // Call records: national office (and contact-centre managers, none in the sweep) import; refused before the body is read.
            R("POST /api/calls/imports", "/api/calls/imports", Nat),
            R("POST /api/assignment/proposals", "/api/assignment/proposals", (a, _) => a.Role is No or Mgr or Con, t => new { scope = "site", id = t.HomeSiteId }),
            R("POST /api/assignment/proposals/{id:guid}/overrides", "/api/assignment/proposals/{proposal}/overrides", Proposals, t => new { action = "withdraw", lineId = Guid.NewGuid(), reason = "Authorization sweep." }),
            R("POST /api/assignment/proposals/{id:guid}/apply", "/api/assignment/proposals/{proposal}/apply", Proposals),
            R("POST /api/assignment/proposals/{id:guid}/reject", "/api/assignment/proposals/{proposal}/reject", Proposals, _ => new { reason = "Authorization sweep: refused reject." }),
            R("PUT /api/assignment/policy", "/api/assignment/policy", Nat,
                _ => new { weights = new { }, mix = new { }, version = 1 }),
            R("PUT /api/sending-window", "/api/sending-window", Nat, _ => new { days = new[] { "mon" }, opens = "08:00", closes = "20:00", version = 1 }),
            R("PUT /api/caseloads/services/{service}", "/api/caseloads/services/DCM", Nat, _ => new { perCaseManager = 100, version = 1 }),
            W("POST /api/caseloads/placements/{placementId:guid}/exit", "/api/caseloads/placements/{placement}/exit", PlacementChange,
                _ => new { reason = "movedOverseas", obligationsFailuresAndSanctionsConsidered = true, handOverArranged = true, iepActivitiesClosed = true, notes = "Authorization sweep." }),
            W("POST /api/caseloads/placements/{placementId:guid}/contracted-service", "/api/caseloads/placements/{placement}/contracted-service", PlacementChange,
                _ => new { kind = "Work programme", weeks = 12, similarToCaseManagement = false, provider = "Sweep", leaveCaseload = false }),
            // the managers of the two service centres decide; the demo data holds few requests (a random id: 404).
            W("POST /api/caseloads/transfer-requests/{requestId:guid}/decision", "/api/caseloads/transfer-requests/{transfer}/decision", (a, t) => a.Role == Mgr,
                _ => new { approve = false, note = "Authorization sweep." }),
            W("POST /api/clients/{id:guid}/placements", "/api/clients/{client}/placements", Place, t => new { caseManagerId = G(t, "staff"), reason = "Authorization sweep." }),
            W("POST /api/clients/{id:guid}/phone-based-entry", "/api/clients/{client}/phone-based-entry", Place, t => new { caseManagerId = G(t, "staff"), koreroMahiAttendedOn = "2026-01-05" }),
            W("POST /api/clients/{id:guid}/transfer-requests", "/api/clients/{client}/transfer-requests", (a, t) => ClientMay(a, t, ClientOperation.AddNote),
                t => new { toSiteId = t.HomeSiteId, receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reasons = "Authorization sweep: client asked." }),

            // Complaints: anyone who may open the complainant's record records one; the outcome is for those who see it.
            W("POST /api/complaints", "/api/complaints", (a, t) => ClientMay(a, t, ClientOperation.Read),
                t => new { staffId = G(t, "staff"), clientId = t.ClientId, receivedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), channel = "phone", description = "Authorization sweep." }),
            W("POST /api/complaints/{id:guid}/outcome", "/api/complaints/{complaint}/outcome", ComplaintView, _ => new { outcome = "complaintMadeInError", note = "Sweep.", version = 0 }),
            // ICSMs use the fund for clients they may change; the named manager decides (the sweep has no request: a random id, 404).
            W("POST /api/clients/{id:guid}/discretionary-fund/grants", "/api/clients/{client}/discretionary-fund/grants",
                (a, t) => ClientMay(a, t, ClientOperation.Edit) && a.Role == StaffRole.IntensiveClientSupportManager, _ => new { amount = 20.00m, purpose = "other", detail = "Authorization sweep." }),
            W("POST /api/clients/{id:guid}/discretionary-fund/grants/{grantId:guid}/decision", $"/api/clients/{{client}}/discretionary-fund/grants/{Guid.NewGuid()}/decision",
                (a, _) => a.Role == Mgr, _ => new { approve = false, note = "Sweep.", version = 0 }),

            // Calendars of the target's case manager
            W("POST /api/staff/{id:guid}/calendar/template", "/api/staff/{staff}/calendar/template", CalendarEdit),
            W("POST /api/staff/{id:guid}/calendar/blocks", "/api/staff/{staff}/calendar/blocks", CalendarEdit, _ => new { day = "Saturday", start = "09:00", end = "10:00", kind = "admin" }),
            W("POST /api/staff/{id:guid}/calendar/blocks/{index:int}/remove", "/api/staff/{staff}/calendar/blocks/0/remove", CalendarEdit),
            W("POST /api/staff/{id:guid}/calendar/settings", "/api/staff/{staff}/calendar/settings", CalendarEdit, _ => new { bufferMinutes = 5, locked = false }),
            W("POST /api/staff/{id:guid}/calendar/review", "/api/staff/{staff}/calendar/review", CalendarReview),
            W("POST /api/staff/{id:guid}/calendar/blockouts", "/api/staff/{staff}/calendar/blockouts", CalendarEdit,
                _ => new { from = future.AddHours(22), to = future.AddHours(23), reason = "training", note = "Authorization sweep." }),
            W("POST /api/staff/{id:guid}/leave", "/api/staff/{staff}/leave", CalendarEdit,
                _ => new { from = future.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = future.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), kind = "planned", note = "Authorization sweep." }),

            // Appointments of the target's client
            W("POST /api/appointments", "/api/appointments", (a, t) => ClientMay(a, t, ClientOperation.ManageAppointments),
                t => new { clientId = t.ClientId, slotId = G(t, "slot"), purpose = "Authorization sweep." }),
            W("POST /api/appointments/{id:guid}/cancel", "/api/appointments/{appointment}/cancel", (a, t) => ClientMay(a, t, ClientOperation.ManageAppointments),
                t => new { by = "cancelledByAgency", reason = "Authorization sweep.", version = int.Parse(Id(t, "appointmentversion"), System.Globalization.CultureInfo.InvariantCulture) }),
            W("POST /api/appointments/{id:guid}/result", "/api/appointments/{appointment}/result", (a, t) => ClientMay(a, t, ClientOperation.ManageAppointments),
                t => new { outcome = "attended", note = "Authorization sweep.", version = int.Parse(Id(t, "appointmentversion"), System.Globalization.CultureInfo.InvariantCulture) }),
            W("POST /api/appointments/{id:guid}/letters", "/api/appointments/{appointment}/letters", (a, t) => ClientMay(a, t, ClientOperation.ManageAppointments), _ => new { kind = "inviteToProactiveAppointment" }),

            // Contact centre: calls are the CSR account's (CallView); flows national office and the call's officer
            W("POST /api/calls", "/api/calls", (a, t) => ClientMay(a, t, ClientOperation.AddNote), t => new { clientId = t.ClientId, direction = "inbound" }),
            W("POST /api/calls/{id:guid}/verification", "/api/calls/{call}/verification", CallView, _ => new { callerKind = "client", callerName = "Sweep" }),
            W("POST /api/calls/{id:guid}/end", "/api/calls/{call}/end", CallView),
            W("POST /api/calls/{id:guid}/case-managed-flow", "/api/calls/{call}/case-managed-flow", CallView, _ => new { reasonForCall = "Authorization sweep." }),
            W("POST /api/case-managed-flows/{id:guid}/cautions", "/api/case-managed-flows/{flow}/cautions", CallView, _ => new { needsAppointment = false, note = "Sweep." }),
            W("POST /api/case-managed-flows/{id:guid}/why-not-case-manager", "/api/case-managed-flows/{flow}/why-not-case-manager", CallView, _ => new { goodReason = true, reason = "Sweep." }),
            W("POST /api/case-managed-flows/{id:guid}/need", "/api/case-managed-flows/{flow}/need", CallView, _ => new { actions = "Sweep." }),
            W("POST /api/case-managed-flows/{id:guid}/appointment", "/api/case-managed-flows/{flow}/appointment", CallView, _ => new { book = false, summary = "Sweep." }),
            W("POST /api/case-managed-flows/{id:guid}/finish", "/api/case-managed-flows/{flow}/finish", CallView, _ => new { otherDetails = "Sweep." }),

            // Hardship decisions and reviews of decision of the target's client
            W("POST /api/clients/{id:guid}/hardship/applications/{applicationId:guid}/decision", "/api/clients/{client}/hardship/applications/{application}/decision",
                (a, t) => ClientMay(a, t, ClientOperation.DecideHardship), _ => new { decision = "grantInFull" }),
            W("POST /api/clients/{id:guid}/hardship/applications/{applicationId:guid}/reviews", "/api/clients/{client}/hardship/applications/{application}/reviews",
                (a, t) => ClientMay(a, t, ClientOperation.ApplyForHardship), _ => new { requestedBy = "client", grounds = "Authorization sweep." }),
            W("POST /api/hardship/reviews/{reviewId:guid}/refer", "/api/hardship/reviews/{review}/refer", (a, t) => ClientMay(a, t, ClientOperation.ManageReviews),
                _ => new { hearingOn = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
            W("POST /api/hardship/reviews/{reviewId:guid}/outcome", "/api/hardship/reviews/{review}/outcome", (a, t) => ClientMay(a, t, ClientOperation.ManageReviews), _ => new { outcome = "withdrawnPriorToBrc" }),
            R("PUT /api/hardship/review-window", "/api/hardship/review-window", Nat, _ => new { months = 3, internalReviewDays = 15 }),

            // Navigators and whānau (seed 004 §2.4, R-118)
            R("POST /api/navigators/contracts", "/api/navigators/contracts", Nat, t => new { navigatorId = G(t, "navigator"), provider = "Authorization sweep NGO", caseManagerId = G(t, "staff") }),
            W("POST /api/navigators/{staffId:guid}/clients", "/api/navigators/{navigator}/clients", (a, t) => a.Role == StaffRole.IntensiveClientSupportManager && ClientMay(a, t, ClientOperation.Edit), t => new { clientId = t.ClientId }),
            W("POST /api/navigators/{staffId:guid}/clients/{clientId:guid}/end", "/api/navigators/{navigator}/clients/{client}/end", (a, _) => a.Role is StaffRole.IntensiveClientSupportManager or Mgr),
            W("POST /api/clients/{id:guid}/whanau/{memberId:guid}/end", "/api/clients/{client}/whanau/00000000-0000-0000-0000-000000000001/end", (a, t) => ClientMay(a, t, ClientOperation.Edit)),
            W("POST /api/central-processing/requests", "/api/central-processing/requests", (a, t) => a.Role == StaffRole.IntensiveClientSupportManager && ClientMay(a, t, ClientOperation.Edit), t => new { clientId = t.ClientId, change = "Authorization sweep: an administrative change." }),
            R("POST /api/assessment-reminders", "/api/assessment-reminders", Nat, _ => new { }),
            R("PUT /api/ics-settings", "/api/ics-settings", Nat, _ => new { whanauCountInCaseload = false, version = 0 }),

            // Work queues, tasks and messages
            W("POST /api/work-queues", "/api/work-queues", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId), t => new { siteId = t.HomeSiteId, name = "Authorization sweep queue", targetHours = 24 }),
            R("POST /api/work-queues/standard", "/api/work-queues/standard", Nat),
            W("POST /api/work-queues/{id:guid}/tasks", "/api/work-queues/{queue}/tasks", (a, t) => ClientMay(a, t, ClientOperation.AddNote) || TaskView(a, t),
                t => new { clientId = t.ClientId, need = "Authorization sweep: call the client.", dueAt = DateTime.UtcNow.AddDays(3) }),
            W("POST /api/tasks/{id:guid}/take", "/api/tasks/{task}/take", TaskWorkOrManage),
            W("POST /api/tasks/{id:guid}/release", "/api/tasks/{task}/release", TaskWorkOrManage),
            W("POST /api/tasks/{id:guid}/hold", "/api/tasks/{task}/hold", TaskWorkOrManage, _ => new { reason = "Authorization sweep." }),
            W("POST /api/tasks/{id:guid}/complete", "/api/tasks/{task}/complete", TaskWorkOrManage, _ => new { outcome = "resolved", note = "Authorization sweep." }),
            W("POST /api/tasks/{id:guid}/reassign", "/api/tasks/{task}/reassign", TaskWorkOrManage, t => new { regionId = t.RegionId, siteId = t.HomeSiteId, reason = "Authorization sweep." }),
            W("POST /api/tasks/{id:guid}/review", "/api/tasks/{task}/review", TaskWork, _ => new { taskAndRecordReviewed = true, contactDetailsConfirmed = true, circumstancesConfirmed = true, clientEventsChecked = true, benefitExpiriesChecked = true, redirectionsAndDebtOffsetsChecked = true, findings = "Sweep." }),
            W("POST /api/tasks/{id:guid}/attempts", "/api/tasks/{task}/attempts", TaskWork, _ => new { channel = "phone", result = "noAnswer", note = "Authorization sweep." }),
            W("POST /api/tasks/{id:guid}/assign-case-manager", "/api/tasks/{task}/assign-case-manager", TaskWork, t => new { service = "generalCaseManagement", caseManagerId = G(t, "staff"), note = "Sweep." }),
            W("POST /api/messages", "/api/messages", (a, t) => ClientMay(a, t, ClientOperation.AddNote),
                t => new { caseManagerId = G(t, "staff"), clientId = t.ClientId, kind = "email", from = "Sweep", subject = "Sweep", body = "Authorization sweep.", receivedAt = DateTime.UtcNow.AddMinutes(-5) }),
            W("POST /api/messages/{id:guid}/acknowledge", "/api/messages/{message}/acknowledge", (a, t) => a.StaffId == G(t, "staff") || ClientMay(a, t, ClientOperation.AddNote), _ => new { response = "phoneContactMade", note = "Sweep." }),
            // Every member of staff records their own voicemail checks: no denied cell.
            R("POST /api/messages/voicemail-checks", "/api/messages/voicemail-checks", (_, _) => true, _ => new { messagesFound = 0 }),
        };
        return rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
    }
}
