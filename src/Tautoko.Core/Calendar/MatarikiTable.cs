namespace Tautoko.Core.Calendar;

/// <summary>
/// Matariki public holidays from the Schedule of Te Kāhui o Matariki Public Holiday Act 2022
/// (SPEC appendix). Dates are set by law, not computed; none exist before 2022 or (yet) after 2052.
/// </summary>
internal static class MatarikiTable
{
    private const int FirstYear = 2022;

    private static readonly DateOnly[] Dates =
    [
        new(2022, 6, 24), new(2023, 7, 14), new(2024, 6, 28), new(2025, 6, 20), new(2026, 7, 10),
        new(2027, 6, 25), new(2028, 7, 14), new(2029, 7, 6), new(2030, 6, 21), new(2031, 7, 11),
        new(2032, 7, 2), new(2033, 6, 24), new(2034, 7, 7), new(2035, 6, 29), new(2036, 7, 18),
        new(2037, 7, 10), new(2038, 6, 25), new(2039, 7, 15), new(2040, 7, 6), new(2041, 7, 19),
        new(2042, 7, 11), new(2043, 7, 3), new(2044, 6, 24), new(2045, 7, 7), new(2046, 6, 29),
        new(2047, 7, 19), new(2048, 7, 3), new(2049, 6, 25), new(2050, 7, 15), new(2051, 6, 30),
        new(2052, 6, 21),
    ];

    public static bool TryGet(int year, out DateOnly date)
    {
        // SPEC appendix: Matariki only from the Act's Schedule, 2022–2052.
        var index = year - FirstYear;
        if (index < 0 || index >= Dates.Length)
        {
            date = default;
            return false;
        }

        date = Dates[index];
        return true;
    }
}
