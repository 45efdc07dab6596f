using Tautoko.Core.Calendar;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;

namespace Tautoko.Core.Tests.Plans;

public sealed class IepMeasuresTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(13));

    // Assigned Monday 2 November 2026: the 10th working day after is Monday 16 November (R-005, no holiday between).
    private static readonly DateOnly AssignedOn = new(2026, 11, 2);

    [Fact]
    public void PlannedWithinTenDays_OnTheTenthWorkingDay_Met_R062()
    {
        Assert.True(IepMeasures.PlannedWithinTenDays(AssignedOn, [new DateOnly(2026, 11, 16)], null));
    }

    [Fact]
    public void PlannedWithinTenDays_OnTheEleventhWorkingDay_NotMet_R062()
    {
        Assert.False(IepMeasures.PlannedWithinTenDays(AssignedOn, [new DateOnly(2026, 11, 17)], null));
    }

    [Fact]
    public void PlannedWithinTenDays_NoPlan_NotMet_R062()
    {
        Assert.False(IepMeasures.PlannedWithinTenDays(AssignedOn, [], null));
    }

    [Fact]
    public void PlannedWithinTenDays_PlanBeforeAssignment_Met_R062()
    {
        Assert.True(IepMeasures.PlannedWithinTenDays(AssignedOn, [new DateOnly(2026, 10, 1)], null));
    }

    [Fact]
    public void PlannedWithinTenDays_AcrossChristmas_SkipsWeekendsAndHolidays_R062_R005()
    {
        // Assigned Monday 21 December 2026: 25 Dec (Fri), 28 Dec (Boxing Day observed), 1 Jan (Fri), 4 Jan (2 Jan observed)
        // are holidays, so the 10 working days are 22, 23, 24, 29, 30, 31 Dec, 5, 6, 7, 8 Jan.
        var assigned = new DateOnly(2026, 12, 21);
        Assert.True(IepMeasures.PlannedWithinTenDays(assigned, [new DateOnly(2027, 1, 8)], null));
        Assert.False(IepMeasures.PlannedWithinTenDays(assigned, [new DateOnly(2027, 1, 11)], null));
    }

    [Fact]
    public void IsQuality_NoActivities_NotQuality_R063()
    {
        var plan = new IndividualEmploymentPlan(Guid.CreateVersion7(), ClientId.New(), new DateOnly(2026, 12, 1), At, StaffId.New());

        Assert.False(IepMeasures.IsQuality(plan, new DateOnly(2026, 12, 2), null));
    }

    [Fact]
    public void IsQuality_OnlyCancelledActivities_NotQuality_R063()
    {
        var plan = new IndividualEmploymentPlan(Guid.CreateVersion7(), ClientId.New(), new DateOnly(2026, 12, 1), At, StaffId.New());
        var a = plan.AddActivity(Guid.CreateVersion7(), "Course", "Client", new DateOnly(2026, 12, 4), At);
        plan.Finish(a.Id, PlanActivityStatus.Cancelled, "Course cancelled", new DateOnly(2026, 12, 2), At);

        Assert.False(IepMeasures.IsQuality(plan, new DateOnly(2026, 12, 2), null));
    }

    [Fact]
    public void IsQuality_DueFriday_InTimeOverTheWeekend_OverdueMonday_R063_R005()
    {
        var plan = new IndividualEmploymentPlan(Guid.CreateVersion7(), ClientId.New(), new DateOnly(2026, 12, 1), At, StaffId.New());
        plan.AddActivity(Guid.CreateVersion7(), "Apply for three jobs", "Client", new DateOnly(2026, 12, 4), At);

        Assert.True(IepMeasures.IsQuality(plan, new DateOnly(2026, 12, 4), null));
        Assert.True(IepMeasures.IsQuality(plan, new DateOnly(2026, 12, 6), null));
        Assert.False(IepMeasures.IsQuality(plan, new DateOnly(2026, 12, 7), null));
    }

    [Fact]
    public void IsQuality_DueChristmasEve_InTimeOnObservedBoxingDay_OverdueTheDayAfter_R063_R005()
    {
        var plan = new IndividualEmploymentPlan(Guid.CreateVersion7(), ClientId.New(), new DateOnly(2026, 12, 1), At, StaffId.New());
        plan.AddActivity(Guid.CreateVersion7(), "Attend seminar", "Client", new DateOnly(2026, 12, 24), At);

        Assert.True(IepMeasures.IsQuality(plan, new DateOnly(2026, 12, 28), null));
        Assert.False(IepMeasures.IsQuality(plan, new DateOnly(2026, 12, 29), null));
    }

    [Fact]
    public void IsQuality_OverdueButDone_Quality_R063()
    {
        var plan = new IndividualEmploymentPlan(Guid.CreateVersion7(), ClientId.New(), new DateOnly(2026, 12, 1), At, StaffId.New());
        var a = plan.AddActivity(Guid.CreateVersion7(), "Update CV", "Client", new DateOnly(2026, 12, 2), At);
        plan.AddActivity(Guid.CreateVersion7(), "Job search", "Client", new DateOnly(2026, 12, 18), At);
        plan.Finish(a.Id, PlanActivityStatus.Done, "CV updated", new DateOnly(2026, 12, 3), At);

        Assert.True(IepMeasures.IsQuality(plan, new DateOnly(2026, 12, 10), null));
    }

    [Fact]
    public void Of_PercentAndTarget_R062()
    {
        var measure = IepMeasure.Of("R-062", "IEP within 10 days", 3, 2);

        Assert.Equal(66.7, measure.Percent);
        Assert.Equal(90, measure.TargetPercent);
        Assert.Null(IepMeasure.Of("R-063", "IEP quality", 0, 0).Percent);
    }
}
