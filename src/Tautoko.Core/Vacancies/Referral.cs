using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Core.Vacancies;

public enum ReferralKind
{
    /// <summary>A client referred to an employer's vacancy by an Employment Support Representative or case manager.</summary>
    Vacancy = 0,

    /// <summary>A client referred to a contracted service or programme (002).</summary>
    Programme = 1,
}

/// <summary>The stages of seed 002's referral measures ("accepted, declined, interviewed and filled"; "accepted, declined, participated, completed and outcome").</summary>
public enum ReferralStage
{
    Referred = 0,
    Accepted = 1,
    Declined = 2,
    Interviewed = 3,
    Filled = 4,
    Participated = 5,
    Completed = 6,
}

/// <summary>What a completed programme led to (the outcome code recorded with the free-text outcome).</summary>
public enum ProgrammeOutcome
{
    EnteredEmployment = 0,
    EnteredTraining = 1,
    WorkReady = 2,
    NoChange = 3,
}

/// <summary>
/// A referral and its progress. Each stage reached keeps its date and who recorded it.
/// <para>Vacancy referrals: referred → accepted | declined; accepted → interviewed | declined; interviewed → filled | declined.</para>
/// <para>Programme referrals: referred → accepted | declined; accepted → participated | declined; participated → completed
/// (with an outcome code and text) | declined. Declined, filled and completed are final.</para>
/// "Accepted" means the employer or provider accepted the referral; "declined" that the employer, provider or client declined it.
/// </summary>
public sealed class Referral
{
    public const string StageRule = "referral-stage";
    public const int MaxProgrammeLength = 200;
    public const int MaxOutcomeLength = 1000;

    private Referral()
    {
    }

    private Referral(ClientId clientId, ReferralKind kind, SiteId siteId, StaffId by, DateOnly on, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ClientId = clientId;
        Kind = kind;
        SiteId = siteId;
        Stage = ReferralStage.Referred;
        ReferredOn = on;
        ReferredBy = by;
        ChangedAt = at;
        Version = 1;
    }

    /// <summary>Refer a client to an open vacancy (a filled or closed vacancy refuses, rule vacancy-status).</summary>
    public static Referral ToVacancy(ClientId clientId, Vacancy vacancy, SiteId siteId, StaffId by, DateOnly on, DateTimeOffset at)
    {
        if (WhyNotRefer(vacancy) is { } error)
        {
            throw new DomainException(error);
        }

        return new Referral(clientId, ReferralKind.Vacancy, siteId, by, on, at) { VacancyId = vacancy.Id };
    }

    public static Referral ToProgramme(ClientId clientId, ContractedServiceKind service, string programme, SiteId siteId, StaffId by, DateOnly on, DateTimeOffset at) =>
        new(clientId, ReferralKind.Programme, siteId, by, on, at) { Service = service, Programme = programme.Trim() };

    public static DomainError? WhyNotRefer(Vacancy vacancy) => vacancy.Status == VacancyStatus.Open
        ? null
        : new DomainError(Vacancy.StatusRule, $"The vacancy \"{vacancy.Title}\" is {vacancy.Status.ToString().ToLowerInvariant()}: clients can only be referred to an open vacancy.");

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public ReferralKind Kind { get; private set; }

    public Guid? VacancyId { get; private set; }

    public ContractedServiceKind? Service { get; private set; }

    /// <summary>The programme and provider, as named by the case manager (programme referrals).</summary>
    public string? Programme { get; private set; }

    /// <summary>The site of the staff member who referred (the measures count by it).</summary>
    public SiteId SiteId { get; private set; }

    public ReferralStage Stage { get; private set; }

    public DateOnly ReferredOn { get; private set; }

