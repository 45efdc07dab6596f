namespace Tautoko.Core.Calendar;

/// <summary>
/// Working-day arithmetic for an office open Monday to Friday in a provincial district:
/// Saturdays, Sundays and observed NZ public holidays (national and the district's anniversary
/// day) are not working days. Pass <c>null</c> for national holidays only.
/// Dates must lie within <see cref="NzHolidays.FirstSupportedYear"/>–<see cref="NzHolidays.LastSupportedYear"/>.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date, AnniversaryDistrict? district)
    {
        // working days skip weekends and NZ public holidays (SPEC appendix).
        return HolidayYear.Get(date.Year, district).IsWorkingDay(date);
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="date"/>; <c>n = 0</c> returns
    /// <paramref name="date"/> itself (working day or not) and a negative <paramref name="n"/>
    /// counts back to the <c>-n</c>-th working day before it.
    /// </summary>
    public static DateOnly Add(DateOnly date, int n, AnniversaryDistrict? district)
    {
        // "N working days" counts skip weekends and NZ public holidays (SPEC appendix).
        if (n == 0)
        {
            return date;
        }

        var year = HolidayYear.Get(date.Year, district);
        if (n > 0)
        {
            // Rank within the year of the working day we want; roll into later years as needed.
            long rank = (long)year.WorkingDaysThrough(date) + n;
            while (rank > year.WorkingDaysInYear)
            {
                rank -= year.WorkingDaysInYear;
                year = HolidayYear.Get(year.Year + 1, district);
            }

            return year.NthWorkingDay((int)rank);
        }

        // Working days strictly before date are ranks 1..(through - (date is working)).
        long back = (long)year.WorkingDaysThrough(date) - (year.IsWorkingDay(date) ? 1 : 0) + n + 1;
        while (back < 1)
        {
            year = HolidayYear.Get(year.Year - 1, district);
            back += year.WorkingDaysInYear;
        }

        return year.NthWorkingDay((int)back);
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// 0 when <paramref name="to"/> is not after <paramref name="from"/>.
    /// <c>Between(d, Add(d, n)) == n</c> for every <c>n ≥ 0</c>.
    /// </summary>
    public static int Between(DateOnly from, DateOnly to, AnniversaryDistrict? district)
    {
        // working-day counts skip weekends and NZ public holidays (SPEC appendix); per-year running totals, no day loop.
        if (to <= from)
        {
            return 0;
        }

        var fromYear = HolidayYear.Get(from.Year, district);
        if (from.Year == to.Year)
        {
            return fromYear.WorkingDaysThrough(to) - fromYear.WorkingDaysThrough(from);
        }

        var count = fromYear.WorkingDaysInYear - fromYear.WorkingDaysThrough(from);
        for (var y = from.Year + 1; y < to.Year; y++)
        {
            count += HolidayYear.Get(y, district).WorkingDaysInYear;
        }

        return count + HolidayYear.Get(to.Year, district).WorkingDaysThrough(to);
    }

    /// <summary>
    /// Holidays observed after <paramref name="from"/> up to and including <paramref name="to"/> on
    /// weekdays, by date. Two holidays can share a date (Anzac Day observed on Easter Monday 2038),
    /// so count distinct dates, not entries, when counting days lost.
    /// </summary>
    public static IReadOnlyList<PublicHoliday> HolidaysBetween(DateOnly from, DateOnly to, AnniversaryDistrict? district)
    {
        // the public holidays (SPEC appendix) that take working days out of (from, to].
        if (to <= from)
        {
            return [];
        }

        var result = new List<PublicHoliday>();
        for (var y = from.Year; y <= to.Year; y++)
        {
            foreach (var holiday in HolidayYear.Get(y, district).Holidays)
            {
                if (holiday.Date > from && holiday.Date <= to && !HolidayYear.IsWeekend(holiday.Date))
                {
                    result.Add(holiday);
                }
            }
        }

        return result.AsReadOnly();
    }
}
