using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;

namespace Tautoko.Core.Tests.Trials;

/// <summary>
/// The ICS-X criteria of seed 004 §3.1 ("JS-WR benefit with full-time work obligations, or JS-HCD benefit with work-prep,
/// part-time or full-time work obligations … first entered the welfare system before the age of 20 and that first benefit
/// was not the Sickness Benefit or Supported Living Payment … aged 30-39 … aged 25-29 on the selection date"), expressed as
/// data (<see cref="TrialCriteria.IcsX"/>) and checked on the boundary ages and dates.
/// </summary>
public sealed class TrialEligibilityTests
{
    private static readonly DateOnly Selection = new(2023, 3, 1);

    /// <summary>An eligible 30-year-old: JS-WR full-time, first benefit JS-WR at 18.</summary>
    private static EligibilityFacts Facts(DateOnly? born = null, BenefitType benefit = BenefitType.JobseekerSupportWorkReady,
        WorkObligation obligation = WorkObligation.FullTime, DateOnly? firstOn = null, BenefitType? first = BenefitType.JobseekerSupportWorkReady, int? firstAge = null)
    {
        var dob = born ?? new DateOnly(1993, 1, 10);
        return new EligibilityFacts(new ClientId(Guid.NewGuid()), dob, benefit, obligation, firstOn ?? (firstAge is null ? dob.AddYears(18) : null), first, firstAge);
    }

    private static EligibilityAnswer Check(EligibilityFacts facts) => TrialEligibility.Check(TrialCriteria.IcsX, Selection, facts);

    [Fact]
    public void Check_TypicalClient_EligibleInThirtyToThirtyNine()
    {
        var answer = Check(Facts());

        Assert.True(answer.Eligible);
        Assert.Equal("30–39", answer.Group!.Label);
        Assert.Empty(answer.Reasons);
    }

    [Theory] // JS-WR only with full-time obligations.
    [InlineData(WorkObligation.FullTime, true)]
    [InlineData(WorkObligation.PartTime, false)]
    [InlineData(WorkObligation.WorkPreparation, false)]
    [InlineData(WorkObligation.None, false)]
    public void Check_JobseekerWorkReady_OnlyFullTimeObligations_R110(WorkObligation obligation, bool eligible)
    {
        var answer = Check(Facts(obligation: obligation));

        Assert.Equal(eligible, answer.Eligible);
        if (!eligible)
        {
            Assert.Contains(answer.Reasons, r => r.StartsWith("R-110", StringComparison.Ordinal) && r.Contains("Work Ready", StringComparison.Ordinal));
        }
    }

    [Theory] // JS-HCD with work-preparation, part-time or full-time obligations.
    [InlineData(WorkObligation.FullTime, true)]
    [InlineData(WorkObligation.PartTime, true)]
    [InlineData(WorkObligation.WorkPreparation, true)]
    [InlineData(WorkObligation.None, false)]
    public void Check_JobseekerHealthCondition_WorkPrepPartOrFullTime_R110(WorkObligation obligation, bool eligible) =>
        Assert.Equal(eligible, Check(Facts(benefit: BenefitType.JobseekerSupportHealthConditionOrDisability, obligation: obligation)).Eligible);

    [Theory] // other main benefits are outside the trial.
    [InlineData(BenefitType.SoleParentSupport)]
    [InlineData(BenefitType.SupportedLivingPayment)]
    [InlineData(BenefitType.None)]
    public void Check_OtherBenefit_NotEligible_R110(BenefitType benefit)
    {
        var answer = Check(Facts(benefit: benefit));

        Assert.False(answer.Eligible);
        Assert.Single(answer.Reasons, r => r.StartsWith("R-110", StringComparison.Ordinal));
    }

    [Fact] // R-111 (seed 004 §3.1 "before the age of 20"): a first benefit the day before the 20th birthday counts.
    public void Check_FirstBenefitDayBeforeTwentiethBirthday_Eligible_R111()
    {
        var dob = new DateOnly(1993, 1, 10);

        Assert.True(Check(Facts(born: dob, firstOn: new DateOnly(2013, 1, 9))).Eligible);
    }

    [Fact] // a first benefit that starts on the 20th birthday is not before age 20.
    public void Check_FirstBenefitOnTwentiethBirthday_NotEligible_R111()
    {
        var dob = new DateOnly(1993, 1, 10);
        var answer = Check(Facts(born: dob, firstOn: new DateOnly(2013, 1, 10)));

        Assert.False(answer.Eligible);
        var reason = Assert.Single(answer.Reasons);
        Assert.Equal("R-111: first entered the benefit system on 10 January 2013, at age 20, not before age 20.", reason);
    }

