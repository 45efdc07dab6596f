using Tautoko.Core.Access;
using Tautoko.Core.Staff;

namespace Tautoko.Web.Tests.Trust;

/// <summary>Who may use a route: a function of the account and (for per-target routes) the client aimed at.</summary>
public delegate bool Allows(SweepAccount who, SweepTarget target);

/// <summary>
/// One row of the expectation table. <see cref="Path"/> is a sample request with placeholders filled from the target
/// ({client}, {site}, {region}, {staff}, {appointment}, {task}, {queue}, {placement}, {transfer}, {call}, {flow}, {tag},
/// {message}, {proposal}); null means the route is only swept unauthenticated (<see cref="Note"/> says why).
/// </summary>
public sealed record RouteExpectation(string Key, string? Path, Allows? Allowed, bool PerTarget, bool Anonymous, Func<SweepTarget, object>? Body, string? Note)
{
    public string Method => Key[..Key.IndexOf(' ', StringComparison.Ordinal)];

    public bool IsPage => Method == "PAGE";

    public bool IsRead => Method is "GET" or "PAGE";
}

/// <summary>
/// THE expectation table of the authorization matrix (R-120, R-122, docs/adr/0002): every API route and every page of the
/// host, keyed "METHOD pattern" as the endpoint data source names it ("PAGE /clients/{id:guid}" for pages). A route of the
/// host with no row fails the sweep; so does a row for a route the host no longer has.
/// </summary>
public static class AccessExpectations
{
    private const string Today = "2026-12-07";

    public static IReadOnlyDictionary<string, RouteExpectation> Table { get; } = Build();

    // ---- The scope rules, as ADR 0002 states them (the table's own statement, not the product's code) ----

    /// <summary>Roles that see every (unrestricted) client: national office, quality, the contact centre, Remote Client Services.</summary>
    public static bool SeesEveryClient(SweepAccount a) =>
        a.Role is StaffRole.NationalOffice or StaffRole.QualityChecker or StaffRole.CustomerServiceRepresentative or StaffRole.ContactCentreOfficer or StaffRole.StudyLinkOfficer
        || (a.Role == StaffRole.CaseManager && a.Variant == CaseManagerVariant.RemoteClientServices);

    /// <summary>A Navigator sees only the clients linked to them (seed 004 §2.4.2); others their site's, or every client.</summary>
    public static bool InScope(SweepAccount a, SweepTarget t) =>
        a.Role == StaffRole.Navigator ? t.Ids["navigators"].Contains(a.StaffId.ToString(), StringComparison.Ordinal) : SeesEveryClient(a) || a.SiteId == t.HomeSiteId;

    /// <summary>R-122: restricted records open only to RCS case managers, the home site's manager and national office.</summary>
    public static bool MaySeeRestricted(SweepAccount a, SweepTarget t) =>
        a.Role == StaffRole.NationalOffice || (a.Role == StaffRole.CaseManager && a.Variant == CaseManagerVariant.RemoteClientServices)
        || (a.Role == StaffRole.ServiceCentreManager && a.SiteId == t.HomeSiteId);

    internal static bool IsContactCentre(StaffRole r) => r is StaffRole.CustomerServiceRepresentative or StaffRole.ContactCentreOfficer or StaffRole.StudyLinkOfficer;

    internal static bool SiteCaseWork(StaffRole r) => r is StaffRole.CaseManager or StaffRole.EmploymentCaseManager or StaffRole.IntensiveClientSupportManager or StaffRole.Connector or StaffRole.ServiceCentreManager;

    public static bool RoleMay(StaffRole r, ClientOperation op) => op switch
    {
        ClientOperation.Read => true,
        ClientOperation.AddNote => r != StaffRole.QualityChecker,
        ClientOperation.Edit => SiteCaseWork(r) || r == StaffRole.NationalOffice || IsContactCentre(r),
        ClientOperation.ManageTags => SiteCaseWork(r) || r == StaffRole.NationalOffice,
        ClientOperation.ViewAudit => r is StaffRole.ServiceCentreManager or StaffRole.NationalOffice,
        ClientOperation.ManageAppointments => SiteCaseWork(r) || IsContactCentre(r),
        ClientOperation.ApplyForHardship => SiteCaseWork(r) || IsContactCentre(r),
        ClientOperation.DecideHardship => r is StaffRole.CaseManager or StaffRole.EmploymentCaseManager or StaffRole.IntensiveClientSupportManager or StaffRole.ServiceCentreManager,
        // case managers manage reviews of decision; so do their managers and national office.
        ClientOperation.ManageReviews => r is StaffRole.CaseManager or StaffRole.EmploymentCaseManager or StaffRole.IntensiveClientSupportManager or StaffRole.ServiceCentreManager or StaffRole.NationalOffice,
        _ => false,
    };

    public static bool ClientMay(SweepAccount a, SweepTarget t, ClientOperation op) =>
        (!t.Restricted || MaySeeRestricted(a, t)) && RoleMay(a.Role, op) && InScope(a, t);

    internal static bool Is(SweepAccount a, params StaffRole[] roles) => roles.Contains(a.Role);

    /// <summary>A site's own staff, and national office and quality checkers (who read everything).</summary>
    internal static bool SiteStaffOrNational(SweepAccount a, SweepTarget t) => a.Role is StaffRole.NationalOffice or StaffRole.QualityChecker || a.SiteId == t.HomeSiteId;

    /// <summary>A call: the officer who took it (the sweep's calls are the CSR account's) and national office; none on a restricted record.</summary>
    internal static bool CallView(SweepAccount a, SweepTarget t) => !t.Restricted && (a.Role == StaffRole.NationalOffice || a.Slug == "csr");

