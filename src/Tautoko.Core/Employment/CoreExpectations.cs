using Tautoko.Core.Clients;

namespace Tautoko.Core.Employment;

/// <summary>The seed's "All Case Management Core Expectations" (002) the system can check from its records.</summary>
public enum CoreExpectation
{
    JobseekerProfile = 0,
    UpToDateCv = 1,
    OpenIepWithActivities = 2,
    WorkEngagementLogs = 3,
    FutureEngagement = 4,
    SelfServiceProfile = 5,
    GoalsAndAspirations = 6,
    PtePlan = 7,
    VtpReferral = 8,
    ContractedServiceReferral = 9,
}

/// <summary>Where one client stands against one expectation.</summary>
public enum ExpectationStatus
{
    Met = 0,
    Missing = 1,

    /// <summary>The system cannot check it yet (the client portal does not exist): shown, never counted.</summary>
    NotAvailable = 2,

    /// <summary>The case manager recorded that it is not appropriate for this client ("where appropriate", seed 002): shown, never counted.</summary>
    NotApplicable = 3,
}

/// <summary>Which page fixes a gap (engagement logs are written in the client overview's engagement log).</summary>
public enum ExpectationFix
{
    EmploymentPage = 0,
    PlanPage = 1,
    BookingPage = 2,
    NotesPage = 3,
    None = 4,
    PtePlanSection = 5,
    VtpSection = 6,
    ReferralsPage = 7,
}

/// <summary>
/// Everything the check needs to know about one client, read in batches for a whole caseload. Adding an expectation
/// adds one fact here and one entry to <see cref="CoreExpectations.Catalogue"/>.
/// </summary>
/// <param name="Obligation">The client's work obligation (full-time, part-time, work preparation, none).</param>
/// <param name="Flags">Suspension and obligations failures exempt a client from R-030.</param>
/// <param name="ProfileComplete">Whether the Jobseeker Profile has every required part (false when there is none).</param>
/// <param name="LatestCvOn">The day (Auckland) the newest CV version was uploaded, if any.</param>
/// <param name="OpenIepActivities">Open activities on the client's open IEP (0 when there is no open plan).</param>
/// <param name="LastWorkEngagementOn">The day (Auckland) of the latest engagement log of a conversation with the client, if any.</param>
/// <param name="HasFutureEngagement">A booked appointment after now.</param>
/// <param name="HasGoals">Goals and aspirations are recorded (on the Jobseeker Profile).</param>
/// <param name="Pte">The status of the client's Pathways to Employment plan (null when none has been recorded).</param>
/// <param name="Vtp">The status of the client's Virtual Talent Pool membership (null when none has been recorded).</param>
/// <param name="ContractedServiceReferral">Whether a referral to a contracted service is appropriate, and whether one is on record.</param>
public sealed record CoreExpectationFacts(
    WorkObligation Obligation,
    ClientFlags Flags,
    bool ProfileComplete,
    DateOnly? LatestCvOn,
    int OpenIepActivities,
    DateOnly? LastWorkEngagementOn,
    bool HasFutureEngagement,
    bool HasGoals = false,
    PtePlanStatus? Pte = null,
    VtpStatus? Vtp = null,
    ReferralNeed ContractedServiceReferral = default);

/// <summary>
/// Seed 002's "referred to contracted services ... where appropriate": a referral is appropriate when the Jobseeker Profile
/// records barriers to work (<paramref name="BarriersRecorded"/>); it is on record when the client has a programme referral
/// that was not declined (<paramref name="Referred"/>: in progress or completed).
/// </summary>
public readonly record struct ReferralNeed(bool BarriersRecorded, bool Referred);

/// <summary>One expectation's result for one client, with what to do about it.</summary>
public sealed record ExpectationResult(CoreExpectation Expectation, string Title, ExpectationStatus Status, string Detail, ExpectationFix Fix, string Citation);

/// <summary>One expectation: which obligations it applies to, and how the facts decide it.</summary>
/// <param name="Expectation">Which one.</param>
/// <param name="Title">The seed's words, shortened.</param>
/// <param name="Citation">Where in seed 002 it comes from (and the rule id, if it has one).</param>
/// <param name="AppliesTo">The obligation types that carry it.</param>
/// <param name="Fix">The page that fixes a gap.</param>
/// <param name="Decide">Met or missing, with the sentence to show.</param>
public sealed record ExpectationRule(
    CoreExpectation Expectation,
    string Title,
    string Citation,
    IReadOnlySet<WorkObligation> AppliesTo,
    ExpectationFix Fix,
    Func<CoreExpectationFacts, DateOnly, (ExpectationStatus Status, string Detail)> Decide);

/// <summary>
/// The core-expectations check (seed 002, "All Case Management Core Expectations"), pure: for a client's obligation
/// type, which expectations apply and whether the records meet them. A caseload's score is the share of applicable,
/// checkable expectations met; "not available" ones (the self-service profile, until the client portal exists) are
/// shown but never counted.
/// </summary>
public static class CoreExpectations
{
    /// <summary>A CV is up to date when its newest version was uploaded within this many months (our choice; the seed says "up-to-date").</summary>
    public const int CvFreshMonths = 6;

