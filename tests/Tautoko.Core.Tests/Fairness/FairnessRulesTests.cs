using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Fairness;
using Tautoko.Core.Releases;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Fairness;

/// <summary>How the fairness report places a client in each breakdown, and how it protects small cells .</summary>
public sealed class FairnessRulesTests
{
    private static readonly DateOnly End = new(2026, 3, 31);

    [Theory]
    [InlineData(17, "under18")]
    [InlineData(18, "18-24")]
    [InlineData(24, "18-24")]
    [InlineData(25, "25-29")]
    [InlineData(39, "30-39")]
    [InlineData(49, "40-49")]
    [InlineData(64, "50-64")]
    [InlineData(65, "65+")]
    public void AgeGroupOf_AgeAtPeriodEnd_FallsInItsBand(int age, string band) =>
        Assert.Equal(band, FairnessRules.AgeGroupOf(End.AddYears(-age), End));

    [Fact]
    public void AgeGroupOf_BirthdayAfterPeriodEnd_CountsTheYoungerAge() =>
        Assert.Equal("18-24", FairnessRules.AgeGroupOf(End.AddYears(-25).AddDays(1), End));

    [Fact]
    public void EthnicitiesOf_SeveralGroups_CountsInEach_NoneIsNotRecorded()
    {
        Assert.Equal(new[] { "european", "maori" }, FairnessRules.EthnicitiesOf(EthnicGroups.Maori | EthnicGroups.European));
        Assert.Equal(new[] { FairnessRules.NotRecorded }, FairnessRules.EthnicitiesOf(EthnicGroups.NotRecorded));
        Assert.Equal(FairnessRules.NotRecorded, FairnessRules.GenderOf(null));
        Assert.Equal("anotherGender", FairnessRules.GenderOf(Gender.AnotherGender));
    }

    [Fact]
    public void CohortOf_YouthWithObligations_R015_OthersNone()
    {
        var youth = new CohortFacts(End.AddYears(-20), BenefitType.JobseekerSupportWorkReady, End.AddYears(-1), WorkObligation.FullTime, false);
        var retired = new CohortFacts(End.AddYears(-70), BenefitType.NewZealandSuperannuation, End.AddYears(-5), WorkObligation.None, false);
        Assert.Equal("youth", FairnessRules.CohortOf(youth, End));
        Assert.Equal(FairnessRules.NoCohort, FairnessRules.CohortOf(retired, End));
    }

    [Fact]
    public void Protection_NonAnalyst_RoundsByCellKey_SuppressesUnderSix_R105()
    {
        var key = new HashKey(1, 2);
        var secret = new HashKey(3, 4);
        var protection = new FairnessProtection(key, unrounded: false);
        for (var n = 0; n < 40; n++)
        {
            var cell = Enumerable.Range(0, n).Aggregate(CellTally.Empty, (t, _) => t.Add(RecordKeys.Of(secret, Guid.NewGuid())));
            var shown = protection.Count(cell);
            var rounded = CellKeyRounding.Round(key, cell);
            Assert.Equal(0, rounded % 3);
            Assert.InRange(rounded - n, -2, 2);
            Assert.Equal(rounded < FairnessProtection.Threshold, shown.Suppressed);
            Assert.Equal(rounded < FairnessProtection.Threshold ? null : (int?)rounded, shown.Value);
        }

    }

    [Fact]
    public void Protection_Analyst_TrueCounts_RateOnlyWhenBothShown()
    {
        var cell = new CellTally(4, 12345);
        Assert.Equal(new ProtectedCount(4, false), new FairnessProtection(new HashKey(1, 2), unrounded: true).Count(cell));
        Assert.Equal(0.5m, FairnessProtection.Rate(new ProtectedCount(3, false), new ProtectedCount(6, false)));
        Assert.Null(FairnessProtection.Rate(new ProtectedCount(null, true), new ProtectedCount(9, false)));
        Assert.Null(FairnessProtection.Rate(new ProtectedCount(0, false), new ProtectedCount(0, false)));
    }
}
