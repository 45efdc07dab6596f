using System.Globalization;

namespace Tautoko.Web.Features.Appointments.Common;

/// <summary>
/// How appointments run on this node. Command-line or configuration keys: `--appointments-horizon-days`,
/// `--booking-window-days`, `--agency-name`, `--agency-phone` (the outbox has its own, <see cref="Platform.OutboxOptions"/>).
/// </summary>
public sealed class AppointmentOptions
{
    /// <summary>How far ahead slots are made from calendars (days).</summary>
    public int HorizonDays { get; init; } = 42;

    /// <summary>Working days searched when looking for a case manager's or buddy's free slot.</summary>
    public int BookingWindowWorkingDays { get; init; } = 10;

    /// <summary>The agency's name in letters and messages (GLOSSARY: "the agency", configurable).</summary>
    public string AgencyName { get; init; } = "Tautoko";

    /// <summary>The general enquiries number letters and voicemail give (003).</summary>
    public string AgencyPhone { get; init; } = "0800 559 009";

    public static AppointmentOptions From(IConfiguration configuration)
    {
        var defaults = new AppointmentOptions();
        return new AppointmentOptions
        {
            HorizonDays = Int(configuration["appointments-horizon-days"], defaults.HorizonDays, 1, 366),
            BookingWindowWorkingDays = Int(configuration["booking-window-days"], defaults.BookingWindowWorkingDays, 1, 60),
            AgencyName = configuration["agency-name"] ?? defaults.AgencyName,
            AgencyPhone = configuration["agency-phone"] ?? defaults.AgencyPhone,
        };
    }

    private static int Int(string? text, int fallback, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : fallback;
}
