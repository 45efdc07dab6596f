using System.Globalization;

namespace Tautoko.Core.Appointments;

/// <summary>How appointment times read in letters, messages and notes: New Zealand time, en-NZ.</summary>
public static class AppointmentText
{
    private static readonly CultureInfo NewZealand = CultureInfo.GetCultureInfo("en-NZ");

    /// <summary>"Tuesday 14 July 2026 at 10:00 am".</summary>
    public static string When(DateTimeOffset start) => NzLocalTime.ToLocal(start).ToString("dddd d MMMM yyyy 'at' h:mm tt", NewZealand);

    /// <summary>"Tue 14 Jul 10:00 am", for texts.</summary>
    public static string Short(DateTimeOffset start) => NzLocalTime.ToLocal(start).ToString("ddd d MMM h:mm tt", NewZealand);

    public static string Time(DateTimeOffset instant) => NzLocalTime.ToLocal(instant).ToString("h:mm tt", NewZealand);

    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", NewZealand);

    public static string Percent(double value) => value.ToString("P0", NewZealand);
}