    /// <summary>
    /// WorkQueuePolicy.ContactCentreServes: a contact-centre role and a service centre its contact centre serves (every region
    /// when it lists none); for a queue, only the Service Centre Referral and face-to-face queues.
    /// </summary>
    internal static bool ContactCentreServes(SweepAccount a, string siteKind, Guid region, string? queueKind) =>
        IsContactCentre(a.Role)
        && siteKind == nameof(Tautoko.Core.Sites.SiteKind.ServiceCentre)
        && (queueKind is null || queueKind is nameof(Tautoko.Core.WorkQueues.WorkQueueKind.ServiceCentreReferral) or nameof(Tautoko.Core.WorkQueues.WorkQueueKind.SiteFaceToFaceAppointments))
        && (a.ServedRegionIds.Count == 0 || a.ServedRegionIds.Contains(region));

    /// <summary>A site's queues (WorkQueuePolicy.MayView with no queue): its staff, national office, quality checkers, the contact centres that serve it.</summary>
    internal static bool SiteQueuesView(SweepAccount a, SweepTarget t) =>
        (a.Role != StaffRole.Navigator && SiteStaffOrNational(a, t)) || ContactCentreServes(a, t.Ids["sitekind"], t.RegionId, null);

    /// <summary>A queue (WorkQueuePolicy.MayView): its site's staff, national office and quality checkers, the contact centres that serve it.</summary>
    internal static bool QueueView(SweepAccount a, SweepTarget t) =>
        a.Role != StaffRole.Navigator && (a.Role is StaffRole.NationalOffice or StaffRole.QualityChecker
        || a.SiteId.ToString() == t.Ids["queuesite"]
        || ContactCentreServes(a, t.Ids["queuesitekind"], Guid.Parse(t.Ids["queueregion"]), t.Ids["queuekind"] is { Length: > 0 } k ? k : null));

    /// <summary>A work-queue task: who may see its queue (QueueView), and R-122 for its client.</summary>
    internal static bool TaskView(SweepAccount a, SweepTarget t) => QueueView(a, t) && (!t.Restricted || MaySeeRestricted(a, t));

    /// <summary>A site's caseloads: its case managers, the managers and connectors of the site or region, national office.</summary>
    internal static bool MaySeeSiteCaseloads(SweepAccount a, SweepTarget t) =>
        a.Role == StaffRole.NationalOffice
        || (a.Role is StaffRole.ServiceCentreManager or StaffRole.Connector && (a.SiteId == t.HomeSiteId || a.RegionId == t.RegionId))
        || (a.Role is StaffRole.CaseManager or StaffRole.EmploymentCaseManager or StaffRole.IntensiveClientSupportManager && a.SiteId == t.HomeSiteId);

    /// <summary>A complaint about the target's case manager ({staff}): the managers of that staff member's site and national office; never the staff member named.</summary>
    internal static bool ComplaintView(SweepAccount a, SweepTarget t) =>
        a.StaffId.ToString() != t.Ids["staff"] && (a.Role == StaffRole.NationalOffice || (a.Role == StaffRole.ServiceCentreManager && a.SiteId.ToString() == t.Ids["staffsite"]));

    // ---- Row builders ----

    private static RouteExpectation Open(string key, string path) => new(key, path, (_, _) => true, false, true, null, null);

    private static RouteExpectation Anyone(string key, string path, Func<SweepTarget, object>? body = null) => new(key, path, (_, _) => true, path.Contains('{'), false, body, null);

    private static RouteExpectation Client(string key, ClientOperation op, string path, Func<SweepTarget, object>? body = null) =>
        new(key, path, (a, t) => ClientMay(a, t, op), true, false, body, null);

    private static RouteExpectation Roles(string key, string path, params StaffRole[] roles) => new(key, path, (a, _) => roles.Contains(a.Role), path.Contains('{'), false, null, null);

    private static RouteExpectation Target(string key, string path, Allows allowed, Func<SweepTarget, object>? body = null) => new(key, path, allowed, true, false, body, null);

    /// <summary>A long job (JobsFeature.VisibleAsync): whoever started it, and national office.</summary>
    private static bool JobFollower(SweepAccount a, SweepTarget t) => a.Role == StaffRole.NationalOffice || a.StaffId.ToString() == t.Ids["jobowner"];

    private static RouteExpectation Unswept(string key, string why) => new(key, null, null, false, false, null, why);

