using Tautoko.Core.Hardship;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Synthetic;

/// <summary>Synthetic hardship applications and reviews follow seed 000's tables .</summary>
public sealed class SyntheticHardshipTests(DemoDatasetFixture demo) : IClassFixture<DemoDatasetFixture>
{
    private SyntheticHardshipBatch Generate() => new SyntheticHardship(demo.Dataset).For(demo.Clients);

    [Fact]
    public void FoodAndSupplementaryDeclines_FollowTableOnesProportions_R091()
    {
        var declines = Generate().Applications.Where(a => a.Need is HardshipNeed.Food or HardshipNeed.Other && a.DeclineReason is not null).Select(a => a.DeclineReason!.Value).ToList();
        var total = HardshipLists.FoodDeclines2020.Values.Sum();

        Assert.True(declines.Count > 250, $"{declines.Count} declines of food and supplementary assistance");
        foreach (var (reason, count) in HardshipLists.FoodDeclines2020)
        {
            var expected = (double)count / total;
            var actual = (double)declines.Count(d => d == reason) / declines.Count;
            Assert.True(Math.Abs(expected - actual) < 0.06, $"{reason}: {actual:P1} of declines, Table One {expected:P1}");
        }
    }

    [Fact]
    public void HouseholdItemDeclines_UseOnlyTheTenReasonsOfTablesTwoToFive()
    {
        var reasons = Generate().Applications.Where(a => HardshipLists.HouseholdItemGroups.Contains(a.Need) && a.DeclineReason is not null).Select(a => a.DeclineReason!.Value).Distinct();

        Assert.All(reasons, r => Assert.Contains(r, HardshipLists.HouseholdItemDeclineReasons));
    }

    [Fact]
    public void Reviews_AreOfDeclines_AndAnOverturnIsAGrantLinkedToItsReview_R092()
    {
        var batch = Generate();
        var applications = batch.Applications.ToDictionary(a => a.Id);

        Assert.NotEmpty(batch.Reviews);
        Assert.Contains(batch.Reviews, r => r.Stage == ReviewStage.Closed);
        foreach (var review in batch.Reviews)
        {
            var application = applications[review.ApplicationId];
            Assert.NotNull(application.DeclineReason);
            if (review.Outcome is { } outcome && outcome.Grants())
            {
                Assert.Equal(review.Id, application.GrantedByReviewId);
                Assert.Equal(review.AmountGranted, application.AmountGranted);
            }
            else
            {
                Assert.Equal(ApplicationStatus.Declined, application.Status);
            }
        }
    }

    [Fact]
    public void Generation_IsTheSameEveryTime()
    {
        var first = Generate();
        var second = Generate();

        Assert.Equal(first.Applications.Select(a => (a.Id, a.AmountAsked, a.Status, a.DeclineReason)), second.Applications.Select(a => (a.Id, a.AmountAsked, a.Status, a.DeclineReason)));
        Assert.Equal(first.Reviews.Select(r => (r.Id, r.Outcome)), second.Reviews.Select(r => (r.Id, r.Outcome)));
    }

    [Fact]
    public void EverythingHappensBeforeTheReferenceDay()
    {
        var start = new DateTimeOffset(demo.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(14));

        Assert.All(Generate().Applications, a => Assert.True(a.ReceivedAt < start && (a.DecidedAt ?? a.ReceivedAt) < start));
    }
}
