using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;

namespace Tautoko.Core.Tests.Trials;

/// <summary>
/// The outcome statistics checked against a worked example computed independently, in Python (math.erfc for the normal
/// distribution; mpmath 1.3.0 betainc and findroot for Student's t), not with MathNet:
/// <code>
/// two proportions 45/120 vs 30/118: p1 = 0.375, p2 = 0.2542372881, diff = 0.1207627119,
///   pooled z = 2.0050653335, p = 0.0449560629, Wald 95 % CI 0.0038214890 to 0.2377039347
/// Welch, treatment [310,280,365,120,0,200,365,90,250,330] vs control [365,365,300,365,210,365,340,280,365,365,150,365]:
///   means 231.0 and 319.5833333, diff −88.5833333, df = 13.8241825094, t = −1.9780696246, p = 0.0682051071,
///   t(0.975, df) = 2.1473486024, 95 % CI −184.7474393175 to 7.5807726508
/// </code>
/// </summary>
public sealed class TrialStatisticsTests
{
    [Fact]
    public void TwoProportions_WorkedExample_MatchesIndependentComputation()
    {
        var c = TrialStatistics.TwoProportions(45, 120, 30, 118)!;

        Assert.Equal(0.375, c.Treatment, 10);
        Assert.Equal(0.2542372881, c.Control, 9);
        Assert.Equal(0.1207627119, c.Difference, 9);
        Assert.Equal(2.0050653335, c.Statistic, 8);
        Assert.Equal(0.0449560629, c.PValue, 8);
        Assert.Equal(0.0038214890, c.Lower, 8);
        Assert.Equal(0.2377039347, c.Upper, 8);
    }

    [Fact]
    public void Welch_WorkedExample_MatchesIndependentComputation()
    {
        double[] treated = [310, 280, 365, 120, 0, 200, 365, 90, 250, 330];
        double[] control = [365, 365, 300, 365, 210, 365, 340, 280, 365, 365, 150, 365];

        var c = TrialStatistics.Welch(treated, control)!;

        Assert.Equal(231.0, c.Treatment, 9);
        Assert.Equal(319.5833333, c.Control, 6);
        Assert.Equal(-88.5833333, c.Difference, 6);
        Assert.Equal(-1.9780696246, c.Statistic, 8);
        Assert.Equal(0.0682051071, c.PValue, 7);
        Assert.Equal(-184.7474393, c.Lower, 5);
        Assert.Equal(7.5807727, c.Upper, 5);
    }

    [Fact]
    public void SmallExpectedCell_FewYes_True()
    {
        Assert.True(TrialStatistics.SmallExpectedCell(2, 40, 3, 40));
        Assert.False(TrialStatistics.SmallExpectedCell(45, 120, 30, 118));
    }

    [Fact]
    public void RandomRound3_NeverMovesMoreThanTwo_AndIsStable_R105()
    {
        for (var n = 0; n < 60; n++)
        {
            var r = TrialDisclosure.RandomRound3(n, 42, $"cell{n}");
            Assert.Equal(0, r % 3);
            Assert.InRange(r - n, -2, 2);
            Assert.Equal(r, TrialDisclosure.RandomRound3(n, 42, $"cell{n}"));
        }
    }
}

/// <summary>The outcome measures from the benefit history (seed 004: off-benefit outcomes at 12, 24 and 36 months).</summary>
public sealed class TrialOutcomesTests
{
    private static readonly DateOnly Selection = new(2023, 3, 1);
    private static readonly ClientId Client = new(Guid.NewGuid());

    private static BenefitSpell Spell(DateOnly from, DateOnly? to = null, BenefitEndReason reason = BenefitEndReason.Work)
    {
        var s = new BenefitSpell(Guid.NewGuid(), Client, BenefitType.JobseekerSupportWorkReady, WorkObligation.FullTime, from);
        if (to is { } end)
        {
            s.End(end, reason);
        }

        return s;
    }

    [Fact]
    public void At_StillOnBenefit_NotOffAndEveryDayCounted()
    {
        var o = TrialOutcomes.At([Spell(new DateOnly(2020, 1, 1))], Selection, Selection.AddMonths(12));

        Assert.False(o.OffBenefit);
        Assert.False(o.OffBenefitIntoWork);
        Assert.Equal(366, o.DaysOnBenefit); // 1 March 2023 to 29 February 2024 (2024 is a leap year)
    }

    [Fact]
    public void At_LeftForWork_OffIntoWorkWithDaysUntilExit()
    {
        var o = TrialOutcomes.At([Spell(new DateOnly(2020, 1, 1), new DateOnly(2023, 4, 10))], Selection, Selection.AddMonths(12));

        Assert.True(o.OffBenefit);
        Assert.True(o.OffBenefitIntoWork);
        Assert.Equal(40, o.DaysOnBenefit);
    }

    [Fact]
    public void At_LeftForOtherReason_OffButNotIntoWork()
    {
        var o = TrialOutcomes.At([Spell(new DateOnly(2020, 1, 1), new DateOnly(2023, 4, 10), BenefitEndReason.Other)], Selection, Selection.AddMonths(12));

        Assert.True(o.OffBenefit);
        Assert.False(o.OffBenefitIntoWork);
    }

    [Fact]
    public void At_LeftAndReturned_OnBenefitAtTimePoint_OverlapNotDoubleCounted()
    {
        var spells = new[]
        {
            Spell(new DateOnly(2020, 1, 1), new DateOnly(2023, 4, 1)),
            Spell(new DateOnly(2023, 6, 1)),
            Spell(new DateOnly(2023, 6, 1), new DateOnly(2023, 7, 1), BenefitEndReason.OtherBenefit),
        };
        var o = TrialOutcomes.At(spells, Selection, new DateOnly(2023, 7, 1));

        Assert.False(o.OffBenefit);
        Assert.Equal(31 + 30, o.DaysOnBenefit); // March, then June
    }
}