    private static Dictionary<string, RouteExpectation> Build()
    {
        const StaffRole No = StaffRole.NationalOffice, Mgr = StaffRole.ServiceCentreManager, Con = StaffRole.Connector;
        const string StateChanging = "a write whose success changes what later cells see (or needs a prepared entity); swept unauthenticated, its rules are tested in its feature's tests";
        var rows = new List<RouteExpectation>
        {
            // Host
            Open("GET /openapi/{documentName}.json", "/openapi/v1.json"),
            Open("ANY /health/live", "/health/live"),
            Open("ANY /health/ready", "/health/ready"),
            new("POST /api/auth/login", null, null, false, true, null, "sign-in: anonymous by design, tested in Auth"),

            // Clients
            Anyone("GET /api/clients", "/api/clients?q=a"),
            Client("GET /api/clients/{id:guid}", ClientOperation.Read, "/api/clients/{client}"),
            Unswept("POST /api/clients", "creates a client (no target); tested in EditClientTests"),
            Unswept("PUT /api/clients/{id:guid}", "needs the record's version (If-Match); tested in EditClientTests"),
            Client("GET /api/clients/{id:guid}/notes", ClientOperation.Read, "/api/clients/{client}/notes"),
            Client("POST /api/clients/{id:guid}/notes", ClientOperation.AddNote, "/api/clients/{client}/notes", _ => new { text = "Authorization sweep: phoned, no answer.", channel = "phone", outcome = "unsuccessfulAttempt" }),
            Client("POST /api/clients/{id:guid}/tags", ClientOperation.ManageTags, "/api/clients/{client}/tags", _ => new { code = "LTCM", reason = "Authorization sweep: low trust case management." }),
            Unswept("POST /api/clients/{id:guid}/tags/{tagId:guid}/remove", StateChanging),
            Client("POST /api/clients/{id:guid}/cautions", ClientOperation.Edit, "/api/clients/{client}/cautions", _ => new { kind = "other", text = "Authorization sweep: a caution." }),
            Client("POST /api/clients/{id:guid}/must-view-notes", ClientOperation.Edit, "/api/clients/{client}/must-view-notes", _ => new { text = "Authorization sweep: must view." }),
            Unswept("POST /api/clients/{id:guid}/break-glass", "opens the record for 8 hours, which changes every later cell; tested in ClientAccessTests"),
            Client("GET /api/clients/{id:guid}/audit", ClientOperation.ViewAudit, "/api/clients/{client}/audit"),

            // Employment: Jobseeker Profile and CV
            Client("GET /api/clients/{id:guid}/jobseeker-profile", ClientOperation.Read, "/api/clients/{client}/jobseeker-profile"),
            Unswept("PUT /api/clients/{id:guid}/jobseeker-profile", "needs the profile's version; tested in JobseekerProfileAndCvTests"),
            Client("GET /api/clients/{id:guid}/pte-plan", ClientOperation.Read, "/api/clients/{client}/pte-plan"),
            Unswept("PUT /api/clients/{id:guid}/pte-plan", "needs the plan's version; tested in PathwaysTests and the write sweep"),
            Client("GET /api/clients/{id:guid}/virtual-talent-pool", ClientOperation.Read, "/api/clients/{client}/virtual-talent-pool"),
            Unswept("PUT /api/clients/{id:guid}/virtual-talent-pool", "needs the membership's version; tested in PathwaysTests and the write sweep"),
            Unswept("POST /api/clients/{id:guid}/cv", StateChanging),
            Client("GET /api/clients/{id:guid}/cv", ClientOperation.Read, "/api/clients/{client}/cv"),
            Unswept("GET /api/clients/{id:guid}/cv/{version:int}/file", "needs an uploaded CV (a prepared entity); access and audit tested in JobseekerProfileAndCvTests"),

            // Caseloads and assignment
            Roles("GET /api/lmi1", "/api/lmi1", No, Mgr, Con),
            Unswept("PUT /api/lmi1/threshold", "national office's setting; tested in Lmi1Tests"),
            Unswept("POST /api/lmi1/runs", "trains the model (slow); tested in Lmi1Tests"),
            Target("GET /api/jobs/{id:guid}", "/api/jobs/{job}", JobFollower),
            Target("PAGE /jobs/{id:guid}", "/jobs/{job}", JobFollower),
            Unswept("POST /api/assignment/proposals", "solves a proposal (slow); tested in ProposalTests"),
            Roles("GET /api/assignment/proposals", "/api/assignment/proposals", No, Mgr, Con),
            Roles("GET /api/assignment/proposals/{id:guid}", "/api/assignment/proposals/{proposal}", No, Mgr, Con),
            Roles("GET /api/assignment/proposals/{id:guid}/lines", "/api/assignment/proposals/{proposal}/lines", No, Mgr, Con),
            Roles("GET /api/assignment/proposals/{id:guid}/clients", "/api/assignment/proposals/{proposal}/clients", No, Mgr, Con),
            Roles("GET /api/assignment/proposals/{id:guid}/clients/{clientId:guid}", "/api/assignment/proposals/{proposal}/clients/{client}", No, Mgr, Con),
            Unswept("POST /api/assignment/proposals/{id:guid}/overrides", StateChanging),
            Unswept("POST /api/assignment/proposals/{id:guid}/apply", StateChanging),
            Unswept("POST /api/assignment/proposals/{id:guid}/reject", StateChanging),
            Roles("GET /api/assignment/proposals/compare", "/api/assignment/proposals/compare?a={proposal}&b={proposal}", No, Mgr, Con),
            Anyone("GET /api/assignment/policy", "/api/assignment/policy"),
            Unswept("PUT /api/assignment/policy", "national office's setting; tested in ProposalTests"),
            Anyone("GET /api/sending-window", "/api/sending-window"),
            Unswept("PUT /api/sending-window", "national office's setting; tested in SendingWindowTests"),
            Roles("GET /api/caseloads/mine", "/api/caseloads/mine", StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager),
            Target("GET /api/caseloads/staff/{staffId:guid}", "/api/caseloads/staff/{staff}", MaySeeSiteCaseloads),
            Target("GET /api/caseloads/sites/{siteId:guid}", "/api/caseloads/sites/{site}", MaySeeSiteCaseloads),
            Target("GET /api/caseloads/staff/{staffId:guid}/core-expectations", "/api/caseloads/staff/{staff}/core-expectations", MaySeeSiteCaseloads),
            Target("GET /api/caseloads/sites/{siteId:guid}/core-expectations", "/api/caseloads/sites/{site}/core-expectations", MaySeeSiteCaseloads),
            Target("GET /api/caseloads/regions/{regionId:guid}", "/api/caseloads/regions/{region}", (a, t) => a.Role == No || (a.RegionId == t.RegionId && Is(a, Mgr, Con))),
            Roles("GET /api/caseloads/national", "/api/caseloads/national", No),
            Anyone("GET /api/caseloads/services", "/api/caseloads/services"),
            Unswept("PUT /api/caseloads/services/{service}", "national office's setting; tested in CaseloadViewsTests"),
            Unswept("POST /api/caseloads/placements/{placementId:guid}/exit", StateChanging),
            Unswept("POST /api/caseloads/placements/{placementId:guid}/contracted-service", StateChanging),
            Anyone("GET /api/caseloads/transfer-requests", "/api/caseloads/transfer-requests"),
            Unswept("POST /api/caseloads/transfer-requests/{requestId:guid}/decision", StateChanging),
            Client("GET /api/clients/{id:guid}/caseload", ClientOperation.Read, "/api/clients/{client}/caseload"),
            Unswept("POST /api/clients/{id:guid}/placements", StateChanging),
            Unswept("POST /api/clients/{id:guid}/phone-based-entry", StateChanging),
            Unswept("POST /api/clients/{id:guid}/transfer-requests", StateChanging),

            // Sites, staff, calendar
            Anyone("GET /api/sites", "/api/sites"),
            Anyone("GET /api/sites/{id:guid}", "/api/sites/{site}"),
            Anyone("GET /api/regions", "/api/regions"),
            Anyone("GET /api/staff", "/api/staff"),
            Anyone("GET /api/staff/{id:guid}", "/api/staff/{staff}"),
            Anyone("GET /api/calendar/working-days", "/api/calendar/working-days?from=2026-01-01&to=2026-03-01"),

            // Appointments
            Anyone("GET /api/staff/{id:guid}/slots", $"/api/staff/{{staff}}/slots?from={Today}&to={Today}"),
            Anyone("GET /api/staff/{id:guid}/calendar", "/api/staff/{staff}/calendar"),
            Unswept("POST /api/staff/{id:guid}/calendar/template", StateChanging),
            Unswept("POST /api/staff/{id:guid}/calendar/blocks", StateChanging),
            Unswept("POST /api/staff/{id:guid}/calendar/blocks/{index:int}/remove", StateChanging),
            Unswept("POST /api/staff/{id:guid}/calendar/settings", StateChanging),
            Unswept("POST /api/staff/{id:guid}/calendar/review", StateChanging),
            Unswept("POST /api/staff/{id:guid}/calendar/blockouts", StateChanging),
            Unswept("POST /api/staff/{id:guid}/leave", StateChanging),
            Anyone("GET /api/sites/{id:guid}/free-slots", "/api/sites/{site}/free-slots"),
            Anyone("GET /api/sites/{id:guid}/calendars", "/api/sites/{site}/calendars"),
            Target("GET /api/sites/{id:guid}/worklist", "/api/sites/{site}/worklist", SiteStaffOrNational),
            Anyone("GET /api/appointments/my-day", "/api/appointments/my-day"),
            Unswept("POST /api/appointments", "books a slot; tested in BookingTests and DoubleBookingTests"),
            Client("GET /api/appointments/{id:guid}", ClientOperation.Read, "/api/appointments/{appointment}"),
            Unswept("POST /api/appointments/{id:guid}/cancel", StateChanging),
            Unswept("POST /api/appointments/{id:guid}/result", StateChanging),
            Client("GET /api/appointments/{id:guid}/letter.pdf", ClientOperation.Read, "/api/appointments/{appointment}/letter.pdf"),
            Client("GET /api/appointments/{id:guid}/calendar.ics", ClientOperation.Read, "/api/appointments/{appointment}/calendar.ics"),
            Unswept("POST /api/appointments/{id:guid}/letters", StateChanging),
            Client("POST /api/walk-ins", ClientOperation.ManageAppointments, "/api/walk-ins", t => new { clientId = t.ClientId, purpose = "immediateNeed", note = "Authorization sweep walk-in.", minutes = 10 }),
            Client("POST /api/appointment-requests", ClientOperation.ManageAppointments, "/api/appointment-requests", t => new { clientId = t.ClientId, reason = "Authorization sweep: wants to see someone." }),
            Client("GET /api/clients/{id:guid}/appointments", ClientOperation.Read, "/api/clients/{client}/appointments"),
            Client("GET /api/clients/{id:guid}/booking-options", ClientOperation.ManageAppointments, "/api/clients/{client}/booking-options"),
            Client("GET /api/clients/{id:guid}/first-contact", ClientOperation.Read, "/api/clients/{client}/first-contact"),
            Client("GET /api/clients/{id:guid}/work-on-hand-queue", ClientOperation.Read, "/api/clients/{client}/work-on-hand-queue"),
            Client("POST /api/clients/{id:guid}/first-contact", ClientOperation.ManageAppointments, "/api/clients/{client}/first-contact", _ => new { step = "phone", reached = false, note = "Authorization sweep." }),

            // Contact centre
            Unswept("POST /api/calls", StateChanging),
            Target("GET /api/calls/{id:guid}", "/api/calls/{call}", CallView),
            Unswept("POST /api/calls/{id:guid}/verification", StateChanging),
            Unswept("POST /api/calls/{id:guid}/end", StateChanging),
            Unswept("POST /api/calls/{id:guid}/case-managed-flow", StateChanging),
            Target("GET /api/case-managed-flows/{id:guid}", "/api/case-managed-flows/{flow}", (a, _) => a.Role == No),
            Unswept("POST /api/case-managed-flows/{id:guid}/cautions", StateChanging),
            Unswept("POST /api/case-managed-flows/{id:guid}/why-not-case-manager", StateChanging),
            Unswept("POST /api/case-managed-flows/{id:guid}/need", StateChanging),
            Unswept("POST /api/case-managed-flows/{id:guid}/appointment", StateChanging),
            Unswept("POST /api/case-managed-flows/{id:guid}/finish", StateChanging),
            Client("GET /api/clients/{clientId:guid}/hardship-requests", ClientOperation.Read, "/api/clients/{client}/hardship-requests"),
            Client("POST /api/clients/{clientId:guid}/hardship-requests", ClientOperation.AddNote, "/api/clients/{client}/hardship-requests", _ => new { need = "food", detail = "Authorization sweep: food grant.", decision = "declined" }),

            // Hardship assistance and reviews of decision
            Client("GET /api/clients/{id:guid}/hardship", ClientOperation.Read, "/api/clients/{client}/hardship"),
            Client("GET /api/clients/{id:guid}/iep", ClientOperation.Read, "/api/clients/{client}/iep"),
            Client("GET /api/clients/{id:guid}/core-expectations", ClientOperation.Read, "/api/clients/{client}/core-expectations"),
            Client("POST /api/clients/{id:guid}/iep", ClientOperation.Edit, "/api/clients/{client}/iep", _ => new { }),
            Client("POST /api/clients/{id:guid}/iep/activities", ClientOperation.Edit, "/api/clients/{client}/iep/activities", _ => new { what = "Authorization sweep: update CV.", who = "Client", dueOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30) }),
            Unswept("POST /api/clients/{id:guid}/iep/activities/{activityId:guid}/finish", StateChanging),
            // ICS assessments
            Client("GET /api/clients/{id:guid}/progress", ClientOperation.Read, "/api/clients/{client}/progress"),
            Client("POST /api/clients/{id:guid}/client-assessments", ClientOperation.Edit, "/api/clients/{client}/client-assessments", _ => new { point = "entry", completedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), narrative = "Authorization sweep: narrative." }),
            Client("POST /api/clients/{id:guid}/beut", ClientOperation.Edit, "/api/clients/{client}/beut", _ => new { point = "entry", completedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), ratings = new Dictionary<string, int> { ["literacy"] = 3 } }),
            Client("POST /api/clients/{id:guid}/session-measures", ClientOperation.Edit, "/api/clients/{client}/session-measures", t => new { appointmentId = t.Ids.GetValueOrDefault("appointment"), skipReason = "Authorization sweep: skipped." }),
            // ICS staircasing plans: the sweep's writes carry input the handler refuses after the access check (400), so no cell changes a plan
            Client("GET /api/clients/{id:guid}/staircase", ClientOperation.Read, "/api/clients/{client}/staircase"),
            Client("POST /api/clients/{id:guid}/staircase", ClientOperation.Edit, "/api/clients/{client}/staircase", _ => new { mostPressingNeed = "Authorization sweep", needDomain = "tahaTinana", goal = "retire" }),
            Client("POST /api/clients/{id:guid}/staircase/milestones", ClientOperation.Edit, "/api/clients/{client}/staircase/milestones", _ => new { domain = "nowhere", what = "Authorization sweep" }),
            Client("POST /api/clients/{id:guid}/staircase/milestones/{milestoneId:guid}/achieve", ClientOperation.Edit, "/api/clients/{client}/staircase/milestones/00000000-0000-0000-0000-000000000001/achieve", _ => new { note = "Authorization sweep: no date." }),
            Client("POST /api/clients/{id:guid}/staircase/setbacks", ClientOperation.Edit, "/api/clients/{client}/staircase/setbacks", _ => new { kind = "holiday", occurredOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), note = "Authorization sweep" }),
            Client("POST /api/clients/{id:guid}/staircase/close", ClientOperation.Edit, "/api/clients/{client}/staircase/close", _ => new { reason = " " }),
            Unswept("POST /api/assessment-reminders", "national office runs the daily assessment reminders (raises tasks); tested in AssessmentReminderTests"),
            Target("GET /api/sites/{id:guid}/assessments", "/api/sites/{site}/assessments", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            Target("GET /api/iep-measures", "/api/iep-measures?siteId={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            // Starting work
            Client("GET /api/clients/{id:guid}/starting-work", ClientOperation.Read, "/api/clients/{client}/starting-work"),
            Client("POST /api/clients/{id:guid}/work-starts", ClientOperation.Edit, "/api/clients/{client}/work-starts", _ => new { startedOn = DateOnly.FromDateTime(DateTime.UtcNow), employerName = "Authorization sweep Ltd", hoursPerWeek = 40, hours = "fullTime" }),
            Client("POST /api/clients/{id:guid}/part-time-earnings", ClientOperation.Edit, "/api/clients/{client}/part-time-earnings", _ => new { weeklyAmount = 120.50m, fromOn = DateOnly.FromDateTime(DateTime.UtcNow) }),
            Unswept("POST /api/clients/{id:guid}/work-starts/{workStartId:guid}/supports", StateChanging),
            Target("GET /api/employment-outcome-measures", "/api/employment-outcome-measures?siteId={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),

            // Vacancies: ANZSCO codes, employers, vacancies, matching (VacancyRoles: ESR, case managers, managers, national office)
            Anyone("GET /api/occupations", "/api/occupations?q=driver"),
            Unswept("POST /api/employers", StateChanging),
            Roles("GET /api/employers", "/api/employers", StaffRole.EmploymentSupportRepresentative, StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Unswept("POST /api/vacancies", StateChanging),
            Roles("GET /api/vacancies", "/api/vacancies?status=open", StaffRole.EmploymentSupportRepresentative, StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Unswept("GET /api/vacancies/{id:guid}", "needs a prepared vacancy; tested in VacancyTests"),
            Unswept("POST /api/vacancies/{id:guid}/status", StateChanging),
            Unswept("GET /api/vacancies/{id:guid}/matches", "needs a prepared vacancy; tested in VacancyTests"),
            Client("GET /api/clients/{id:guid}/vacancy-matches", ClientOperation.Read, "/api/clients/{client}/vacancy-matches"),
            Client("GET /api/clients/{id:guid}/occupation-codes", ClientOperation.Read, "/api/clients/{client}/occupation-codes"),
            Unswept("PUT /api/clients/{id:guid}/occupation-codes", StateChanging),
            // Referrals (VacancyRoles for referring and recording stages; reading a client's referrals is a client read)
            Unswept("POST /api/clients/{id:guid}/referrals", StateChanging),
            Client("GET /api/clients/{id:guid}/referrals", ClientOperation.Read, "/api/clients/{client}/referrals"),
            Unswept("POST /api/referrals/{id:guid}/stage", StateChanging),
            Roles("GET /api/referrals", "/api/referrals", StaffRole.EmploymentSupportRepresentative, StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Target("GET /api/referral-measures", "/api/referral-measures?siteId={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            // Monitors and measures (SPEC §9): national office every level, a manager their own site, anyone their own figures.
            Target("GET /api/measures", "/api/measures?level=site&id={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            Target("GET /api/measures/{measure}/clients", "/api/measures/iep-within-10-days/clients?level=site&id={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            // Fairness and decisions: as the measures, national office every level, a manager their own site.
            Target("GET /api/fairness", "/api/fairness?level=site&id={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            // Randomised trials (SPEC §10): national office defines, selects and randomises; ICS case managers and managers see their site.
            Roles("GET /api/trials", "/api/trials", No, StaffRole.IntensiveClientSupportManager, Mgr),
            Unswept("POST /api/trials", StateChanging),
            Roles("GET /api/trials/{id:guid}", "/api/trials/{trial}", No, StaffRole.IntensiveClientSupportManager, Mgr),
            Roles("GET /api/trials/{id:guid}/eligible", "/api/trials/{trial}/eligible", No),
            Roles("GET /api/trials/{id:guid}/eligibility/{clientId:guid}", "/api/trials/{trial}/eligibility/{client}", No),
            Unswept("POST /api/trials/{id:guid}/randomise", StateChanging),
            Roles("GET /api/trials/{id:guid}/assignments", "/api/trials/{trial}/assignments", No, StaffRole.IntensiveClientSupportManager, Mgr),
            Unswept("POST /api/trials/{id:guid}/offer-treatment", StateChanging),
            Roles("GET /api/trials/{id:guid}/outcomes", "/api/trials/{trial}/outcomes", No, StaffRole.IntensiveClientSupportManager, Mgr),
            // Navigators and whānau (seed 004 §2.4, R-118): contracts, the Navigator's own clients, whānau of a client, national office's setting.
            Roles("GET /api/navigators", "/api/navigators", No, Mgr, StaffRole.IntensiveClientSupportManager, StaffRole.Navigator),
            Unswept("POST /api/navigators/contracts", StateChanging),
            Roles("GET /api/navigators/{staffId:guid}/clients", "/api/navigators/{navigator}/clients", No, Mgr, StaffRole.IntensiveClientSupportManager, StaffRole.Navigator),
            Unswept("POST /api/navigators/{staffId:guid}/clients", StateChanging),
            Unswept("POST /api/navigators/{staffId:guid}/clients/{clientId:guid}/end", StateChanging),
            Target("GET /api/case-managers/{staffId:guid}/ics-caseload", "/api/case-managers/{staff}/ics-caseload", (a, t) => a.Role == No || a.StaffId.ToString() == t.Ids["staff"] || (a.Role == Mgr && a.SiteId.ToString() == t.Ids["staffsite"])),
            Client("GET /api/clients/{id:guid}/whanau", ClientOperation.Read, "/api/clients/{client}/whanau"),
            Client("POST /api/clients/{id:guid}/whanau", ClientOperation.Edit, "/api/clients/{client}/whanau", _ => new { name = "Authorization sweep", relationship = "partner" }),
            Unswept("POST /api/clients/{id:guid}/whanau/{memberId:guid}/end", StateChanging),
            Anyone("GET /api/ics-settings", "/api/ics-settings"),
            Unswept("PUT /api/ics-settings", "national office's setting; tested in NavigatorTests"),
            // Central Processing Unit (seed 004 §2.7): ICS case managers send; its turnaround for national office, managers, ICS case managers.
            Unswept("POST /api/central-processing/requests", StateChanging),
            Roles("GET /api/central-processing/turnaround", "/api/central-processing/turnaround", No, Mgr, StaffRole.IntensiveClientSupportManager),
            Client("GET /api/clients/{id:guid}/hardship/applications", ClientOperation.Read, "/api/clients/{client}/hardship/applications"),
            Client("POST /api/clients/{id:guid}/hardship/applications", ClientOperation.ApplyForHardship, "/api/clients/{client}/hardship/applications", _ => new { need = "food", amountAsked = 50.00m, detail = "Authorization sweep: food." }),
            Client("GET /api/clients/{id:guid}/hardship/applications/{applicationId:guid}", ClientOperation.Read, "/api/clients/{client}/hardship/applications/{application}"),
            Unswept("POST /api/clients/{id:guid}/hardship/applications/{applicationId:guid}/decision", StateChanging),
            Unswept("POST /api/clients/{id:guid}/hardship/applications/{applicationId:guid}/reviews", StateChanging),
            Roles("GET /api/hardship/reviews", "/api/hardship/reviews", StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Roles("GET /api/hardship/reviews/worklist", "/api/hardship/reviews/worklist", StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Client("GET /api/hardship/reviews/{reviewId:guid}", ClientOperation.Read, "/api/hardship/reviews/{review}"),
            Unswept("POST /api/hardship/reviews/{reviewId:guid}/refer", StateChanging),
            Unswept("POST /api/hardship/reviews/{reviewId:guid}/outcome", StateChanging),
            Anyone("GET /api/hardship/review-window", "/api/hardship/review-window"),
            Unswept("PUT /api/hardship/review-window", "national office's setting; tested in DecisionReviewTests"),

            // Work queues and messages
            Target("GET /api/work-queues", "/api/work-queues?siteId={site}", SiteQueuesView),
            Unswept("POST /api/work-queues", "configures a queue; tested in TaskLifecycleTests"),
            Unswept("POST /api/work-queues/standard", "national office provisions queues; tested in TaskLifecycleTests"),
            Roles("GET /api/work-queues/age-profiles", "/api/work-queues/age-profiles", Mgr, No),
            Target("GET /api/work-queues/{id:guid}", "/api/work-queues/{queue}", QueueView),
            Target("GET /api/work-queues/{id:guid}/tasks", "/api/work-queues/{queue}/tasks", QueueView),
            Unswept("POST /api/work-queues/{id:guid}/tasks", StateChanging),
            Anyone("GET /api/tasks/mine", "/api/tasks/mine"),
            Target("GET /api/tasks/{id:guid}", "/api/tasks/{task}", TaskView),
            Unswept("POST /api/tasks/{id:guid}/take", StateChanging),
            Unswept("POST /api/tasks/{id:guid}/release", StateChanging),
            Unswept("POST /api/tasks/{id:guid}/hold", StateChanging),
            Unswept("POST /api/tasks/{id:guid}/complete", StateChanging),
            Unswept("POST /api/tasks/{id:guid}/reassign", StateChanging),
            Unswept("POST /api/tasks/{id:guid}/review", StateChanging),
            Target("GET /api/tasks/{id:guid}/attempts", "/api/tasks/{task}/attempts", TaskView),
            Unswept("POST /api/tasks/{id:guid}/attempts", StateChanging),
            Unswept("POST /api/tasks/{id:guid}/assign-case-manager", StateChanging),
            Target("GET /api/tasks/{id:guid}/voicemail-scripts", "/api/tasks/{task}/voicemail-scripts", TaskView),
            Unswept("POST /api/messages", StateChanging),
            Anyone("GET /api/messages/mine", "/api/messages/mine"),
            Unswept("POST /api/messages/{id:guid}/acknowledge", StateChanging),
            Unswept("POST /api/messages/voicemail-checks", StateChanging),
            Target("GET /api/messages/measures", "/api/messages/measures?siteId={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),

            // Complaints about staff and the ICS discretionary fund
            Unswept("POST /api/complaints", StateChanging),
            Roles("GET /api/complaints", "/api/complaints", Mgr, No),
            Roles("GET /api/complaints/worklist", "/api/complaints/worklist", Mgr, No),
            Anyone("GET /api/complaints/outcomes", "/api/complaints/outcomes"),
            Target("GET /api/complaints/{id:guid}", "/api/complaints/{complaint}", ComplaintView),
            Unswept("POST /api/complaints/{id:guid}/outcome", StateChanging),
            // Quality checks: the National Quality Team and national office draw, read and record; a manager reads their site's accuracy
            Unswept("POST /api/quality-samples", StateChanging),
            Roles("GET /api/quality-samples", "/api/quality-samples", StaffRole.QualityChecker, No),
            Unswept("GET /api/quality-samples/{id:guid}", "needs a drawn sample: tested in QualityCheckTests (refusal swept in WriteExpectations)"),
            Unswept("POST /api/quality-checks/{id:guid}/result", StateChanging),
            Target("GET /api/quality-accuracy", "/api/quality-accuracy?siteId={site}", (a, t) => a.Role is StaffRole.QualityChecker or No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            // Statistical releases: anyone signed in reads published figures; the analyst (national office) builds
            Unswept("POST /api/releases", StateChanging),
            Anyone("GET /api/releases", "/api/releases"),
            Anyone("GET /api/releases/tables", "/api/releases/tables"),
            // Contact-centre figures: national office and contact-centre managers (the sweep's manager is at a service centre)
            Unswept("POST /api/calls/imports", StateChanging),
            Roles("GET /api/calls/figures", "/api/calls/figures", No),
            Unswept("GET /api/releases/{id:guid}", "needs a built release; every role reads it, only national office sees true counts: tested in ReleaseTests"),
            Client("GET /api/clients/{id:guid}/discretionary-fund", ClientOperation.Read, "/api/clients/{client}/discretionary-fund"),
            Unswept("POST /api/clients/{id:guid}/discretionary-fund/grants", StateChanging),
            Unswept("POST /api/clients/{id:guid}/discretionary-fund/grants/{grantId:guid}/decision", StateChanging),
            Anyone("GET /api/discretionary-fund/purposes", "/api/discretionary-fund/purposes"),
            Roles("GET /api/discretionary-fund/spend", "/api/discretionary-fund/spend", StaffRole.IntensiveClientSupportManager, Mgr, No),
            Anyone("GET /api/discretionary-fund/awaiting-me", "/api/discretionary-fund/awaiting-me"),

            // Pages (GET)
            Open("PAGE /signin", "/signin"),
            Open("PAGE /Error", "/Error"),
            Open("PAGE /signout", "/signout"),
            Open("PAGE /signin/agency", "/signin/agency"),
            Open("PAGE /signin/agency/continue", "/signin/agency/continue"),
            Anyone("PAGE /", "/"),
            Anyone("PAGE /clients", "/clients?q=a"),
            Anyone("PAGE /clients/new", "/clients/new"),
            Client("PAGE /clients/{id:guid}", ClientOperation.Read, "/clients/{client}"),
            Client("PAGE /clients/{id:guid}/notes", ClientOperation.Read, "/clients/{client}/notes"),
            Client("PAGE /clients/{id:guid}/edit", ClientOperation.Read, "/clients/{client}/edit"),
            Client("PAGE /clients/{id:guid}/audit", ClientOperation.ViewAudit, "/clients/{client}/audit"),
            Anyone("PAGE /clients/{id:guid}/break-glass", "/clients/{client}/break-glass"),
            Roles("PAGE /manager/break-glass", "/manager/break-glass", Mgr, No),
            Anyone("PAGE /staff", "/staff"),
            Anyone("PAGE /sites", "/sites"),
            Roles("PAGE /lmi1", "/lmi1", No, Mgr, Con),
            Roles("PAGE /trials", "/trials", No, StaffRole.IntensiveClientSupportManager, Mgr),
            Roles("PAGE /trials/{id:guid}", "/trials/{trial}", No, StaffRole.IntensiveClientSupportManager, Mgr),
            Anyone("PAGE /caseloads", "/caseloads"),
            Anyone("PAGE /caseloads/mine/{staffId:guid?}", "/caseloads/mine"),
            Anyone("PAGE /caseloads/services", "/caseloads/services"),
            Anyone("PAGE /caseloads/transfers", "/caseloads/transfers"),
            Target("PAGE /caseloads/sites/{siteId:guid}", "/caseloads/sites/{site}", MaySeeSiteCaseloads),
            Target("PAGE /caseloads/sites/{siteId:guid}/core-expectations", "/caseloads/sites/{site}/core-expectations", MaySeeSiteCaseloads),
            Target("PAGE /caseloads/staff/{staffId:guid}/core-expectations", "/caseloads/staff/{staff}/core-expectations", MaySeeSiteCaseloads),
            Target("PAGE /caseloads/{kind:regex(^(regions|national)$)}/{id:guid?}", "/caseloads/regions/{region}", (a, t) => a.Role == No || (a.RegionId == t.RegionId && Is(a, Mgr, Con))),
            Client("PAGE /clients/{id:guid}/caseload", ClientOperation.Read, "/clients/{client}/caseload"),
            Roles("PAGE /assignment", "/assignment", No, Mgr, Con),
            Roles("PAGE /assignment/compare", "/assignment/compare", No, Mgr, Con),
            Anyone("PAGE /assignment/policy", "/assignment/policy"),
            Anyone("PAGE /sending-window", "/sending-window"),
            Roles("PAGE /assignment/{id:guid}", "/assignment/{proposal}", No, Mgr, Con),
            Roles("PAGE /assignment/{id:guid}/clients", "/assignment/{proposal}/clients", No, Mgr, Con),
            Client("PAGE /clients/{id:guid}/appointments", ClientOperation.Read, "/clients/{client}/appointments"),
            Anyone("PAGE /appointments/calendar/{staffId:guid?}", "/appointments/calendar/{staff}"),
            Client("PAGE /appointments/{id:guid}", ClientOperation.Read, "/appointments/{appointment}"),
            Anyone("PAGE /clients/{id:guid}/walk-in", "/clients/{client}/walk-in"),
            Client("PAGE /clients/{id:guid}/book", ClientOperation.ManageAppointments, "/clients/{client}/book"),
            Anyone("PAGE /appointments/site/{siteId:guid?}", "/appointments/site/{site}"),
            Anyone("PAGE /appointments/my-day", "/appointments/my-day"),
            Anyone("PAGE /calls/new", "/calls/new"),
            Target("PAGE /calls/{id:guid}", "/calls/{call}", CallView),
            Target("PAGE /calls/{id:guid}/case-managed", "/calls/{call}/case-managed", CallView),
            new("PAGE /queues", "/queues", (a, _) => a.Role != StaffRole.Navigator, false, false, null, null), // a Navigator sees no site queues
            Target("PAGE /queues/{id:guid}", "/queues/{queue}", QueueView),
            Roles("PAGE /queues/age-profiles", "/queues/age-profiles", Mgr, No),
            Anyone("PAGE /tasks/mine", "/tasks/mine"),
            Target("PAGE /tasks/{id:guid}", "/tasks/{task}", TaskView),
            Roles("PAGE /complaints", "/complaints", Mgr, No),
            Roles("PAGE /complaints/open", "/complaints/open", Mgr, No),
            Anyone("PAGE /complaints/new", "/complaints/new"),
            Anyone("PAGE /releases", "/releases"),
            Roles("PAGE /calls", "/calls", No),
            Roles("PAGE /quality", "/quality", StaffRole.QualityChecker, No, Mgr),
            Unswept("PAGE /quality/{id:guid}", "needs a drawn sample: tested in QualityCheckTests (refusal swept in WriteExpectations)"),
            Unswept("PAGE /releases/{id:guid}", "needs a built release; every role reads it, only national office sees true counts: tested in ReleaseTests"),
            Target("PAGE /complaints/{id:guid}", "/complaints/{complaint}", ComplaintView),
            Client("PAGE /clients/{id:guid}/discretionary-fund", ClientOperation.Read, "/clients/{client}/discretionary-fund"),
            Roles("PAGE /discretionary-fund/spend", "/discretionary-fund/spend", StaffRole.IntensiveClientSupportManager, Mgr, No),
            Client("PAGE /clients/{id:guid}/hardship", ClientOperation.Read, "/clients/{client}/hardship"),
            Client("PAGE /clients/{id:guid}/progress", ClientOperation.Read, "/clients/{client}/progress"),
            Client("PAGE /clients/{id:guid}/staircase", ClientOperation.Read, "/clients/{client}/staircase"),
            Target("PAGE /sites/{id:guid}/assessments", "/sites/{site}/assessments", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            Client("PAGE /clients/{id:guid}/plan", ClientOperation.Read, "/clients/{client}/plan"),
            Client("PAGE /clients/{id:guid}/starting-work", ClientOperation.Read, "/clients/{client}/starting-work"),
            Client("PAGE /clients/{id:guid}/employment", ClientOperation.Read, "/clients/{client}/employment"),
            Client("PAGE /clients/{id:guid}/core-expectations", ClientOperation.Read, "/clients/{client}/core-expectations"),
            Client("PAGE /clients/{id:guid}/referrals", ClientOperation.Read, "/clients/{client}/referrals"),
            Roles("PAGE /vacancies", "/vacancies", StaffRole.EmploymentSupportRepresentative, StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Unswept("PAGE /vacancies/{id:guid}", "needs a prepared vacancy; tested in VacancyPageTests"),
            Roles("PAGE /referrals", "/referrals", StaffRole.EmploymentSupportRepresentative, StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Anyone("PAGE /clients/{id:guid}/hardship/apply", "/clients/{client}/hardship/apply"),
            Client("PAGE /clients/{id:guid}/hardship/applications/{applicationId:guid}", ClientOperation.Read, "/clients/{client}/hardship/applications/{application}"),
            Client("PAGE /hardship/reviews/{reviewId:guid}", ClientOperation.Read, "/hardship/reviews/{review}"),
            Roles("PAGE /hardship/reviews", "/hardship/reviews", StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Roles("PAGE /hardship/reviews/worklist", "/hardship/reviews/worklist", StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, Mgr, No),
            Anyone("PAGE /hardship/review-window", "/hardship/review-window"),
            Target("PAGE /measures", "/measures?level=site&id={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            Target("PAGE /measures/{measure}/clients", "/measures/iep-within-10-days/clients?level=site&id={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            Target("PAGE /fairness", "/fairness?level=site&id={site}", (a, t) => a.Role == No || (a.Role == Mgr && a.SiteId == t.HomeSiteId)),
            Roles("PAGE /navigators", "/navigators", No, Mgr, StaffRole.IntensiveClientSupportManager, StaffRole.Navigator),
            Client("PAGE /clients/{id:guid}/whanau", ClientOperation.Read, "/clients/{client}/whanau"),
            Anyone("PAGE /ics-settings", "/ics-settings"),
            Roles("PAGE /central-processing", "/central-processing", No, Mgr, StaffRole.IntensiveClientSupportManager),
        };
        return rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
    }
}
