using Tautoko.Core.Calendar;

namespace Tautoko.Core.Tests.Calendar;

// the national holidays and Mondayisation of the SPEC appendix, checked against real calendars.
public class NzHolidaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static PublicHoliday Named(int year, string name) =>
        Assert.Single(NzHolidays.For(year), h => h.Name == name);

    [Theory]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2035, 3, 25)]
    [InlineData(2024, 3, 31)]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    public void EasterSunday_KnownYears_MatchesGregorianComputus(int year, int month, int day)
    {
        Assert.Equal(D(year, month, day), NzHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData(2025, 4, 18, 4, 21)]
    [InlineData(2026, 4, 3, 4, 6)]
    [InlineData(2027, 3, 26, 3, 29)]
    public void For_EasterYears_GoodFridayAndEasterMonday(int year, int fridayMonth, int fridayDay, int mondayMonth, int mondayDay)
    {
        //
        Assert.Equal(D(year, fridayMonth, fridayDay), Named(year, "Good Friday").Date);
        Assert.Equal(D(year, mondayMonth, mondayDay), Named(year, "Easter Monday").Date);
    }

    [Fact]
    public void For_2026_MatarikiIsFriday10July()
    {
        //
        var matariki = Named(2026, "Matariki");
        Assert.Equal(D(2026, 7, 10), matariki.Date);
        Assert.Equal(DayOfWeek.Friday, matariki.Date.DayOfWeek);
    }

    [Fact]
    public void For_EveryYearFrom2022_MatarikiIsAFridayInJuneOrJuly()
    {
        // the Act's Schedule dates are all Fridays, late June to mid July.
        for (var year = 2022; year <= NzHolidays.LastSupportedYear; year++)
        {
            var matariki = Named(year, "Matariki");
            Assert.Equal(DayOfWeek.Friday, matariki.Date.DayOfWeek);
            Assert.InRange(matariki.Date.Month, 6, 7);
        }

        Assert.Equal(D(2052, 6, 21), Named(2052, "Matariki").Date);
    }

    [Fact]
    public void For_Before2022_HasNoMatariki()
    {
        //
        Assert.DoesNotContain(NzHolidays.For(2021), h => h.Name == "Matariki");
    }

    [Theory]
    [InlineData(2053)]
    [InlineData(2013)]
    [InlineData(1)]
    public void For_YearOutsideKnownLaw_ThrowsArgumentOutOfRange(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NzHolidays.For(year));
        Assert.Contains("2052", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_2026_AnzacOnSaturdayObservedMonday27April()
    {
        //
        var anzac = Named(2026, "Anzac Day (observed)");
        Assert.Equal(D(2026, 4, 27), anzac.Date);
        Assert.False(anzac.IsRegional);
        Assert.False(NzHolidays.IsHoliday(D(2026, 4, 25), null, out _));
    }

    [Fact]
    public void For_2027_WaitangiOnSaturdayObservedMonday8February()
    {
        //
        Assert.Equal(D(2027, 2, 8), Named(2027, "Waitangi Day (observed)").Date);
    }

    [Fact]
    public void For_2026_WaitangiOnFridayNotMoved()
    {
        //
        Assert.Equal(D(2026, 2, 6), Named(2026, "Waitangi Day").Date);
    }

    [Fact]
    public void For_2021_ChristmasOnSaturdayObservedMonday27AndTuesday28()
    {
        //
        Assert.Equal(D(2021, 12, 27), Named(2021, "Christmas Day (observed)").Date);
        Assert.Equal(D(2021, 12, 28), Named(2021, "Boxing Day (observed)").Date);
    }

    [Fact]
    public void For_2022_ChristmasOnSundayBoxingDayMonday26ChristmasObservedTuesday27()
    {
        //
        Assert.Equal(D(2022, 12, 26), Named(2022, "Boxing Day").Date);
        Assert.Equal(D(2022, 12, 27), Named(2022, "Christmas Day (observed)").Date);
    }

    [Fact]
    public void For_2020_BoxingDayOnSaturdayObservedMonday28()
    {
        // Holidays Act 2003 s 45 — a Saturday Boxing Day moves to the Monday.
        Assert.Equal(D(2020, 12, 25), Named(2020, "Christmas Day").Date);
        Assert.Equal(D(2020, 12, 28), Named(2020, "Boxing Day (observed)").Date);
    }

    [Fact]
    public void For_2022_NewYearOnSaturdayObservedMonday3AndTuesday4()
    {
        //
        Assert.Equal(D(2022, 1, 3), Named(2022, "New Year's Day (observed)").Date);
        Assert.Equal(D(2022, 1, 4), Named(2022, "Day after New Year's Day (observed)").Date);
    }

    [Fact]
    public void For_2023_NewYearOnSundaySecondStaysMondayFirstObservedTuesday3()
    {
        //
        Assert.Equal(D(2023, 1, 2), Named(2023, "Day after New Year's Day").Date);
        Assert.Equal(D(2023, 1, 3), Named(2023, "New Year's Day (observed)").Date);
    }

    [Fact]
    public void For_2021_SecondJanuaryOnSaturdayObservedMonday4()
    {
        //
        Assert.Equal(D(2021, 1, 1), Named(2021, "New Year's Day").Date);
        Assert.Equal(D(2021, 1, 4), Named(2021, "Day after New Year's Day (observed)").Date);
    }

    [Fact]
    public void For_2026_LabourDayMonday26October()
    {
        //
        Assert.Equal(D(2026, 10, 26), Named(2026, "Labour Day").Date);
    }

    [Fact]
    public void For_2026_KingsBirthdayMonday1June()
    {
        //
        Assert.Equal(D(2026, 6, 1), Named(2026, "King's Birthday").Date);
    }

    [Fact]
    public void For_2022_SovereignsBirthdayIsQueensBirthday()
    {
        //
        Assert.Equal(D(2022, 6, 6), Named(2022, "Queen's Birthday").Date);
        Assert.DoesNotContain(NzHolidays.For(2022), h => h.Name == "King's Birthday");
    }

    [Fact]
    public void For_2026National_ElevenHolidaysSortedAllWeekdays()
    {
        //
        var holidays = NzHolidays.For(2026);
        DateOnly[] expected =
        [
            D(2026, 1, 1), D(2026, 1, 2), D(2026, 2, 6), D(2026, 4, 3), D(2026, 4, 6), D(2026, 4, 27),
            D(2026, 6, 1), D(2026, 7, 10), D(2026, 10, 26), D(2026, 12, 25), D(2026, 12, 28),
        ];
        Assert.Equal(expected, holidays.Select(h => h.Date));
        Assert.All(holidays, h => Assert.False(h.IsRegional));
    }

    [Fact]
    public void For_EverySupportedYearAndDistrict_SortedOnWeekdaysWithOneRegionalDay()
    {
        // observed dates are for a Monday–Friday office, so none falls on a weekend.
        for (var year = NzHolidays.FirstSupportedYear; year <= NzHolidays.LastSupportedYear; year++)
        {
            Assert.DoesNotContain(NzHolidays.For(year), h => h.IsRegional);
            foreach (var district in AnniversaryDistricts.All)
            {
                var holidays = NzHolidays.For(year, district);
                Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
                Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
                Assert.All(holidays, h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), h.ToString()));
                Assert.Single(holidays, h => h.IsRegional);
            }
        }
    }

    [Fact]
    public void For_2038_AnzacOnSundayObservedOnEasterMondayBothListed()
    {
        // the Act moves Anzac Day to the Monday even when that is Easter Monday; nothing moves further.
        var holidays = NzHolidays.For(2038);
        Assert.Equal(D(2038, 4, 26), Named(2038, "Easter Monday").Date);
        Assert.Equal(D(2038, 4, 26), Named(2038, "Anzac Day (observed)").Date);
        Assert.False(NzHolidays.IsHoliday(D(2038, 4, 27), null, out _));
        Assert.Equal(11, holidays.Count);
        Assert.Equal(10, holidays.Select(h => h.Date).Distinct().Count());
    }

    [Fact]
    public void For_SameYearTwice_ReturnsCachedList()
    {
        Assert.Same(NzHolidays.For(2030, AnniversaryDistrict.Otago), NzHolidays.For(2030, AnniversaryDistrict.Otago));
    }

    [Fact]
    public void For_ReturnedList_CannotBeModified()
    {
        var holidays = NzHolidays.For(2031);
        var asList = Assert.IsAssignableFrom<IList<PublicHoliday>>(holidays);
        Assert.True(asList.IsReadOnly);
    }

    [Fact]
    public void IsHoliday_ChristmasObserved2021_ReturnsHolidayWithName()
    {
        //
        Assert.True(NzHolidays.IsHoliday(D(2021, 12, 27), null, out var holiday));
        Assert.Equal(new PublicHoliday(D(2021, 12, 27), "Christmas Day (observed)", false), holiday);
    }

    [Fact]
    public void IsHoliday_OrdinaryWeekday_ReturnsFalseAndNull()
    {
        Assert.False(NzHolidays.IsHoliday(D(2026, 3, 4), AnniversaryDistrict.Wellington, out var holiday));
        Assert.Null(holiday);
    }

    [Fact]
    public void IsHoliday_RegionalDay_OnlyInItsDistrict()
    {
        //
        Assert.True(NzHolidays.IsHoliday(D(2026, 1, 19), AnniversaryDistrict.Wellington, out var holiday));
        Assert.True(holiday.IsRegional);
        Assert.False(NzHolidays.IsHoliday(D(2026, 1, 19), AnniversaryDistrict.Auckland, out _));
        Assert.False(NzHolidays.IsHoliday(D(2026, 1, 19), null, out _));
    }

    [Fact]
    public async Task For_ManyThreadsAtOnce_AllSeeTheSameLists()
    {
        var tasks = Enumerable.Range(0, 16)
            .Select(_ => Task.Run(() => Enumerable.Range(2040, 13)
                .SelectMany(y => AnniversaryDistricts.All.Select(d => NzHolidays.For(y, d)))
                .ToArray()))
            .ToArray();
        var results = await Task.WhenAll(tasks);

        foreach (var result in results)
        {
            for (var i = 0; i < result.Length; i++)
            {
                Assert.Same(results[0][i], result[i]);
            }
        }
    }
}
