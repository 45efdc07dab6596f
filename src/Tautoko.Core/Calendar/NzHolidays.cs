using System.Diagnostics.CodeAnalysis;

namespace Tautoko.Core.Calendar;

/// <summary>
/// New Zealand public holidays as an office open Monday to Friday observes them (SPEC appendix:
/// Holidays Act 2003 with the 2013 Waitangi/Anzac amendment, Te Kāhui o Matariki Public Holiday
/// Act 2022, and the observed provincial anniversary days).
/// Only years <see cref="FirstSupportedYear"/>–<see cref="LastSupportedYear"/> are known; other
/// years throw <see cref="ArgumentOutOfRangeException"/> rather than guess.
/// </summary>
public static class NzHolidays
{
    /// <summary>
    /// Waitangi and Anzac Days are Mondayised from 2014 (2013 amendment); Southland (Easter Tuesday)
    /// and Taranaki (second Monday in March) have their present rules from 2012.
    /// </summary>
    public const int FirstSupportedYear = 2014;

    /// <summary>The Schedule of Te Kāhui o Matariki Public Holiday Act 2022 sets Matariki up to 2052.</summary>
    public const int LastSupportedYear = 2052;

    /// <summary>The year's holidays, sorted by observed date: the national ones plus the district's anniversary day.</summary>
    public static IReadOnlyList<PublicHoliday> For(int year, AnniversaryDistrict? district = null)
    {
        // NZ public holidays per SPEC appendix, computed once per (year, district) and cached.
        return HolidayYear.Get(year, district).Holidays;
    }

