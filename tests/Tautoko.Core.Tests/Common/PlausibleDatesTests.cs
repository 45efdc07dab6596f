using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Common;

public sealed class PlausibleDatesTests
{
    private static readonly DateOnly Today = new(2026, 7, 10);
    private static readonly DateTimeOffset Now = new(2026, 7, 10, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-07-09")]
    [InlineData("2029-07-11")]
    public void WhyNotPlanned_OutsideAFewYearsOfToday_SaysWhy_R046(string date) =>
        Assert.NotNull(PlausibleDates.WhyNotPlanned(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Theory]
    [InlineData("2025-07-10")]
    [InlineData("2026-07-10")]
    [InlineData("2029-07-10")]
    public void WhyNotPlanned_WithinAFewYears_IsNull_R046(string date) =>
        Assert.Null(PlausibleDates.WhyNotPlanned(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void WhyNotHappened_InTheFutureBeyondClockSkew_OrYearsAgo_SaysWhy()
    {
        Assert.Null(PlausibleDates.WhyNotHappened(Now + PlausibleDates.ClockSkew, Now));
        Assert.NotNull(PlausibleDates.WhyNotHappened(Now + PlausibleDates.ClockSkew + TimeSpan.FromSeconds(1), Now));
        Assert.NotNull(PlausibleDates.WhyNotHappened(DateTimeOffset.MinValue, Now));
        Assert.Null(PlausibleDates.WhyNotHappened(Today, Today));
        Assert.NotNull(PlausibleDates.WhyNotHappened(Today.AddDays(1), Today));
        Assert.NotNull(PlausibleDates.WhyNotHappened(DateOnly.MinValue, Today));
    }

    [Fact]
    public void WhyNotQueryDate_ExtremeDates_SayWhy_NearDatesDoNot()
    {
        Assert.NotNull(PlausibleDates.WhyNotQueryDate(DateOnly.MinValue, Today));
        Assert.NotNull(PlausibleDates.WhyNotQueryDate(DateOnly.MaxValue, Today));
        Assert.Null(PlausibleDates.WhyNotQueryDate(Today.AddYears(-2), Today));
        Assert.NotNull(PlausibleDates.WhyNotQueryInstant(DateTimeOffset.MaxValue, Now));
    }
}
