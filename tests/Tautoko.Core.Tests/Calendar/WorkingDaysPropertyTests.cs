using Tautoko.Core.Calendar;

namespace Tautoko.Core.Tests.Calendar;

// Add, Between and IsWorkingDay agree with each other and with a day-by-day count built
// only from NzHolidays.For and the weekend, for seeded random dates in every district.
public class WorkingDaysPropertyTests
{
    private const int CasesPerDistrict = 2000;

    // Three years' margin: random offsets reach about 900 calendar days either side.
    private static readonly DateOnly Earliest = new(NzHolidays.FirstSupportedYear + 3, 1, 1);
    private static readonly DateOnly Latest = new(NzHolidays.LastSupportedYear - 3, 12, 31);

    public static TheoryData<AnniversaryDistrict?> Districts()
    {
        var data = new TheoryData<AnniversaryDistrict?> { (AnniversaryDistrict?)null };
        foreach (var district in AnniversaryDistricts.All)
        {
            data.Add(district);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Districts))]
    public void AddAndBetween_RandomDates_AgreeWithDayByDayCount_R005(AnniversaryDistrict? district)
    {
        var reference = new Reference(district);
        var random = new Random(20260710 + (district is { } d ? (int)d : -1));

        for (var i = 0; i < CasesPerDistrict; i++)
        {
            var date = RandomDate(random);
            var n = random.Next(-300, 301);
            var result = WorkingDays.Add(date, n, district);

            Assert.Equal(reference.Add(date, n), result);
            if (n > 0)
            {
                Assert.True(WorkingDays.IsWorkingDay(result, district));
                Assert.Equal(n, WorkingDays.Between(date, result, district));
                Assert.Equal(n - 1, WorkingDays.Between(date, result.AddDays(-1), district));
            }
            else if (n < 0)
            {
                Assert.True(WorkingDays.IsWorkingDay(result, district));
                var dateCounts = WorkingDays.IsWorkingDay(date, district) ? 1 : 0;
                Assert.Equal(-n - 1 + dateCounts, WorkingDays.Between(result, date, district));
            }

            var other = date.AddDays(random.Next(-900, 901));
            var between = WorkingDays.Between(date, other, district);
            Assert.Equal(reference.Between(date, other), between);
            if (between > 0)
            {
                // Between then Add lands on the last working day on or before 'other'.
                var landed = WorkingDays.Add(date, between, district);
                Assert.True(landed <= other);
                Assert.Equal(between, WorkingDays.Between(date, landed, district));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Districts))]
    public void Between_WholeSupportedRange_MatchesDayByDayCountAndHolidaysBetween_R005(AnniversaryDistrict? district)
    {
        var from = new DateOnly(NzHolidays.FirstSupportedYear, 1, 1);
        var to = new DateOnly(NzHolidays.LastSupportedYear, 12, 31);
        var reference = new Reference(district);

        var between = WorkingDays.Between(from, to, district);

        Assert.Equal(reference.Between(from, to), between);
        var weekdays = Enumerable.Range(1, to.DayNumber - from.DayNumber)
            .Select(from.AddDays)
            .Count(day => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var holidayDates = WorkingDays.HolidaysBetween(from, to, district).Select(h => h.Date).Distinct().Count();
        Assert.Equal(weekdays - holidayDates, between);
    }

    private static DateOnly RandomDate(Random random)
    {
        return DateOnly.FromDayNumber(random.Next(Earliest.DayNumber, Latest.DayNumber + 1));
    }

    /// <summary>The slow, obvious definition: step one day at a time over a holiday set from NzHolidays.For.</summary>
    private sealed class Reference
    {
        private readonly HashSet<DateOnly> _holidays = [];

        public Reference(AnniversaryDistrict? district)
        {
            for (var year = NzHolidays.FirstSupportedYear; year <= NzHolidays.LastSupportedYear; year++)
            {
                foreach (var holiday in NzHolidays.For(year, district))
                {
                    _holidays.Add(holiday.Date);
                }
            }
        }

        public bool IsWorkingDay(DateOnly date) =>
            date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

        public DateOnly Add(DateOnly date, int n)
        {
            var step = Math.Sign(n);
            var remaining = Math.Abs(n);
            while (remaining > 0)
            {
                date = date.AddDays(step);
                if (IsWorkingDay(date))
                {
                    remaining--;
                }
            }

            return date;
        }

        public int Between(DateOnly from, DateOnly to)
        {
            var count = 0;
            for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            {
                if (IsWorkingDay(day))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
