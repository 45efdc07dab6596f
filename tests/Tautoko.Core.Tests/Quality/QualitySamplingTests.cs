using Tautoko.Core.Common;
using Tautoko.Core.Quality;

namespace Tautoko.Core.Tests.Quality;

public sealed class QualitySamplingTests
{
    private static List<ProcessedAction> Population(int n) =>
        [.. Enumerable.Range(0, n).Select(i => new ProcessedAction((ProcessedActionKind)(i % 3), new Guid(i, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8), null, DateTimeOffset.UnixEpoch.AddDays(i), null))];

    [Fact]
    public void Draw_SameSeedSamePopulation_SameSampleInSameOrder_EvenShuffled_R100()
    {
        var population = Population(200);
        var shuffled = population.OrderByDescending(a => a.Id).ToList();
        var first = QualitySampling.Draw(population, 12345, 30);
        var again = QualitySampling.Draw(shuffled, 12345, 30);
        Assert.Equal(30, first.Count);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Draw_DifferentSeeds_DrawDifferentSamples_R100()
    {
        var population = Population(200);
        var a = QualitySampling.Draw(population, 1, 30).Select(x => x.Id).ToHashSet();
        var b = QualitySampling.Draw(population, 2, 30).Select(x => x.Id).ToHashSet();
        Assert.True(a.Intersect(b).Count() < 20);
    }

    [Fact]
    public void Draw_MoreThanThePopulation_TakesEveryActionOnce()
    {
        var population = Population(5);
        var sample = QualitySampling.Draw(population.Concat(population), 9, 30);
        Assert.Equal(5, sample.Count);
        Assert.Equal(population.Select(p => p.Id).Order(), sample.Select(p => p.Id).Order());
    }

    [Fact]
    public void Draw_OverManySeeds_EveryActionIsAboutEquallyLikely()
    {
        var population = Population(20);
        var hits = population.ToDictionary(p => p.Id, _ => 0);
        for (var seed = 0; seed < 4000; seed++)
        {
            foreach (var a in QualitySampling.Draw(population, seed, 5))
            {
                hits[a.Id]++;
            }
        }

        // Expected 1000 each (4000 draws × 5 / 20); a fair draw stays well within ±15 %.
        Assert.All(hits.Values, h => Assert.InRange(h, 850, 1150));
    }

    [Fact]
    public void Accuracy_WilsonInterval_MatchesPublishedFigures_R100()
    {
        // 95 correct of 100: Wilson 95 % interval 0.8882 to 0.9785 (Newcombe 1998, method 3).
        var e = AccuracyEstimate.From(95, 100);
        Assert.Equal(0.95, e.Accuracy!.Value, 6);
        Assert.Equal(0.8882, e.Lower!.Value, 3);
        Assert.Equal(0.9785, e.Upper!.Value, 3);
        Assert.Equal((e.Upper.Value - e.Lower.Value) / 2, e.Margin!.Value, 9);
        Assert.True(e.MeetsTarget);
    }

    [Fact]
    public void Accuracy_AllCorrectSmallSample_IntervalStaysBelowOne_AndNoChecksHasNoFigure()
    {
        var e = AccuracyEstimate.From(10, 10);
        Assert.Equal(1.0, e.Upper!.Value, 9);
        Assert.InRange(e.Lower!.Value, 0.69, 0.73);
        var none = AccuracyEstimate.From(0, 0);
        Assert.Null(none.Accuracy);
        Assert.Null(none.MeetsTarget);
        Assert.False(AccuracyEstimate.From(9, 10).MeetsTarget);
    }

    [Fact]
    public void Record_ErrorWithoutType_IsRefused_AndCheckingOwnActionIsRefused_R100()
    {
        var staff = StaffId.New();
        var sample = new QualitySample(Guid.NewGuid(), SiteId.New(), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), [ProcessedActionKind.TaskCompleted], 1, 10, 1, StaffId.New(), DateTimeOffset.UnixEpoch);
        var check = new QualityCheck(Guid.NewGuid(), sample, 1, new ProcessedAction(ProcessedActionKind.TaskCompleted, Guid.NewGuid(), staff.Value, DateTimeOffset.UnixEpoch, null));
        var checker = StaffId.New();
        Assert.Equal("R-100", check.WhyNotRecord(QualityCheckResult.Error, null, null, checker)!.Rule);
        Assert.Equal("R-100", check.WhyNotRecord(QualityCheckResult.Correct, QualityErrorType.Other, null, checker)!.Rule);
        Assert.Equal("quality-independent", check.WhyNotRecord(QualityCheckResult.Correct, null, null, staff)!.Rule);
        check.Record(QualityCheckResult.Error, QualityErrorType.IncorrectAmount, "Paid twice.", checker, DateTimeOffset.UnixEpoch);
        Assert.Equal("quality-checked", check.WhyNotRecord(QualityCheckResult.Correct, null, null, checker)!.Rule);
    }
}