    [Theory] // R-111 when only the age at first entry is recorded: 19 counts, 20 does not.
    [InlineData(19, true)]
    [InlineData(20, false)]
    public void Check_FirstBenefitAgeOnly_BeforeTwenty_R111(int firstAge, bool eligible) =>
        Assert.Equal(eligible, Check(Facts(firstAge: firstAge)).Eligible);

    [Theory] // R-111 (seed 004 footnote 18): a first benefit of Sickness Benefit or SLP excludes the client.
    [InlineData(BenefitType.SicknessBenefit, false)]
    [InlineData(BenefitType.SupportedLivingPayment, false)]
    [InlineData(BenefitType.YouthPayment, true)]
    [InlineData(BenefitType.JobseekerSupportHealthConditionOrDisability, true)]
    public void Check_FirstBenefitType_R111(BenefitType first, bool eligible)
    {
        var answer = Check(Facts(first: first));

        Assert.Equal(eligible, answer.Eligible);
        if (!eligible)
        {
            Assert.Contains(answer.Reasons, r => r.StartsWith("R-111", StringComparison.Ordinal) && r.Contains(first.DisplayName(), StringComparison.Ordinal));
        }
    }

    [Fact] // turning 25 on the selection date puts the client in 25–29.
    public void Check_Turning25OnSelectionDate_EligibleIn25To29_R112()
    {
        var answer = Check(Facts(born: new DateOnly(1998, 3, 1), firstOn: new DateOnly(2016, 3, 1)));

        Assert.True(answer.Eligible);
        Assert.Equal(25, answer.AgeOnSelection);
        Assert.Equal("25–29", answer.Group!.Label);
    }

    [Fact] // the day before turning 25 the client is 24, no longer selected (seed 004: 18–24 no longer eligible).
    public void Check_Turning25DayAfterSelection_NotEligible_R112()
    {
        var answer = Check(Facts(born: new DateOnly(1998, 3, 2), firstOn: new DateOnly(2016, 3, 2)));

        Assert.False(answer.Eligible);
        Assert.Equal(24, answer.AgeOnSelection);
        Assert.Equal("R-112: aged 24 on the selection date, outside the age groups 25–29 and 30–39.", Assert.Single(answer.Reasons));
    }

    [Fact] // 30th birthday on the selection date moves the client from 25–29 to 30–39.
    public void Check_Turning30OnSelectionDate_In30To39_R112() =>
        Assert.Equal("30–39", Check(Facts(born: new DateOnly(1993, 3, 1), firstOn: new DateOnly(2011, 3, 1))).Group!.Label);

    [Fact] // the day before the 40th birthday is still 39.
    public void Check_DayBefore40thBirthday_Eligible_R112() =>
        Assert.True(Check(Facts(born: new DateOnly(1983, 3, 2), firstOn: new DateOnly(2001, 3, 2))).Eligible);

    [Fact] // on the 40th birthday the client is outside 30–39.
    public void Check_40thBirthdayOnSelectionDate_NotEligible_R112()
    {
        var answer = Check(Facts(born: new DateOnly(1983, 3, 1), firstOn: new DateOnly(2001, 3, 1)));

        Assert.False(answer.Eligible);
        Assert.Equal(40, answer.AgeOnSelection);
    }

    [Fact] // Born on 29 February: the birthday in a common year falls on 28 February (as Client.AgeOn).
    public void AgeOn_LeapDayBirthday_BirthdayOn28February() =>
        Assert.Equal(25, TrialEligibility.AgeOn(new DateOnly(1996, 2, 29), new DateOnly(2021, 2, 28)));

    [Fact] // Every failed criterion is given, each in words with its rule id.
    public void Check_SeveralFailures_EachReasonListed()
    {
        var answer = Check(Facts(born: new DateOnly(1960, 5, 5), benefit: BenefitType.SoleParentSupport, first: BenefitType.SicknessBenefit, firstOn: new DateOnly(1990, 1, 1)));

        Assert.Equal(["R-110", "R-111", "R-111", "R-112"], answer.Reasons.Select(r => r[..5]));
    }

    [Fact]
    public void Criteria_RoundTripThroughJson_SameRules()
    {
        var back = TrialCriteria.FromJson(TrialCriteria.IcsX.ToJson());

        Assert.Equal(20, back.FirstEnteredBeforeAge);
        Assert.Equal(TrialCriteria.IcsX.AgeGroups, back.AgeGroups);
        Assert.Equal(TrialCriteria.IcsX.FirstBenefitNotIn, back.FirstBenefitNotIn);
        Assert.Equal(3, back.Benefits[1].Obligations.Count);
        Assert.Empty(back.Problems());
    }

    [Fact]
    public void Problems_OverlappingAgeGroups_NamesTheField()
    {
        var bad = TrialCriteria.IcsX with { AgeGroups = [new AgeGroup(25, 30), new AgeGroup(30, 39)] };

        Assert.Contains("criteria.ageGroups", bad.Problems().Keys);
    }
}
