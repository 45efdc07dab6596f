using Tautoko.Core.Clients;
using Tautoko.Core.Employment;

namespace Tautoko.Core.Tests.Employment;

/// <summary>Seed 002 "All Case Management Core Expectations", per expectation and per obligation type.</summary>
public sealed class CoreExpectationsTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static readonly CoreExpectationFacts AllMet = new(WorkObligation.FullTime, ClientFlags.None, true, Today.AddMonths(-1), 2, Today.AddDays(-3), true, Pte: PtePlanStatus.Completed, Vtp: VtpStatus.Referred);

    private static ExpectationResult? Find(CoreExpectationFacts facts, CoreExpectation which) =>
        CoreExpectations.Evaluate(facts, Today).SingleOrDefault(r => r.Expectation == which);

    [Theory]
    [InlineData(WorkObligation.FullTime)]
    [InlineData(WorkObligation.PartTime)]
    public void Evaluate_FullOrPartTime_CarriesProfileCvIepLogsBookingAndSelfService_Seed002(WorkObligation obligation)
    {
        var results = CoreExpectations.Evaluate(AllMet with { Obligation = obligation }, Today);
        Assert.Equal(
            [CoreExpectation.FutureEngagement, CoreExpectation.SelfServiceProfile, CoreExpectation.JobseekerProfile, CoreExpectation.UpToDateCv, CoreExpectation.OpenIepWithActivities, CoreExpectation.WorkEngagementLogs, CoreExpectation.PtePlan, CoreExpectation.VtpReferral],
            results.Select(r => r.Expectation));
        Assert.All(results.Where(r => r.Expectation != CoreExpectation.SelfServiceProfile), r => Assert.Equal(ExpectationStatus.Met, r.Status));
    }

    [Fact]
    public void Evaluate_WorkPreparation_CarriesIepLogsGoalsBookingButNoProfileOrCv_Seed002()
    {
        var results = CoreExpectations.Evaluate(AllMet with { Obligation = WorkObligation.WorkPreparation, ProfileComplete = false, LatestCvOn = null, HasGoals = true }, Today);
        Assert.Equal(
            [CoreExpectation.FutureEngagement, CoreExpectation.SelfServiceProfile, CoreExpectation.OpenIepWithActivities, CoreExpectation.WorkEngagementLogs, CoreExpectation.GoalsAndAspirations, CoreExpectation.ContractedServiceReferral],
            results.Select(r => r.Expectation));
        Assert.Equal((5, 5), CoreExpectations.Tally(results));
    }

    [Fact]
    public void GoalsAndAspirations_WorkPreparationWithoutGoals_Missing_FullTimeNotCarried_Seed002WorkPreparation()
    {
        var result = Find(AllMet with { Obligation = WorkObligation.WorkPreparation, HasGoals = false }, CoreExpectation.GoalsAndAspirations)!;
        Assert.Equal(ExpectationStatus.Missing, result.Status);
        Assert.Equal(ExpectationFix.EmploymentPage, result.Fix);
        Assert.Null(Find(AllMet with { HasGoals = false }, CoreExpectation.GoalsAndAspirations));
    }

    [Fact]
    public void Evaluate_NoObligation_OnlyTheEveryoneExpectations_Seed002()
    {
        var results = CoreExpectations.Evaluate(AllMet with { Obligation = WorkObligation.None, OpenIepActivities = 0 }, Today);
        Assert.Equal([CoreExpectation.FutureEngagement, CoreExpectation.SelfServiceProfile], results.Select(r => r.Expectation));
    }

    [Fact]
    public void SelfServiceProfile_IsNotAvailable_AndNeverCounted_R036()
    {
        var result = Find(AllMet, CoreExpectation.SelfServiceProfile)!;
        Assert.Equal(ExpectationStatus.NotAvailable, result.Status);
        Assert.Equal((7, 7), CoreExpectations.Tally(CoreExpectations.Evaluate(AllMet, Today)));
    }

    [Fact]
    public void FutureEngagement_NoneBooked_Missing_WithTheBookingFix_R030()
    {
        var result = Find(AllMet with { HasFutureEngagement = false }, CoreExpectation.FutureEngagement)!;
        Assert.Equal(ExpectationStatus.Missing, result.Status);
        Assert.Equal(ExpectationFix.BookingPage, result.Fix);
        Assert.Contains("R-030", result.Citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClientFlags.Suspended)]
    [InlineData(ClientFlags.ObligationsFailureOrSanction)]
    public void FutureEngagement_SuspendedOrObligationsFailure_Exempt_R030(ClientFlags flags)
    {
        Assert.Equal(ExpectationStatus.Met, Find(AllMet with { HasFutureEngagement = false, Flags = flags }, CoreExpectation.FutureEngagement)!.Status);
    }

    [Fact]
    public void JobseekerProfile_Incomplete_Missing_WithTheEmploymentFix_Seed002FullOrPartTime()
    {
        var result = Find(AllMet with { ProfileComplete = false }, CoreExpectation.JobseekerProfile)!;
        Assert.Equal(ExpectationStatus.Missing, result.Status);
        Assert.Equal(ExpectationFix.EmploymentPage, result.Fix);
    }

    [Fact]
    public void UpToDateCv_None_Missing_Seed002FullOrPartTime()
    {
        Assert.Equal(ExpectationStatus.Missing, Find(AllMet with { LatestCvOn = null }, CoreExpectation.UpToDateCv)!.Status);
    }

    [Fact]
    public void UpToDateCv_SixMonthsBoundary_ADayInsideMet_OnTheDayMissing_Seed002FullOrPartTime()
    {
        Assert.Equal(ExpectationStatus.Met, Find(AllMet with { LatestCvOn = Today.AddMonths(-6).AddDays(1) }, CoreExpectation.UpToDateCv)!.Status);
        Assert.Equal(ExpectationStatus.Missing, Find(AllMet with { LatestCvOn = Today.AddMonths(-6) }, CoreExpectation.UpToDateCv)!.Status);
    }

    [Theory]
    [InlineData(WorkObligation.FullTime)]
    [InlineData(WorkObligation.WorkPreparation)]
    public void OpenIep_NoOpenActivity_Missing_WithThePlanFix_Seed002(WorkObligation obligation)
    {
        var result = Find(AllMet with { Obligation = obligation, OpenIepActivities = 0 }, CoreExpectation.OpenIepWithActivities)!;
        Assert.Equal(ExpectationStatus.Missing, result.Status);
        Assert.Equal(ExpectationFix.PlanPage, result.Fix);
    }

    [Theory]
    [InlineData(WorkObligation.PartTime)]
    [InlineData(WorkObligation.WorkPreparation)]
    public void EngagementLogs_42DayBoundary_Seed002(WorkObligation obligation)
    {
        var facts = AllMet with { Obligation = obligation };
        Assert.Equal(ExpectationStatus.Met, Find(facts with { LastWorkEngagementOn = Today.AddDays(-41) }, CoreExpectation.WorkEngagementLogs)!.Status);
        var stale = Find(facts with { LastWorkEngagementOn = Today.AddDays(-42) }, CoreExpectation.WorkEngagementLogs)!;
        Assert.Equal(ExpectationStatus.Missing, stale.Status);
        Assert.Equal(ExpectationFix.NotesPage, stale.Fix);
        Assert.Equal(ExpectationStatus.Missing, Find(facts with { LastWorkEngagementOn = null }, CoreExpectation.WorkEngagementLogs)!.Status);
    }

    [Fact]
    public void Tally_NothingMet_ScoreZero_AllGapsCounted_Seed002()
    {
        var nothing = new CoreExpectationFacts(WorkObligation.FullTime, ClientFlags.None, false, null, 0, null, false);
        var (met, counted) = CoreExpectations.Tally(CoreExpectations.Evaluate(nothing, Today));
        Assert.Equal((0, 7), (met, counted));
        Assert.Equal(0m, CoreExpectations.Score(met, counted));
        Assert.Equal(0.6m, CoreExpectations.Score(3, 5));
        Assert.Equal(1m, CoreExpectations.Score(0, 0));
    }

    [Theory]
    [InlineData(WorkObligation.FullTime)]
    [InlineData(WorkObligation.PartTime)]
    public void PtePlan_FullOrPartTime_MetOnlyWhenCompleted_NoRecordIsAGap_Seed002(WorkObligation obligation)
    {
        var facts = AllMet with { Obligation = obligation };
        Assert.Equal(ExpectationStatus.Met, Find(facts, CoreExpectation.PtePlan)!.Status);
        Assert.Equal(ExpectationStatus.Missing, Find(facts with { Pte = PtePlanStatus.Draft }, CoreExpectation.PtePlan)!.Status);
        Assert.Equal(ExpectationStatus.Missing, Find(facts with { Pte = PtePlanStatus.Active }, CoreExpectation.PtePlan)!.Status);
        var none = Find(facts with { Pte = null }, CoreExpectation.PtePlan)!;
        Assert.Equal(ExpectationStatus.Missing, none.Status);
        Assert.Equal(ExpectationFix.PtePlanSection, none.Fix);
    }

    [Theory]
    [InlineData(WorkObligation.FullTime)]
    [InlineData(WorkObligation.PartTime)]
    public void VtpReferral_FullOrPartTime_MetByAnyReferral_NoRecordIsAGap_Seed002(WorkObligation obligation)
    {
        var facts = AllMet with { Obligation = obligation };
        Assert.Equal(ExpectationStatus.Met, Find(facts with { Vtp = VtpStatus.Referred }, CoreExpectation.VtpReferral)!.Status);
        Assert.Equal(ExpectationStatus.Met, Find(facts with { Vtp = VtpStatus.Joined }, CoreExpectation.VtpReferral)!.Status);
        Assert.Equal(ExpectationStatus.Met, Find(facts with { Vtp = VtpStatus.Left }, CoreExpectation.VtpReferral)!.Status);
        var none = Find(facts with { Vtp = null }, CoreExpectation.VtpReferral)!;
        Assert.Equal(ExpectationStatus.Missing, none.Status);
        Assert.Equal(ExpectationFix.VtpSection, none.Fix);
    }

    [Theory]
    [InlineData(WorkObligation.WorkPreparation)]
    [InlineData(WorkObligation.None)]
    public void PteAndVtp_NotCarriedWithoutFullOrPartTimeObligations_Seed002(WorkObligation obligation)
    {
        var facts = AllMet with { Obligation = obligation, Pte = null, Vtp = null };
        Assert.Null(Find(facts, CoreExpectation.PtePlan));
        Assert.Null(Find(facts, CoreExpectation.VtpReferral));
    }

    [Fact]
    public void PteAndVtp_NotAppropriate_ShownButNotCounted_Seed002WhereAppropriate()
    {
        var facts = AllMet with { Pte = PtePlanStatus.NotAppropriate, Vtp = VtpStatus.NotAppropriate };
        var results = CoreExpectations.Evaluate(facts, Today);
        Assert.Equal(ExpectationStatus.NotApplicable, results.Single(r => r.Expectation == CoreExpectation.PtePlan).Status);
        Assert.Equal(ExpectationStatus.NotApplicable, results.Single(r => r.Expectation == CoreExpectation.VtpReferral).Status);
        Assert.Equal((5, 5), CoreExpectations.Tally(results));
        Assert.Equal((5, 6), CoreExpectations.Tally(CoreExpectations.Evaluate(facts with { Pte = PtePlanStatus.Draft }, Today)));
    }

    [Fact]
    public void PtePlanDetails_Problems_NameTheField()
    {
        Assert.Contains("status", new PtePlanDetails(null, null, null, null, null).Problems(Today).Keys);
        Assert.Contains("reason", new PtePlanDetails(PtePlanStatus.NotAppropriate, null, null, null, " ").Problems(Today).Keys);
        Assert.Empty(new PtePlanDetails(PtePlanStatus.NotAppropriate, null, null, null, "Starting a job next week").Problems(Today));
        Assert.Contains("milestones", new PtePlanDetails(PtePlanStatus.Draft, null, null, null, null).Problems(Today).Keys);
        Assert.Contains("completedOn", new PtePlanDetails(PtePlanStatus.Completed, "Course", Today.AddDays(-5), Today.AddDays(-6), null).Problems(Today).Keys);
        Assert.Contains("startedOn", new PtePlanDetails(PtePlanStatus.Active, "Course", Today.AddDays(1), null, null).Problems(Today).Keys);
        Assert.Empty(new PtePlanDetails(PtePlanStatus.Completed, "Course", Today.AddDays(-5), Today, null).Problems(Today));
    }

    [Fact]
    public void VtpMembershipDetails_Problems_NameTheField()
    {
        Assert.Contains("status", new VtpMembershipDetails(null, null, null, null, null, null).Problems(Today).Keys);
        Assert.Contains("referredOn", new VtpMembershipDetails(VtpStatus.Referred, "Hospitality", null, null, null, null).Problems(Today).Keys);
        Assert.Contains("joinedOn", new VtpMembershipDetails(VtpStatus.Joined, "Hospitality", Today.AddDays(-3), Today.AddDays(-4), null, null).Problems(Today).Keys);
        Assert.Contains("leftOn", new VtpMembershipDetails(VtpStatus.Joined, "Hospitality", Today.AddDays(-3), Today, Today, null).Problems(Today).Keys);
        Assert.Empty(new VtpMembershipDetails(VtpStatus.Left, "Hospitality", Today.AddDays(-9), Today.AddDays(-8), Today, null).Problems(Today));
    }
}
