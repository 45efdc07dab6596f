using Tautoko.Core.Calendar;

namespace Tautoko.Core.Tests.Calendar;

// each provincial district's anniversary-day rule from the SPEC appendix.
public class AnniversaryDayTests
{
    private static PublicHoliday Regional(int year, AnniversaryDistrict district) =>
        Assert.Single(NzHolidays.For(year, district), h => h.IsRegional);

    [Theory]
    [InlineData(AnniversaryDistrict.Wellington, 1, 19, "Wellington Anniversary Day")]
    [InlineData(AnniversaryDistrict.Auckland, 1, 26, "Auckland Anniversary Day")]
    [InlineData(AnniversaryDistrict.Nelson, 2, 2, "Nelson Anniversary Day")]
    [InlineData(AnniversaryDistrict.Taranaki, 3, 9, "Taranaki Anniversary Day")]
    [InlineData(AnniversaryDistrict.Otago, 3, 23, "Otago Anniversary Day")]
    [InlineData(AnniversaryDistrict.Southland, 4, 7, "Southland Anniversary Day")]
    [InlineData(AnniversaryDistrict.SouthCanterbury, 9, 28, "South Canterbury Anniversary Day")]
    [InlineData(AnniversaryDistrict.HawkesBay, 10, 23, "Hawke's Bay Anniversary Day")]
    [InlineData(AnniversaryDistrict.Marlborough, 11, 2, "Marlborough Anniversary Day")]
    [InlineData(AnniversaryDistrict.Canterbury, 11, 13, "Canterbury Anniversary Day (Show Day)")]
    [InlineData(AnniversaryDistrict.Westland, 11, 30, "Westland Anniversary Day")]
    [InlineData(AnniversaryDistrict.ChathamIslands, 11, 30, "Chatham Islands Anniversary Day")]
    public void For_2026EachDistrict_ObservedAnniversaryDay(AnniversaryDistrict district, int month, int day, string name)
    {
        //
        Assert.Equal(new PublicHoliday(new DateOnly(2026, month, day), name, true), Regional(2026, district));
    }

    [Theory]
    [InlineData(AnniversaryDistrict.Wellington, 2021, 1, 25)] // 22 Jan 2021 a Friday: forward to Monday
    [InlineData(AnniversaryDistrict.Wellington, 2025, 1, 20)] // 22 Jan 2025 a Wednesday: back to Monday
    [InlineData(AnniversaryDistrict.Auckland, 2021, 2, 1)] // 29 Jan 2021 a Friday: forward, into February
    [InlineData(AnniversaryDistrict.Auckland, 2025, 1, 27)]
    [InlineData(AnniversaryDistrict.Nelson, 2025, 2, 3)] // 1 Feb 2025 a Saturday
    [InlineData(AnniversaryDistrict.Nelson, 2023, 1, 30)] // 1 Feb 2023 a Wednesday: back into January
    [InlineData(AnniversaryDistrict.Taranaki, 2025, 3, 10)]
    [InlineData(AnniversaryDistrict.Otago, 2025, 3, 24)] // 23 Mar 2025 a Sunday
    [InlineData(AnniversaryDistrict.Southland, 2025, 4, 22)]
    [InlineData(AnniversaryDistrict.SouthCanterbury, 2025, 9, 22)]
    [InlineData(AnniversaryDistrict.HawkesBay, 2025, 10, 24)]
    [InlineData(AnniversaryDistrict.Marlborough, 2025, 11, 3)]
    [InlineData(AnniversaryDistrict.Canterbury, 2025, 11, 14)] // first Tuesday 4 Nov 2025
    [InlineData(AnniversaryDistrict.Canterbury, 2022, 11, 11)] // first Tuesday 1 Nov 2022
    [InlineData(AnniversaryDistrict.Westland, 2025, 12, 1)]
    [InlineData(AnniversaryDistrict.ChathamIslands, 2025, 12, 1)] // 30 Nov 2025 a Sunday
    public void For_OtherYears_FollowsDistrictRule(AnniversaryDistrict district, int year, int month, int day)
    {
        //
        Assert.Equal(new DateOnly(year, month, day), Regional(year, district).Date);
    }

    [Fact]
    public void For_Otago2035_MondayClashesWithEasterMonday_ObservedEasterTuesday()
    {
        // 23 Mar 2035 is a Friday, so the nearest Monday is 26 March — Easter Monday 2035.
        Assert.Equal(new DateOnly(2035, 3, 26), Assert.Single(NzHolidays.For(2035), h => h.Name == "Easter Monday").Date);
        Assert.Equal(new DateOnly(2035, 3, 27), Regional(2035, AnniversaryDistrict.Otago).Date);
    }

    [Fact]
    public void For_EveryYear_AnniversaryDaysKeepTheirWeekday()
    {
        //
        for (var year = NzHolidays.FirstSupportedYear; year <= NzHolidays.LastSupportedYear; year++)
        {
            foreach (var district in AnniversaryDistricts.All)
            {
                var expected = district switch
                {
                    AnniversaryDistrict.Southland => DayOfWeek.Tuesday,
                    AnniversaryDistrict.HawkesBay or AnniversaryDistrict.Canterbury => DayOfWeek.Friday,
                    _ => DayOfWeek.Monday,
                };
                var date = Regional(year, district).Date;
                if (district == AnniversaryDistrict.Otago && date.DayOfWeek == DayOfWeek.Tuesday)
                {
                    Assert.True(year is 2035 or 2046, $"Otago Tuesday only on an Easter clash, not {date}");
                    continue;
                }

                Assert.Equal(expected, date.DayOfWeek);
            }
        }
    }

    [Fact]
    public void For_NearestMondayDistricts_WithinThreeDaysOfNominalDate()
    {
        // "nearest Monday" is never more than three days away.
        for (var year = NzHolidays.FirstSupportedYear; year <= NzHolidays.LastSupportedYear; year++)
        {
            AssertNear(year, AnniversaryDistrict.Wellington, new DateOnly(year, 1, 22));
            AssertNear(year, AnniversaryDistrict.Auckland, new DateOnly(year, 1, 29));
            AssertNear(year, AnniversaryDistrict.Nelson, new DateOnly(year, 2, 1));
            AssertNear(year, AnniversaryDistrict.Westland, new DateOnly(year, 12, 1));
            AssertNear(year, AnniversaryDistrict.ChathamIslands, new DateOnly(year, 11, 30));
        }

        static void AssertNear(int year, AnniversaryDistrict district, DateOnly nominal)
        {
            var observed = Regional(year, district).Date;
            Assert.InRange(observed.DayNumber - nominal.DayNumber, -3, 3);
        }
    }
}
