using Tautoko.Core.Common;
using Tautoko.Core.Hardship;

namespace Tautoko.Core.Tests.Hardship;

public sealed class DecisionReviewTests
{
    private static readonly StaffId Officer = StaffId.New();
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-03-10", "2026-06-10", false)] // the last day of the three months is on time
    [InlineData("2026-03-10", "2026-06-11", true)] // the day after is late
    [InlineData("2026-03-10", "2026-03-10", false)] // the notice day itself
    [InlineData("2025-11-30", "2026-02-28", false)] // a notice on 30 November has until the end of February
    [InlineData("2025-11-30", "2026-03-01", true)]
    [InlineData("2027-11-30", "2028-02-29", false)] // a leap year's 29 February
    [InlineData("2027-11-30", "2028-03-01", true)]
    public void ReviewWindow_BoundaryDays(string notice, string requested, bool late)
    {
        var window = ReviewWindow.Default;

        Assert.Equal(late, window.IsLate(DateOnly.Parse(notice, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ReviewWindow_ConfiguredMonths_MoveTheLastDay()
    {
        var notice = new DateOnly(2026, 1, 31);

        Assert.Equal(new DateOnly(2026, 2, 28), new ReviewWindow(1, 15).LastDay(notice));
        Assert.False(new ReviewWindow(6, 15).IsLate(notice, new DateOnly(2026, 7, 31)));
        Assert.True(new ReviewWindow(6, 15).IsLate(notice, new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void LateRequest_WithoutReason_IsRefused_WithReason_IsAcceptedAndMarkedLate()
    {
        var application = Declined();
        var notice = new DateOnly(2026, 1, 5);
        var day = new DateOnly(2026, 4, 6);

        Assert.Equal("review-window", Assert.Throws<DomainException>(() => Review(application, notice, day, null)).Error.Rule);
        var review = Review(application, notice, day, "In hospital.");

        Assert.True(review.IsLate);
        Assert.Equal("In hospital.", review.LateReason);
        Assert.Equal(new DateOnly(2026, 4, 5), review.LastDayOnTime);
    }

    [Fact]
    public void InternalReview_CannotRecordACommitteeOutcome_R092()
    {
        var review = Review(Declined(), new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2), null);

        Assert.Equal("R-092", review.WhyNotClose(ReviewOutcome.UpheldAtBrc, null, 200m)?.Rule);
        Assert.Null(review.WhyNotClose(ReviewOutcome.OverturnedAtInternalReview, null, 200m));
    }

    [Fact]
    public void OverturnedAtInternalReview_GrantsTheAmountAsked_AndClosesTheReview()
    {
        var application = Declined();
        var review = Review(application, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2), null);

        var grant = review.Close(ReviewOutcome.OverturnedAtInternalReview, null, application.AmountAsked, "Essential after all.", Officer, Now);
        application.GrantOnReview(review.Id, grant!.Value, Now);

        Assert.Equal(ReviewStage.Closed, review.Stage);
        Assert.Equal(200.00m, grant);
        Assert.Equal(ApplicationStatus.Granted, application.Status);
        Assert.Equal(review.Id, application.GrantedByReviewId);
    }

    [Fact]
    public void PartiallyUpheldAtBrc_AfterReferral_GrantsLessThanAsked()
    {
        var application = Declined();
        var review = Review(application, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2), null);
        review.ReferToCommittee(new DateOnly(2026, 6, 20), new DateOnly(2026, 5, 20), Officer, Now);

        Assert.Equal("hardship-amount", review.WhyNotClose(ReviewOutcome.PartiallyUpheldAtBrc, 200.00m, 200.00m)?.Rule);
        Assert.Equal("R-092", review.WhyNotClose(ReviewOutcome.OverturnedAtInternalReview, null, 200.00m)?.Rule);
        var grant = review.Close(ReviewOutcome.PartiallyUpheldAtBrc, 120.50m, 200.00m, null, Officer, Now);

        Assert.Equal(120.50m, grant);
        Assert.Equal(new DateOnly(2026, 6, 20), review.DueOn);
    }

    [Fact]
    public void OutOfTimeDecline_OnlyForALateRequest()
    {
        var review = Review(Declined(), new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2), null);

        Assert.Equal("review-window", review.WhyNotClose(ReviewOutcome.DeclinedAtOutOfTimeStage, null, 200m)?.Rule);
    }

    [Fact]
    public void Overdue_WhenTheDueDayHasPassed()
    {
        var review = Review(Declined(), new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2), null);

        Assert.Equal(new DateOnly(2026, 5, 17), review.DueOn);
        Assert.False(review.IsOverdue(new DateOnly(2026, 5, 17)));
        Assert.True(review.IsOverdue(new DateOnly(2026, 5, 18)));
    }

    private static HardshipApplication Declined()
    {
        var application = HardshipApplicationTests.Application(200.00m);
        application.Decide(DecisionKind.Decline, null, DeclineReason.NotAQualifyingNeed, "Not a qualifying need.", Officer, Now);
        return application;
    }

    private static DecisionReview Review(HardshipApplication application, DateOnly notice, DateOnly requested, string? lateReason) =>
        new(Guid.CreateVersion7(), application, ReviewRequester.Client, "The need is essential.", lateReason, notice, requested, ReviewWindow.Default, Officer, Now);
}