    /// <summary>Engagement logs are current when the latest conversation was logged within this many days (our choice: about one 28-working-day engagement cycle, R-032).</summary>
    public const int EngagementLogDays = 42;

    private static readonly HashSet<WorkObligation> FullOrPartTime = [WorkObligation.FullTime, WorkObligation.PartTime];
    private static readonly HashSet<WorkObligation> WithPlan = [WorkObligation.FullTime, WorkObligation.PartTime, WorkObligation.WorkPreparation];
    private static readonly HashSet<WorkObligation> WorkPreparationOnly = [WorkObligation.WorkPreparation];
    private static readonly HashSet<WorkObligation> Everyone = [WorkObligation.FullTime, WorkObligation.PartTime, WorkObligation.WorkPreparation, WorkObligation.None];

    /// <summary>Every expectation the system checks, in the order the seed lists them.</summary>
    public static readonly IReadOnlyList<ExpectationRule> Catalogue =
    [
        // 002: "Every client included in case manager's caseload has a future engagement booked ... (excluding suspended
        // clients and people who have an active obligations failure)" — R-030, the same exemption as EngagementStandards.
        new(CoreExpectation.FutureEngagement, "A future engagement booked", "002 Caseloads and engagement standards; R-030", Everyone, ExpectationFix.BookingPage,
            (f, _) => f.HasFutureEngagement ? (ExpectationStatus.Met, "A future engagement is booked.")
                : IsExemptFromBooking(f.Flags) ? (ExpectationStatus.Met, "Not needed: the client is suspended or has an active obligations failure (R-030).")
                : (ExpectationStatus.Missing, "No future engagement is booked.")),

        // 002: "Clients have an active MyMSD profile" — R-036; the client portal does not exist yet.
        new(CoreExpectation.SelfServiceProfile, "An active self-service (MyMSD) profile", "002 Caseloads and engagement standards; R-036", Everyone, ExpectationFix.None,
            (_, _) => (ExpectationStatus.NotAvailable, "Not available: the client portal does not exist yet, so this is not counted.")),

        // 002, full or partial work obligations: "A completed Jobseeker Profile."
        new(CoreExpectation.JobseekerProfile, "A completed Jobseeker Profile", "002 Clients who have full or partial work obligations", FullOrPartTime, ExpectationFix.EmploymentPage,
            (f, _) => f.ProfileComplete ? (ExpectationStatus.Met, "The Jobseeker Profile is complete.") : (ExpectationStatus.Missing, "The Jobseeker Profile is missing or incomplete.")),

        // 002, full or partial work obligations: "An up-to-date CV saved in CMS".
        new(CoreExpectation.UpToDateCv, "An up-to-date CV", "002 Clients who have full or partial work obligations", FullOrPartTime, ExpectationFix.EmploymentPage,
            (f, today) => f.LatestCvOn is not { } cv ? (ExpectationStatus.Missing, "No CV has been uploaded.")
                : CvIsUpToDate(cv, today) ? (ExpectationStatus.Met, $"CV uploaded on {cv:yyyy-MM-dd}.")
                : (ExpectationStatus.Missing, $"The newest CV is from {cv:yyyy-MM-dd}, more than {CvFreshMonths} months ago.")),

        // 002, full or partial work obligations and work preparation: "An open Individual Employment Plan (IEP) with assigned relevant activities".
        new(CoreExpectation.OpenIepWithActivities, "An open IEP with relevant activities", "002 Clients who have full or partial work obligations / work preparation obligations", WithPlan, ExpectationFix.PlanPage,
            (f, _) => f.OpenIepActivities > 0 ? (ExpectationStatus.Met, $"Open IEP with {f.OpenIepActivities} open activit{(f.OpenIepActivities == 1 ? "y" : "ies")}.")
                : (ExpectationStatus.Missing, "No open Individual Employment Plan with an open activity.")),

        // 002, full or partial: "Completed work-related engagement logs outlining discussions and any referrals";
        // work preparation: "Complete engagement logs outlining plans and next steps and any supports being provided".
        new(CoreExpectation.WorkEngagementLogs, "Engagement logs of discussions and next steps", "002 Clients who have full or partial work obligations / work preparation obligations", WithPlan, ExpectationFix.NotesPage,
            (f, today) => f.LastWorkEngagementOn is { } on && EngagementLogIsRecent(on, today) ? (ExpectationStatus.Met, $"Last engagement logged on {on:yyyy-MM-dd}.")
                : (ExpectationStatus.Missing, f.LastWorkEngagementOn is { } old ? $"The last engagement log is from {old:yyyy-MM-dd}, more than {EngagementLogDays} days ago." : "No engagement with the client has been logged.")),

        // 002, full or partial work obligations: "A completed Pathways to Employment (PTE) plan, where appropriate" —
        // appropriate unless the case manager recorded that it is not (then shown, not counted); no record is a gap.
        new(CoreExpectation.PtePlan, "A completed PTE plan, where appropriate", "002 Clients who have full or partial work obligations", FullOrPartTime, ExpectationFix.PtePlanSection,
            (f, _) => f.Pte switch
            {
                PtePlanStatus.Completed => (ExpectationStatus.Met, "The Pathways to Employment plan is completed."),
                PtePlanStatus.NotAppropriate => (ExpectationStatus.NotApplicable, "Recorded as not appropriate for this client, so not counted."),
                PtePlanStatus.Draft or PtePlanStatus.Active => (ExpectationStatus.Missing, $"The Pathways to Employment plan is {f.Pte.ToString()!.ToLowerInvariant()}, not completed."),
                _ => (ExpectationStatus.Missing, "No Pathways to Employment plan, and none recorded as not appropriate."),
            }),

        // 002, full or partial work obligations: "Referrals to Virtual Talent Pools (VTP), where appropriate" — met by a
        // referral (whether the client then joined or left); not appropriate when the case manager recorded so.
        new(CoreExpectation.VtpReferral, "A Virtual Talent Pool referral, where appropriate", "002 Clients who have full or partial work obligations", FullOrPartTime, ExpectationFix.VtpSection,
            (f, _) => f.Vtp switch
            {
                VtpStatus.Referred or VtpStatus.Joined or VtpStatus.Left => (ExpectationStatus.Met, "Referred to the Virtual Talent Pool."),
                VtpStatus.NotAppropriate => (ExpectationStatus.NotApplicable, "Recorded as not appropriate for this client, so not counted."),
                _ => (ExpectationStatus.Missing, "No Virtual Talent Pool referral, and none recorded as not appropriate."),
            }),

        // 002, work preparation obligations: "Clearly identified plans relating to their goals and aspirations" —
        // recorded as the goals and aspirations part of the Jobseeker Profile.
        new(CoreExpectation.GoalsAndAspirations, "Goals and aspirations identified", "002 Clients who have work preparation obligations", WorkPreparationOnly, ExpectationFix.EmploymentPage,
            (f, _) => f.HasGoals ? (ExpectationStatus.Met, "Goals and aspirations are recorded.") : (ExpectationStatus.Missing, "No goals and aspirations are recorded.")),

        // 002, work preparation obligations: "Clients are referred to contracted services or work services teams, including
        // profiling to work brokers, where appropriate" — appropriate when the Jobseeker Profile records barriers (ReferralNeed).
        new(CoreExpectation.ContractedServiceReferral, "Referred to contracted services where appropriate", "002 Clients who have work preparation obligations", WorkPreparationOnly, ExpectationFix.ReferralsPage,
            (f, _) => !f.ContractedServiceReferral.BarriersRecorded ? (ExpectationStatus.Met, "Not needed now: the Jobseeker Profile records no barriers to work.")
                : f.ContractedServiceReferral.Referred ? (ExpectationStatus.Met, "Referred to a contracted service or programme.")
                : (ExpectationStatus.Missing, "The Jobseeker Profile records barriers to work and there is no referral to a contracted service or programme (or it was declined).")),
    ];

