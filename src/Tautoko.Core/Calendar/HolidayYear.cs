using System.Collections.ObjectModel;

namespace Tautoko.Core.Calendar;

/// <summary>
/// One year's holidays for one district (or none), with a day-indexed lookup and running
/// working-day counts so that <see cref="WorkingDays"/> answers in constant time per year.
/// Built once per (year, district) and shared; immutable after construction.
/// </summary>
internal sealed class HolidayYear
{
    private const int DistrictSlots = 13; // 12 districts plus "national only"

    private static readonly HolidayYear?[] Cache =
        new HolidayYear?[(NzHolidays.LastSupportedYear - NzHolidays.FirstSupportedYear + 1) * DistrictSlots];

    private readonly PublicHoliday?[] _holidayByDayOfYear;

    // _workingDaysThrough[d] = working days from 1 January to day-of-year d inclusive; [0] = 0.
    private readonly int[] _workingDaysThrough;

    private HolidayYear(int year, AnniversaryDistrict? district)
    {
        Year = year;
        var holidays = NzHolidays.Compute(year, district);
        Holidays = Array.AsReadOnly(holidays);

        var daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
        _holidayByDayOfYear = new PublicHoliday?[daysInYear + 1];
        foreach (var holiday in holidays)
        {
            _holidayByDayOfYear[holiday.Date.DayOfYear] ??= holiday;
        }

        _workingDaysThrough = new int[daysInYear + 1];
        var date = new DateOnly(year, 1, 1);
        for (var day = 1; day <= daysInYear; day++, date = date.AddDays(1))
        {
            var working = !IsWeekend(date) && _holidayByDayOfYear[day] is null;
            _workingDaysThrough[day] = _workingDaysThrough[day - 1] + (working ? 1 : 0);
        }
    }

    public int Year { get; }

    public ReadOnlyCollection<PublicHoliday> Holidays { get; }

    public int WorkingDaysInYear => _workingDaysThrough[^1];

    public static HolidayYear Get(int year, AnniversaryDistrict? district)
    {
        // hot-path lookups share one immutable table per (year, district); no locks on reads.
        NzHolidays.ValidateYear(year);
        var slot = ((year - NzHolidays.FirstSupportedYear) * DistrictSlots) + (district is { } d ? (int)d + 1 : 0);
        var cached = Volatile.Read(ref Cache[slot]);
        if (cached is not null)
        {
            return cached;
        }

        // Two threads may both build a year; the first one published wins and both return it.
        var built = new HolidayYear(year, district);
        return Interlocked.CompareExchange(ref Cache[slot], built, null) ?? built;
    }

    public static bool IsWeekend(DateOnly date)
    {
        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
    }

    public PublicHoliday? HolidayOn(DateOnly date)
    {
        return _holidayByDayOfYear[date.DayOfYear];
    }

    /// <summary>Working days from 1 January up to and including <paramref name="date"/> (same year).</summary>
    public int WorkingDaysThrough(DateOnly date)
    {
        return _workingDaysThrough[date.DayOfYear];
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var day = date.DayOfYear;
        return _workingDaysThrough[day] != _workingDaysThrough[day - 1];
    }

    /// <summary>The working day that is the <paramref name="rank"/>-th of the year (1-based).</summary>
    public DateOnly NthWorkingDay(int rank)
    {
        // Lower bound: the first day whose running count reaches rank is that working day.
        int low = 1, high = _workingDaysThrough.Length - 1;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (_workingDaysThrough[mid] < rank)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return new DateOnly(Year, 1, 1).AddDays(low - 1);
    }
}
