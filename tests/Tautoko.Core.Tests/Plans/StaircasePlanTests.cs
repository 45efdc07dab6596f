using Tautoko.Core.Assessments;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;

namespace Tautoko.Core.Tests.Plans;

/// <summary>R-117 (seed 004 §2.4): a staircase from the most pressing need, milestones by domain, setbacks kept beside progress.</summary>
public sealed class StaircasePlanTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(13));
    private static readonly DateOnly Started = new(2026, 12, 1);
    private static readonly StaffId Icsm = new(Guid.CreateVersion7());

    private static StaircasePlan NewPlan() =>
        StaircasePlan.Start(Guid.CreateVersion7(), new ClientId(Guid.CreateVersion7()), "Stable housing", WellbeingDomain.TahaTinana, StaircaseGoal.Work, Started, At, Icsm);

    [Fact]
    public void WhyNotStart_NotInIcsOrAlreadyActive_NamesTheRule_R117()
    {
        Assert.Equal("R-117", StaircasePlan.WhyNotStart(inIcsService: false, hasActivePlan: false)?.Rule);
        Assert.Equal("R-117", StaircasePlan.WhyNotStart(inIcsService: true, hasActivePlan: true)?.Rule);
        Assert.Null(StaircasePlan.WhyNotStart(inIcsService: true, hasActivePlan: false));
    }

    [Fact]
    public void AddMilestone_StepsFollowInOrder_AcrossDomains_R117()
    {
        var plan = NewPlan();
        var first = plan.AddMilestone(Guid.CreateVersion7(), WellbeingDomain.TahaTinana, "Emergency housing application in", null, At, Icsm);
        var second = plan.AddMilestone(Guid.CreateVersion7(), WellbeingDomain.TahaHinengaro, "First session with alcohol and drug counsellor", Started.AddDays(14), At, Icsm);
        Assert.Equal(1, first.Step);
        Assert.Equal(2, second.Step);
        Assert.Equal(WellbeingDomain.TahaHinengaro, second.Domain);
        Assert.Equal(2, plan.Version);
    }

    [Fact]
    public void Achieve_Twice_SecondIsRefused_FirstDateKept_R117()
    {
        var plan = NewPlan();
        var milestone = plan.AddMilestone(Guid.CreateVersion7(), WellbeingDomain.TahaTinana, "Moved into a flat", null, At, Icsm);
        plan.Achieve(milestone.Id, Started.AddDays(3), "Keys on Friday", At, Icsm);
        var again = Assert.Throws<DomainException>(() => plan.Achieve(milestone.Id, Started.AddDays(9), null, At, Icsm));
        Assert.Equal("R-117", again.Error.Rule);
        Assert.Equal(Started.AddDays(3), milestone.AchievedOn);
        Assert.Single(plan.Achievements);
    }

    [Fact]
    public void Achieve_BeforeThePlanStarted_Refused_R117()
    {
        var plan = NewPlan();
        var milestone = plan.AddMilestone(Guid.CreateVersion7(), WellbeingDomain.TahaWairua, "Went to the marae with whānau", null, At, Icsm);
        Assert.Equal("R-117", milestone.WhyNotAchieve(Started.AddDays(-1), plan.StartedOn)?.Rule);
        Assert.Null(milestone.WhyNotAchieve(Started, plan.StartedOn));
    }

    [Fact]
    public void RecordSetback_KeepsEveryAchievement_R117()
    {
        var plan = NewPlan();
        var housed = plan.AddMilestone(Guid.CreateVersion7(), WellbeingDomain.TahaTinana, "Housed", null, At, Icsm);
        var sober = plan.AddMilestone(Guid.CreateVersion7(), WellbeingDomain.TahaHinengaro, "Four weeks without drinking", null, At, Icsm);
        plan.Achieve(housed.Id, Started.AddDays(2), null, At, Icsm);
        plan.Achieve(sober.Id, Started.AddDays(30), null, At, Icsm);

        var setback = plan.RecordSetback(Guid.CreateVersion7(), SetbackKind.Relapse, Started.AddDays(40), "Drinking again after a funeral.", At, Icsm);

        Assert.Equal(SetbackKind.Relapse, setback.Kind);
        Assert.Equal(2, plan.Achievements.Count);
        Assert.All(plan.Milestones, m => Assert.True(m.IsAchieved));
        Assert.Equal([housed.Id, sober.Id], plan.Achievements.Select(a => a.Id));
    }

    [Fact]
    public void Close_ThenChange_RefusedAndHistoryKept_R117()
    {
        var plan = NewPlan();
        var m = plan.AddMilestone(Guid.CreateVersion7(), WellbeingDomain.Other, "Enrolled in a course", null, At, Icsm);
        plan.Achieve(m.Id, Started.AddDays(60), null, At, Icsm);
        plan.Close("Started study", At, Icsm);
        Assert.False(plan.IsActive);
        Assert.Equal("R-117", plan.WhyNotChange()?.Rule);
        Assert.Throws<DomainException>(() => plan.AddMilestone(Guid.CreateVersion7(), WellbeingDomain.Other, "More", null, At, Icsm));
        Assert.Throws<DomainException>(() => plan.RecordSetback(Guid.CreateVersion7(), SetbackKind.Other, Started, "x", At, Icsm));
        Assert.Single(plan.Achievements);
    }

    [Fact]
    public void Start_WithoutNeed_Refused_R117()
    {
        var error = Assert.Throws<DomainException>(() =>
            StaircasePlan.Start(Guid.CreateVersion7(), new ClientId(Guid.CreateVersion7()), " ", WellbeingDomain.TahaTinana, StaircaseGoal.Study, Started, At, Icsm));
        Assert.Equal("R-117", error.Error.Rule);
    }

    [Theory]
    [InlineData("relapse", SetbackKind.Relapse)]
    [InlineData("returnToPrison", SetbackKind.ReturnToPrison)]
    [InlineData("healthDecline", SetbackKind.HealthDecline)]
    [InlineData("other", SetbackKind.Other)]
    public void ParseSetback_EachCode_RoundTrips(string code, SetbackKind kind)
    {
        Assert.Equal(kind, StaircaseNames.ParseSetback(code));
        Assert.Equal(code, kind.Code());
    }
}
