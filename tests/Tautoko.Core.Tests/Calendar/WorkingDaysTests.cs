using Tautoko.Core.Calendar;

namespace Tautoko.Core.Tests.Calendar;

// working-day counts skip weekends and NZ public holidays (SPEC appendix).
public class WorkingDaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2026, 3, 4, true)] // Wednesday
    [InlineData(2026, 3, 7, false)] // Saturday
    [InlineData(2026, 3, 8, false)] // Sunday
    [InlineData(2026, 4, 3, false)] // Good Friday
    [InlineData(2026, 4, 27, false)] // Anzac Day observed
    [InlineData(2026, 7, 10, false)] // Matariki
    public void IsWorkingDay_NationalCalendar_R005(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, WorkingDays.IsWorkingDay(D(year, month, day), null));
    }

    [Fact]
    public void IsWorkingDay_CanterburyShowDay_OnlyHolidayInCanterbury_R005()
    {
        Assert.False(WorkingDays.IsWorkingDay(D(2026, 11, 13), AnniversaryDistrict.Canterbury));
        Assert.True(WorkingDays.IsWorkingDay(D(2026, 11, 13), AnniversaryDistrict.SouthCanterbury));
        Assert.True(WorkingDays.IsWorkingDay(D(2026, 11, 13), null));
    }

    [Fact]
    public void Add_Zero_ReturnsSameDateEvenOnWeekend()
    {
        Assert.Equal(D(2026, 3, 7), WorkingDays.Add(D(2026, 3, 7), 0, null));
    }

    [Fact]
    public void Add_OneFromFriday_SkipsWeekend_R005()
    {
        Assert.Equal(D(2026, 3, 16), WorkingDays.Add(D(2026, 3, 13), 1, null));
    }

    [Fact]
    public void Add_OneFromSaturday_ReturnsMonday_R005()
    {
        Assert.Equal(D(2026, 3, 16), WorkingDays.Add(D(2026, 3, 14), 1, null));
    }

    [Fact]
    public void Add_OneFromThursdayBeforeEaster_ReturnsTuesday_R005()
    {
        Assert.Equal(D(2026, 4, 7), WorkingDays.Add(D(2026, 4, 2), 1, null));
    }

    [Fact]
    public void Add_OneFromThursdayBeforeEasterInSouthland_ReturnsWednesday_R005()
    {
        Assert.Equal(D(2026, 4, 8), WorkingDays.Add(D(2026, 4, 2), 1, AnniversaryDistrict.Southland));
    }

    [Fact]
    public void Add_OneFromThursdayBeforeMatariki_ReturnsMonday_R005()
    {
        Assert.Equal(D(2026, 7, 13), WorkingDays.Add(D(2026, 7, 9), 1, null));
    }

    [Fact]
    public void Add_OverWellingtonAnniversary_CountsInWellingtonNotAuckland_R005()
    {
        // Wellington Anniversary Day is Monday 19 January 2026; Auckland's is a week later.
        Assert.Equal(D(2026, 1, 20), WorkingDays.Add(D(2026, 1, 16), 1, AnniversaryDistrict.Wellington));
        Assert.Equal(D(2026, 1, 19), WorkingDays.Add(D(2026, 1, 16), 1, AnniversaryDistrict.Auckland));
        Assert.Equal(D(2026, 1, 27), WorkingDays.Add(D(2026, 1, 23), 1, AnniversaryDistrict.Auckland));
        Assert.Equal(D(2026, 1, 26), WorkingDays.Add(D(2026, 1, 23), 1, AnniversaryDistrict.Wellington));
    }

    [Fact]
    public void Add_TenWorkingDaysFromAssignmentOverMatariki_R005()
    {
        // R-033 style: assigned Wednesday 1 July 2026; Matariki (Friday 10 July) is skipped.
        Assert.Equal(D(2026, 7, 16), WorkingDays.Add(D(2026, 7, 1), 10, null));
        Assert.Equal(10, WorkingDays.Between(D(2026, 7, 1), D(2026, 7, 16), null));
    }

    [Fact]
    public void Add_TwentyEightWorkingDaysOverLabourDayAndShowDay_R005()
    {
        // R-032 style: from Friday 9 October 2026 over Labour Day (26 Oct); Canterbury also loses Show Day (13 Nov).
        Assert.Equal(D(2026, 11, 19), WorkingDays.Add(D(2026, 10, 9), 28, AnniversaryDistrict.Wellington));
        Assert.Equal(D(2026, 11, 20), WorkingDays.Add(D(2026, 10, 9), 28, AnniversaryDistrict.Canterbury));
        Assert.Equal(D(2026, 11, 20), WorkingDays.Add(D(2026, 10, 9), 28, AnniversaryDistrict.HawkesBay));
    }

    [Fact]
    public void Add_AcrossNewYear_SkipsChristmasAndNewYearHolidays_R005()
    {
        // 2021–22: Christmas and Boxing observed 27–28 Dec, New Year 3–4 Jan.
        Assert.Equal(D(2021, 12, 29), WorkingDays.Add(D(2021, 12, 24), 1, null));
        Assert.Equal(D(2022, 1, 5), WorkingDays.Add(D(2021, 12, 31), 1, null));
    }

    [Fact]
    public void Add_NegativeFromTuesdayAfterEaster_ReturnsThursdayBefore_R005()
    {
        Assert.Equal(D(2026, 4, 2), WorkingDays.Add(D(2026, 4, 7), -1, null));
        Assert.Equal(D(2026, 4, 1), WorkingDays.Add(D(2026, 4, 7), -2, null));
    }

    [Fact]
    public void Add_NegativeFromSunday_ReturnsFriday_R005()
    {
        Assert.Equal(D(2026, 3, 13), WorkingDays.Add(D(2026, 3, 15), -1, null));
    }

    [Fact]
    public void Add_NegativeAcrossYearEnd_R005()
    {
        // Back from Wednesday 5 January 2022 over 3–4 Jan (observed) to Friday 31 December 2021.
        Assert.Equal(D(2021, 12, 31), WorkingDays.Add(D(2022, 1, 5), -1, null));
        Assert.Equal(D(2021, 12, 24), WorkingDays.Add(D(2022, 1, 5), -4, null));
        Assert.Equal(D(2021, 12, 23), WorkingDays.Add(D(2022, 1, 5), -5, null));
    }

    [Fact]
    public void Add_PastLastKnownYear_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(D(2052, 12, 20), 30, null));
    }

    [Fact]
    public void Between_SameDate_ReturnsZero()
    {
        Assert.Equal(0, WorkingDays.Between(D(2026, 5, 5), D(2026, 5, 5), AnniversaryDistrict.Otago));
    }

    [Fact]
    public void Between_ToBeforeFrom_ReturnsZero()
    {
        Assert.Equal(0, WorkingDays.Between(D(2026, 5, 5), D(2026, 5, 1), null));
    }

    [Fact]
    public void Between_FridayToMonday_ReturnsOne_R005()
    {
        Assert.Equal(1, WorkingDays.Between(D(2026, 3, 13), D(2026, 3, 16), null));
        Assert.Equal(0, WorkingDays.Between(D(2026, 3, 13), D(2026, 3, 15), null));
    }

    [Fact]
    public void Between_ChristmasNewYear2026To2027InWellington_R005()
    {
        // (Fri 18 Dec 2026, Fri 29 Jan 2027]: 30 weekdays less Christmas (25 Dec), Boxing Day observed (28 Dec),
        // New Year's Day (1 Jan), 2 January observed (4 Jan) and Wellington Anniversary (25 Jan 2027).
        Assert.Equal(25, WorkingDays.Between(D(2026, 12, 18), D(2027, 1, 29), AnniversaryDistrict.Wellington));
        Assert.Equal(26, WorkingDays.Between(D(2026, 12, 18), D(2027, 1, 29), AnniversaryDistrict.Auckland));
    }

    [Fact]
    public void Between_WholeYear2026National_R005()
    {
        // 261 weekdays in 2026, less 11 national holidays all on weekdays.
        Assert.Equal(250, WorkingDays.Between(D(2025, 12, 31), D(2026, 12, 31), null));
        Assert.Equal(249, WorkingDays.Between(D(2025, 12, 31), D(2026, 12, 31), AnniversaryDistrict.Westland));
    }

    [Fact]
    public void HolidaysBetween_ChristmasNewYear2026To2027InWellington_R005()
    {
        var holidays = WorkingDays.HolidaysBetween(D(2026, 12, 18), D(2027, 1, 29), AnniversaryDistrict.Wellington);
        PublicHoliday[] expected =
        [
            new(D(2026, 12, 25), "Christmas Day", false),
            new(D(2026, 12, 28), "Boxing Day (observed)", false),
            new(D(2027, 1, 1), "New Year's Day", false),
            new(D(2027, 1, 4), "Day after New Year's Day (observed)", false),
            new(D(2027, 1, 25), "Wellington Anniversary Day", true),
        ];
        Assert.Equal(expected, holidays);
    }

    [Fact]
    public void HolidaysBetween_ExcludesFromIncludesTo_R005()
    {
        var holidays = WorkingDays.HolidaysBetween(D(2026, 4, 3), D(2026, 4, 6), null);
        Assert.Equal("Easter Monday", Assert.Single(holidays).Name);
        Assert.Empty(WorkingDays.HolidaysBetween(D(2026, 4, 6), D(2026, 4, 3), null));
    }
}