    public StaffId ReferredBy { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public StaffId? AcceptedBy { get; private set; }

    public DateOnly? DeclinedOn { get; private set; }

    public StaffId? DeclinedBy { get; private set; }

    public DateOnly? InterviewedOn { get; private set; }

    public StaffId? InterviewedBy { get; private set; }

    public DateOnly? FilledOn { get; private set; }

    public StaffId? FilledBy { get; private set; }

    public DateOnly? ParticipatedOn { get; private set; }

    public StaffId? ParticipatedBy { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public StaffId? CompletedBy { get; private set; }

    public ProgrammeOutcome? OutcomeCode { get; private set; }

    public string? Outcome { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsFinal => Stage is ReferralStage.Declined or ReferralStage.Filled or ReferralStage.Completed;

    /// <summary>The stages this referral may move to next (empty when final).</summary>
    public IReadOnlyList<ReferralStage> NextStages => Next(Kind, Stage);

    public static IReadOnlyList<ReferralStage> Next(ReferralKind kind, ReferralStage stage) => (kind, stage) switch
    {
        (_, ReferralStage.Referred) => [ReferralStage.Accepted, ReferralStage.Declined],
        (ReferralKind.Vacancy, ReferralStage.Accepted) => [ReferralStage.Interviewed, ReferralStage.Declined],
        (ReferralKind.Vacancy, ReferralStage.Interviewed) => [ReferralStage.Filled, ReferralStage.Declined],
        (ReferralKind.Programme, ReferralStage.Accepted) => [ReferralStage.Participated, ReferralStage.Declined],
        (ReferralKind.Programme, ReferralStage.Participated) => [ReferralStage.Completed, ReferralStage.Declined],
        _ => [],
    };

    /// <summary>Why the referral cannot move to <paramref name="to"/> on <paramref name="on"/> (field → problem), empty when it can.</summary>
    public Dictionary<string, string[]> WhyNotAdvance(ReferralStage to, DateOnly on, ProgrammeOutcome? outcomeCode, string? outcome)
    {
        var problems = new Dictionary<string, string[]>();
        var next = NextStages;
        if (!next.Contains(to))
        {
            problems["stage"] = [next.Count == 0
                ? $"The referral is {Name(Stage)}, which is final."
                : $"From {Name(Stage)} a {Kind.ToString().ToLowerInvariant()} referral moves to {string.Join(" or ", next.Select(Name))}, not {Name(to)}."];
        }

        if (on < LastOn)
        {
            problems["on"] = [$"Not before {LastOn:yyyy-MM-dd}, the date of the referral's last stage."];
        }

        if (to == ReferralStage.Completed)
        {
            if (outcomeCode is null) problems["outcomeCode"] = ["What the programme led to: enteredEmployment, enteredTraining, workReady or noChange."];
            if (string.IsNullOrWhiteSpace(outcome) || outcome.Trim().Length > MaxOutcomeLength) problems["outcome"] = [$"The outcome in words, 1 to {MaxOutcomeLength} characters."];
        }
        else if (outcomeCode is not null || !string.IsNullOrWhiteSpace(outcome))
        {
            problems["outcome"] = ["An outcome is recorded only when a programme referral is completed."];
        }

        return problems;
    }

    public void Advance(ReferralStage to, DateOnly on, StaffId by, ProgrammeOutcome? outcomeCode, string? outcome, DateTimeOffset at)
    {
        if (WhyNotAdvance(to, on, outcomeCode, outcome) is { Count: > 0 } problems)
        {
            throw new DomainException(new DomainError(StageRule, string.Join(" ", problems.Values.SelectMany(p => p))));
        }

        switch (to)
        {
            case ReferralStage.Accepted: (AcceptedOn, AcceptedBy) = (on, by); break;
            case ReferralStage.Declined: (DeclinedOn, DeclinedBy) = (on, by); break;
            case ReferralStage.Interviewed: (InterviewedOn, InterviewedBy) = (on, by); break;
            case ReferralStage.Filled: (FilledOn, FilledBy) = (on, by); break;
            case ReferralStage.Participated: (ParticipatedOn, ParticipatedBy) = (on, by); break;
            case ReferralStage.Completed:
                (CompletedOn, CompletedBy) = (on, by);
                OutcomeCode = outcomeCode;
                Outcome = outcome!.Trim();
                break;
        }

        Stage = to;
        ChangedAt = at;
        Version++;
    }

    /// <summary>The stages reached so far, in order, with date and who.</summary>
    public IReadOnlyList<(ReferralStage Stage, DateOnly On, StaffId By)> Steps()
    {
        var steps = new List<(ReferralStage, DateOnly, StaffId)> { (ReferralStage.Referred, ReferredOn, ReferredBy) };
        void Add(ReferralStage stage, DateOnly? on, StaffId? by)
        {
            if (on is { } d && by is { } b) steps.Add((stage, d, b));
        }

        Add(ReferralStage.Accepted, AcceptedOn, AcceptedBy);
        Add(ReferralStage.Interviewed, InterviewedOn, InterviewedBy);
        Add(ReferralStage.Participated, ParticipatedOn, ParticipatedBy);
        Add(ReferralStage.Filled, FilledOn, FilledBy);
        Add(ReferralStage.Completed, CompletedOn, CompletedBy);
        Add(ReferralStage.Declined, DeclinedOn, DeclinedBy);
        return steps;
    }

    private DateOnly LastOn => Steps().Max(s => s.On);

    public static string Name(ReferralStage stage) => stage.ToString().ToLowerInvariant();
}