    /// <summary>Whether <paramref name="date"/> is an observed holiday nationally or in <paramref name="district"/>.</summary>
    public static bool IsHoliday(DateOnly date, AnniversaryDistrict? district, [NotNullWhen(true)] out PublicHoliday? holiday)
    {
        // a date is a holiday if a national or the district's anniversary holiday is observed on it (SPEC appendix).
        holiday = HolidayYear.Get(date.Year, district).HolidayOn(date);
        return holiday is not null;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (Anonymous Gregorian computus, as given by Meeus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        // SPEC appendix: Good Friday and Easter Monday follow the Western (Gregorian) Easter.
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var monthAndDay = h + l - (7 * m) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    internal static PublicHoliday[] Compute(int year, AnniversaryDistrict? district)
    {
        // the national list and Mondayisation exactly as the SPEC appendix states them.
        var holidays = new List<PublicHoliday>(12);
        AddMondayisedPair(holidays, new DateOnly(year, 1, 1), "New Year's Day", "Day after New Year's Day");
        AddMondayisedToMonday(holidays, new DateOnly(year, 2, 6), "Waitangi Day");

        var easter = EasterSunday(year);
        holidays.Add(new PublicHoliday(easter.AddDays(-2), "Good Friday", false));
        holidays.Add(new PublicHoliday(easter.AddDays(1), "Easter Monday", false));

        AddMondayisedToMonday(holidays, new DateOnly(year, 4, 25), "Anzac Day");

        // The Sovereign's Birthday: Queen Elizabeth II died in September 2022, so it is the King's from 2023.
        var sovereign = year >= 2023 ? "King's Birthday" : "Queen's Birthday";
        holidays.Add(new PublicHoliday(NthWeekday(year, 6, DayOfWeek.Monday, 1), sovereign, false));

        if (MatarikiTable.TryGet(year, out var matariki))
        {
            holidays.Add(new PublicHoliday(matariki, "Matariki", false));
        }

        holidays.Add(new PublicHoliday(LabourDay(year), "Labour Day", false));
        AddMondayisedPair(holidays, new DateOnly(year, 12, 25), "Christmas Day", "Boxing Day");

        if (district is { } d)
        {
            holidays.Add(new PublicHoliday(AnniversaryDay(year, d), AnniversaryDayName(d), true));
        }

        // Stable sort keeps the statutory order when two holidays share a date (Anzac on Easter Monday, 2038).
        return [.. holidays.OrderBy(h => h.Date)];
    }

    internal static void ValidateYear(int year)
    {
        if (year is < FirstSupportedYear or > LastSupportedYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                $"NZ public holidays are known only for {FirstSupportedYear}–{LastSupportedYear}: Te Kāhui o Matariki Public Holiday Act 2022 sets Matariki dates only up to 2052, and the Mondayisation and anniversary-day rules used here apply from 2014.");
        }
    }

    /// <summary>The anniversary day observed in <paramref name="district"/> (SPEC appendix).</summary>
    internal static DateOnly AnniversaryDay(int year, AnniversaryDistrict district)
    {
        // SPEC appendix: each provincial district's observed anniversary-day rule.
        return district switch
        {
            AnniversaryDistrict.Wellington => NearestMonday(new DateOnly(year, 1, 22)),
            AnniversaryDistrict.Auckland => NearestMonday(new DateOnly(year, 1, 29)),
            AnniversaryDistrict.Nelson => NearestMonday(new DateOnly(year, 2, 1)),
            AnniversaryDistrict.Taranaki => NthWeekday(year, 3, DayOfWeek.Monday, 2),
            AnniversaryDistrict.Otago => OtagoAnniversary(year),
            AnniversaryDistrict.Southland => EasterSunday(year).AddDays(2),
            AnniversaryDistrict.SouthCanterbury => NthWeekday(year, 9, DayOfWeek.Monday, 4),
            AnniversaryDistrict.HawkesBay => LabourDay(year).AddDays(-3),
            AnniversaryDistrict.Marlborough => LabourDay(year).AddDays(7),
            AnniversaryDistrict.Canterbury => NthWeekday(year, 11, DayOfWeek.Tuesday, 1).AddDays(10),
            AnniversaryDistrict.Westland => NearestMonday(new DateOnly(year, 12, 1)),
            AnniversaryDistrict.ChathamIslands => NearestMonday(new DateOnly(year, 11, 30)),
        };
    }

    private static string AnniversaryDayName(AnniversaryDistrict district)
    {
        var name = AnniversaryDistricts.DisplayName(district) + " Anniversary Day";
        return district == AnniversaryDistrict.Canterbury ? name + " (Show Day)" : name;
    }

    private static DateOnly OtagoAnniversary(int year)
    {
        // SPEC appendix: Monday nearest 23 March, or the Tuesday after Easter if that Monday is Easter Monday.
        var monday = NearestMonday(new DateOnly(year, 3, 23));
        var easterMonday = EasterSunday(year).AddDays(1);
        return monday == easterMonday ? easterMonday.AddDays(1) : monday;
    }

    private static DateOnly LabourDay(int year)
    {
        return NthWeekday(year, 10, DayOfWeek.Monday, 4);
    }

    /// <summary>Tuesday to Thursday go back to that week's Monday; Friday to Sunday forward to the next.</summary>
    private static DateOnly NearestMonday(DateOnly date)
    {
        return date.AddDays(date.DayOfWeek switch
        {
            DayOfWeek.Monday => 0,
            DayOfWeek.Tuesday => -1,
            DayOfWeek.Wednesday => -2,
            DayOfWeek.Thursday => -3,
            DayOfWeek.Friday => 3,
            DayOfWeek.Saturday => 2,
            DayOfWeek.Sunday => 1,
        });
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek dayOfWeek, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)dayOfWeek - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static void AddMondayisedToMonday(List<PublicHoliday> holidays, DateOnly date, string name)
    {
        // SPEC appendix (2013 amendment): Waitangi or Anzac Day on a Saturday or Sunday is observed the following Monday.
        var observed = date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(2),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => date,
        };
        holidays.Add(Observed(date, observed, name));
    }

    private static void AddMondayisedPair(List<PublicHoliday> holidays, DateOnly first, string firstName, string secondName)
    {
        // SPEC appendix / Holidays Act 2003 s 45: a weekend day of the pair moves to the next weekday the pair does not already hold.
        var second = first.AddDays(1);
        var (firstObserved, secondObserved) = first.DayOfWeek switch
        {
            DayOfWeek.Friday => (first, first.AddDays(3)),
            DayOfWeek.Saturday => (first.AddDays(2), first.AddDays(3)),
            DayOfWeek.Sunday => (first.AddDays(2), second),
            _ => (first, second),
        };
        holidays.Add(Observed(first, firstObserved, firstName));
        holidays.Add(Observed(second, secondObserved, secondName));
    }

    private static PublicHoliday Observed(DateOnly actual, DateOnly observed, string name)
    {
        return new PublicHoliday(observed, observed == actual ? name : name + " (observed)", false);
    }
}
