using System.Globalization;
using Tautoko.Core.Calendar;
using Tautoko.Core.Common;

namespace Tautoko.Core.StartingWork;

/// <summary>Full- or part-time work (the client's declared hours decide which they call it).</summary>
public enum WorkHoursKind
{
    FullTime = 0,
    PartTime = 1,
}

/// <summary>
/// The supports of seed 002 "Supporting sustainable employment" a case manager offers when a client starts work.
/// </summary>
public enum SustainableEmploymentSupport
{
    TransitionToWorkGrant = 0,
    RelocateForWork = 1,
    ChildcareAssistance = 2,
    InWorkSupportReferral = 3,
    DebtSuspension = 4,
    WorkingForFamiliesTransition = 5,
    WorkBonus = 6,
}

/// <summary>What became of a support: offered (not yet decided), agreed or declined by the client.</summary>
public enum SupportDecision
{
    Offered = 0,
    Agreed = 1,
    Declined = 2,
}

public static class SustainableEmploymentSupports
{
    public static string DisplayName(this SustainableEmploymentSupport support) => support switch
    {
        SustainableEmploymentSupport.TransitionToWorkGrant => "Transition to Work Grant",
        SustainableEmploymentSupport.RelocateForWork => "Relocate for Work (meets criteria, sustainable employment secured)",
        SustainableEmploymentSupport.ChildcareAssistance => "Childcare Assistance",
        SustainableEmploymentSupport.InWorkSupportReferral => "Referral to In-Work Support (stair-cased post-placement support)",
        SustainableEmploymentSupport.DebtSuspension => "Debt suspension for 3 months, and how the client will manage other repayments",
        SustainableEmploymentSupport.WorkingForFamiliesTransition => "Transition of Working for Families Tax Credits to Inland Revenue",
        SustainableEmploymentSupport.WorkBonus => "On-going supplementary assistance and payments such as the Work Bonus",
        _ => support.ToString(),
    };
}

/// <summary>The rules for starting work (002 "Supporting sustainable employment", R-065): dates, amounts, follow-ups.</summary>
public static class StartingWorkRules
{
    public const int MaxEmployerName = 200;

    public const decimal MaxHoursPerWeek = 80m;

    public const decimal MaxWeeklyAmount = 100_000m;

    /// <summary>Work starts and earnings may be recorded up to this many days ahead (a job offer accepted).</summary>
    public const int DaysAhead = 92;

    /// <summary>
    /// The seed names no follow-up timing except the 3-month debt suspension; the agreed period of continued support
    /// is reviewed by default 20 working days (about four weeks) after the decision (R-005 working days).
    /// </summary>
    public const int DefaultFollowUpWorkingDays = 20;

    /// <summary>The months of debt suspension (002: "Debt suspension for 3 months").</summary>
    public const int DebtSuspensionMonths = 3;

    /// <summary>A date a job started or earnings began: up to two years back, up to <see cref="DaysAhead"/> days ahead.</summary>
    public static string? WhyNotStartDate(DateOnly date, DateOnly today) =>
        date > today.AddDays(DaysAhead) ? string.Create(CultureInfo.InvariantCulture, $"Use a date no more than {DaysAhead} days ahead.")
        : date < today.AddYears(-PlausibleDates.HappenedYearsBack) ? $"Use a date within the last {PlausibleDates.HappenedYearsBack} years."
        : null;

    /// <summary>The follow-up due when none is given: the end of the debt suspension, otherwise 20 working days on.</summary>
    public static DateOnly DefaultFollowUp(SustainableEmploymentSupport support, DateOnly decidedOn, AnniversaryDistrict? district) =>
        support == SustainableEmploymentSupport.DebtSuspension
            ? decidedOn.AddMonths(DebtSuspensionMonths)
            : WorkingDays.Add(decidedOn, DefaultFollowUpWorkingDays, district);
}

/// <summary>
/// A client's exit into work (seed 002 measure "work exits"): when, for whom, how many hours, optionally the pay; the
/// case manager and site of the client's employment case management at the time, for the measures.
/// </summary>
public sealed class WorkStart
{
    private WorkStart()
    {
        EmployerName = string.Empty;
    }

    public WorkStart(Guid id, ClientId clientId, DateOnly startedOn, string employerName, decimal hoursPerWeek, decimal? weeklyPay, WorkHoursKind hours,
        StaffId? caseManagerId, SiteId siteId, StaffId recordedById, DateTimeOffset recordedAt)
        : this()
    {
        Id = id;
        ClientId = clientId;
        StartedOn = startedOn;
        EmployerName = employerName.Trim();
        HoursPerWeek = hoursPerWeek;
        WeeklyPay = weeklyPay;
        Hours = hours;
        CaseManagerId = caseManagerId;
        SiteId = siteId;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public string EmployerName { get; private set; }

    public decimal HoursPerWeek { get; private set; }

    /// <summary>Gross weekly pay in NZD, when the client told us.</summary>
    public decimal? WeeklyPay { get; private set; }

    public WorkHoursKind Hours { get; private set; }

    /// <summary>The case manager of the client's employment case management (null when they were not in it).</summary>
    public StaffId? CaseManagerId { get; private set; }

    public SiteId SiteId { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>Newly declared part-time earnings (seed 002 measure "part-time earnings"): NZD per week from a date.</summary>
public sealed class PartTimeEarning
{
    private PartTimeEarning()
    {
    }

    public PartTimeEarning(Guid id, ClientId clientId, decimal weeklyAmount, DateOnly fromOn, StaffId? caseManagerId, SiteId siteId, StaffId recordedById, DateTimeOffset recordedAt)
    {
        Id = id;
        ClientId = clientId;
        WeeklyAmount = weeklyAmount;
        FromOn = fromOn;
        CaseManagerId = caseManagerId;
        SiteId = siteId;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public decimal WeeklyAmount { get; private set; }

    public DateOnly FromOn { get; private set; }

    public StaffId? CaseManagerId { get; private set; }

    public SiteId SiteId { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>R-065: one support offered when a client starts work: offered, agreed or declined, on a date, with the follow-up due.</summary>
public sealed class WorkStartSupport
{
    private WorkStartSupport()
    {
    }

    public WorkStartSupport(Guid id, Guid workStartId, ClientId clientId, SustainableEmploymentSupport support, SupportDecision decision, DateOnly decidedOn, DateOnly followUpDueOn, StaffId recordedById, DateTimeOffset recordedAt)
    {
        Id = id;
        WorkStartId = workStartId;
        ClientId = clientId;
        Support = support;
        Decision = decision;
        DecidedOn = decidedOn;
        FollowUpDueOn = followUpDueOn;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid WorkStartId { get; private set; }

    public ClientId ClientId { get; private set; }

    public SustainableEmploymentSupport Support { get; private set; }

    public SupportDecision Decision { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public DateOnly FollowUpDueOn { get; private set; }

    public StaffId RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A later decision on the same support (offered, then agreed or declined) replaces the earlier one.</summary>
    public void Decide(SupportDecision decision, DateOnly decidedOn, DateOnly followUpDueOn, StaffId by, DateTimeOffset at)
    {
        Decision = decision;
        DecidedOn = decidedOn;
        FollowUpDueOn = followUpDueOn;
        RecordedById = by;
        RecordedAt = at;
    }
}
