using Tautoko.Core.Common;
using Tautoko.Core.Plans;

namespace Tautoko.Core.Tests.Plans;

public sealed class IndividualEmploymentPlanTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(13));

    private static IndividualEmploymentPlan NewPlan() => new(Guid.CreateVersion7(), ClientId.New(), new DateOnly(2026, 12, 7), At, StaffId.New());

    [Fact]
    public void New_WithoutActivities_IsOpen()
    {
        var plan = NewPlan();

        Assert.True(plan.IsOpen);
        Assert.Empty(plan.Activities);
        Assert.Null(plan.WhyNotAddActivity());
    }

    [Fact]
    public void Finish_LastOpenActivity_ClosesThePlan()
    {
        var plan = NewPlan();
        var first = plan.AddActivity(Guid.CreateVersion7(), "Update CV", "Client", new DateOnly(2026, 12, 14), At);
        var second = plan.AddActivity(Guid.CreateVersion7(), "Forklift licence course", "Case manager to refer", new DateOnly(2026, 12, 18), At);

        plan.Finish(first.Id, PlanActivityStatus.Done, "CV uploaded", new DateOnly(2026, 12, 10), At);
        Assert.True(plan.IsOpen);

        plan.Finish(second.Id, PlanActivityStatus.Cancelled, "Course full", new DateOnly(2026, 12, 11), At.AddDays(4));
        Assert.False(plan.IsOpen);
        Assert.Equal(At.AddDays(4), plan.ClosedAt);
        Assert.Equal("Course full", second.Outcome);
        Assert.Equal(PlanActivityStatus.Cancelled, second.Status);
    }

    [Fact]
    public void AddActivity_ClosedPlan_NamesTheRule()
    {
        var plan = NewPlan();
        var only = plan.AddActivity(Guid.CreateVersion7(), "Update CV", "Client", new DateOnly(2026, 12, 14), At);
        plan.Finish(only.Id, PlanActivityStatus.Done, "Done", new DateOnly(2026, 12, 10), At);

        var error = Assert.Throws<DomainException>(() => plan.AddActivity(Guid.CreateVersion7(), "More", "Client", new DateOnly(2026, 12, 20), At));
        Assert.Equal("iep-closed", error.Error.Rule);
    }

    [Fact]
    public void Finish_Twice_NamesTheFinishedRule()
    {
        var plan = NewPlan();
        var first = plan.AddActivity(Guid.CreateVersion7(), "Update CV", "Client", new DateOnly(2026, 12, 14), At);
        plan.AddActivity(Guid.CreateVersion7(), "Job search", "Client", new DateOnly(2026, 12, 14), At);
        plan.Finish(first.Id, PlanActivityStatus.Done, "Done", new DateOnly(2026, 12, 10), At);

        var error = Assert.Throws<DomainException>(() => plan.Finish(first.Id, PlanActivityStatus.Cancelled, "Again", new DateOnly(2026, 12, 10), At));
        Assert.Equal("iep-activity-finished", error.Error.Rule);
    }

    [Fact]
    public void Finish_WithoutOutcome_NamesTheOutcomeRule()
    {
        var plan = NewPlan();
        var first = plan.AddActivity(Guid.CreateVersion7(), "Update CV", "Client", new DateOnly(2026, 12, 14), At);

        var error = Assert.Throws<DomainException>(() => plan.Finish(first.Id, PlanActivityStatus.Done, " ", new DateOnly(2026, 12, 10), At));
        Assert.Equal("iep-activity-outcome", error.Error.Rule);
        Assert.Equal(PlanActivityStatus.Open, first.Status);
    }

    [Fact]
    public void AddActivity_WithoutWhat_NamesTheRule()
    {
        var error = Assert.Throws<DomainException>(() => NewPlan().AddActivity(Guid.CreateVersion7(), "", "Client", new DateOnly(2026, 12, 14), At));
        Assert.Equal("iep-activity-what", error.Error.Rule);
    }
}