    public static bool IsExemptFromBooking(ClientFlags flags) => (flags & (ClientFlags.Suspended | ClientFlags.ObligationsFailureOrSanction)) != 0;

    public static bool CvIsUpToDate(DateOnly uploadedOn, DateOnly today) => uploadedOn > today.AddMonths(-CvFreshMonths);

    public static bool EngagementLogIsRecent(DateOnly loggedOn, DateOnly today) => loggedOn > today.AddDays(-EngagementLogDays);

    /// <summary>The expectations that apply to the client's obligation type, each decided on the facts.</summary>
    public static IReadOnlyList<ExpectationResult> Evaluate(CoreExpectationFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return
        [
            .. Catalogue.Where(r => r.AppliesTo.Contains(facts.Obligation)).Select(r =>
            {
                var (status, detail) = r.Decide(facts, today);
                return new ExpectationResult(r.Expectation, r.Title, status, detail, r.Fix, r.Citation);
            }),
        ];
    }

    /// <summary>Met and counted (applicable and checkable) expectations across any number of results.</summary>
    public static (int Met, int Counted) Tally(IEnumerable<ExpectationResult> results)
    {
        var met = 0;
        var counted = 0;
        foreach (var r in results)
        {
            if (r.Status is ExpectationStatus.NotAvailable or ExpectationStatus.NotApplicable)
            {
                continue;
            }

            counted++;
            if (r.Status == ExpectationStatus.Met)
            {
                met++;
            }
        }

        return (met, counted);
    }

    /// <summary>The share met, 0–1 (1 when nothing is counted: nothing is missing).</summary>
    public static decimal Score(int met, int counted) => counted == 0 ? 1m : Math.Round((decimal)met / counted, 4);
}
