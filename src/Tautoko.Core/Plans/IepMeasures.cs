using Tautoko.Core.Calendar;

namespace Tautoko.Core.Plans;

/// <summary>One measure over a set of clients or plans: how many counted, how many met it, the share, the seed's target.</summary>
public sealed record IepMeasure(string Rule, string Name, int Count, int Met, double? Percent, int TargetPercent)
{
    public static IepMeasure Of(string rule, string name, int count, int met) =>
        new(rule, name, count, met, count == 0 ? null : Math.Round(100.0 * met / count, 1), IepMeasures.TargetPercent);
}

/// <summary>
/// The two IEP measures of seed 002, counted in New Zealand working days (R-005: weekends and public holidays
/// skipped, the site's anniversary day too): R-062 "IEP within 10 days" of assignment to an employment caseload,
/// and R-063 "IEP quality": has activities and none is overdue. Both have a 90 % target.
/// </summary>
public static class IepMeasures
{
    public const int TargetPercent = 90;

    public const int WorkingDaysToPlan = 10;

    /// <summary>
    /// the client has a plan made no later than the 10th working day after the day they were assigned
    /// (a plan that already existed when they were assigned counts).
    /// </summary>
    public static bool PlannedWithinTenDays(DateOnly assignedOn, IEnumerable<DateOnly> planCreatedOn, AnniversaryDistrict? district)
    {
        ArgumentNullException.ThrowIfNull(planCreatedOn);
        var due = WorkingDays.Add(assignedOn, WorkingDaysToPlan, district);
        return planCreatedOn.Any(created => created <= due);
    }

    /// <summary>
    /// An open activity is overdue once a working day has passed since its due date: due on a Friday,
    /// it is still in time on the weekend and becomes overdue on the next working day.
    /// </summary>
    public static bool IsOverdue(PlanActivity activity, DateOnly today, AnniversaryDistrict? district)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Status == PlanActivityStatus.Open && WorkingDays.Between(activity.DueOn, today, district) > 0;
    }

    /// <summary>R-063: the plan has activities (not counting cancelled ones) and none is overdue on <paramref name="today"/>.</summary>
    public static bool IsQuality(IndividualEmploymentPlan plan, DateOnly today, AnniversaryDistrict? district)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Activities.Any(a => a.Status != PlanActivityStatus.Cancelled)
            && !plan.Activities.Any(a => IsOverdue(a, today, district));
    }
}
