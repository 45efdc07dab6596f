using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;

namespace Tautoko.Core.Tests.Assignment;

/// <summary>
/// The thresholds the database sorts clients by are the rules' own date arithmetic, on every day of four years
/// (leap days included): aged 18–24, under 24 months on benefit, counted weeks of waiting.
/// </summary>
public sealed class AssignmentBandsTests
{
    [Fact]
    public void Bands_AgreeWithTheRulesDateArithmetic_OnEveryDayOfFourYears_R015_R016()
    {
        var weights = AssignmentWeights.Default;
        for (var today = new DateOnly(2026, 1, 1); today < new DateOnly(2030, 1, 1); today = today.AddDays(1))
        {
            var bands = AssignmentBands.For(today, weights);
            foreach (var years in new[] { 18, 25 })
            {
                for (var d = today.AddYears(-years).AddDays(-4); d <= today.AddYears(-years).AddDays(4); d = d.AddDays(1))
                {
                    Assert.Equal(PriorityCohorts.AgeOn(d, today) is >= 18 and <= 24, bands.IsYouthAge(d));
                }
            }

            for (var s = today.AddMonths(-24).AddDays(-4); s <= today.AddMonths(-24).AddDays(4); s = s.AddDays(1))
            {
                Assert.Equal(PriorityCohorts.MonthsOnBenefit(s, today) < 24, bands.IsUnderTwoYears(s));
            }

            Assert.True(bands.IsUnderTwoYears(null));
            foreach (var days in new[] { -3, 0, 1, 6, 7, 13, 14, 363, 364, 365, 370, 2000 })
            {
                Assert.Equal(weights.CountedWeeks(Math.Max(0, days)), bands.CountedWeeks(today.AddDays(-days)));
            }

            Assert.Equal(0, bands.CountedWeeks(null));
        }
    }

    [Fact]
    public void StandIn_IsJudgedAsTheClientsOfItsBands()
    {
        var today = new DateOnly(2026, 12, 7);
        var bands = AssignmentBands.For(today, AssignmentWeights.Default);
        var youth = ClientBandFlags.Possible | ClientBandFlags.YouthAge | ClientBandFlags.PartOrFullTimeObligations;
        var jswr = ClientBandFlags.Possible | ClientBandFlags.JobseekerWorkReady;

        Assert.Equal(PriorityCohort.Youth, Cohort(youth));
        Assert.Equal(PriorityCohort.WithChildren, Cohort(jswr | ClientBandFlags.DependentChildren));
        Assert.Equal(PriorityCohort.UnderTwoYears, Cohort(jswr | ClientBandFlags.UnderTwoYears));
        Assert.Equal(PriorityCohort.OverTwoYears, Cohort(jswr));
        Assert.False(Assess(jswr | ClientBandFlags.PhoneException).Candidate!.PhoneEligible);
        Assert.True(Assess(jswr).Candidate!.PhoneEligible);
        Assert.Equal("R-020", Assess(jswr | ClientBandFlags.Lmi1).Rule);
        Assert.Equal("R-027", Assess(jswr | ClientBandFlags.LeftForContractedService).Rule);
        Assert.Equal(EmploymentEligibility.ContinuityRule, Assess(jswr | ClientBandFlags.OnCaseload).Rule);

        PriorityCohort? Cohort(ClientBandFlags flags) => Assess(flags).Candidate?.Cohort;
        EligibilityDecision Assess(ClientBandFlags flags) => EmploymentEligibility.Assess(bands.StandIn(default, default, flags), today, regionHasPhoneService: true, explain: false);
    }
}
