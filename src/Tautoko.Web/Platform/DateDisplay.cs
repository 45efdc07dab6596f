using System.Globalization;

namespace Tautoko.Web.Platform;

/// <summary>Instants are stored in UTC and shown in Pacific/Auckland, formatted for New Zealand.</summary>
public static class DateDisplay
{
    public static readonly CultureInfo NewZealand = CultureInfo.GetCultureInfo("en-NZ");
    public static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    public static DateTimeOffset ToAuckland(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Auckland);

    public static DateOnly TodayInAuckland(TimeProvider clock) => DateOnly.FromDateTime(ToAuckland(clock.GetUtcNow()).DateTime);

    public static string Show(DateTimeOffset instant) => ToAuckland(instant).ToString("d MMM yyyy h:mm tt", NewZealand);

    public static string Show(DateTimeOffset? instant) => instant is { } i ? Show(i) : "—";

    public static string Show(DateOnly date) => date.ToString("d MMM yyyy", NewZealand);

    public static string Show(DateOnly? date) => date is { } d ? Show(d) : "—";

    public static string Show(TimeOnly time) => time.ToString("h:mm tt", NewZealand);
}
