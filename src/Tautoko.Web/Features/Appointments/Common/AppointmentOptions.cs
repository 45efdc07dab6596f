using System.Globalization;

namespace Tautoko.Web.Features.Appointments.Common;

/// <summary>
/// How appointments and the outbox run on this node. Command-line or configuration keys:
/// `--appointments-horizon-days`, `--booking-window-days`, `--outbox-sender file|smtp`, `--outbox-folder`,
/// `--outbox-poll-seconds`, `--outbox=false`, `--smtp-host`, `--smtp-port`, `--smtp-from`, `--smtp-user`,
/// `--smtp-password`, `--agency-name`, `--agency-phone`.
/// </summary>
public sealed class AppointmentOptions
{
    /// <summary>How far ahead slots are made from calendars (days).</summary>
    public int HorizonDays { get; init; } = 42;

    /// <summary>Working days searched when looking for a case manager's or buddy's free slot.</summary>
    public int BookingWindowWorkingDays { get; init; } = 10;

    public bool OutboxEnabled { get; init; } = true;

    /// <summary>"file" writes every message to <see cref="OutboxFolder"/>; "smtp" sends e-mail through <see cref="SmtpHost"/> and files texts and letters.</summary>
    public string Sender { get; init; } = "file";

    public string OutboxFolder { get; init; } = Path.GetFullPath("outbox");

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a node's claim on a message lasts before another node may take it over.</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(2);

    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 25;

    public string SmtpFrom { get; init; } = "appointments@tautoko.example";

    public string? SmtpUser { get; init; }

    public string? SmtpPassword { get; init; }

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
            OutboxEnabled = !string.Equals(configuration["outbox"], "false", StringComparison.OrdinalIgnoreCase),
            Sender = (configuration["outbox-sender"] ?? defaults.Sender).Trim().ToLowerInvariant(),
            OutboxFolder = Path.GetFullPath(configuration["outbox-folder"] ?? defaults.OutboxFolder),
            PollInterval = TimeSpan.FromSeconds(Int(configuration["outbox-poll-seconds"], 5, 1, 3600)),
            SmtpHost = configuration["smtp-host"],
            SmtpPort = Int(configuration["smtp-port"], defaults.SmtpPort, 1, 65535),
            SmtpFrom = configuration["smtp-from"] ?? defaults.SmtpFrom,
            SmtpUser = configuration["smtp-user"],
            SmtpPassword = configuration["smtp-password"],
            AgencyName = configuration["agency-name"] ?? defaults.AgencyName,
            AgencyPhone = configuration["agency-phone"] ?? defaults.AgencyPhone,
        };
    }

    private static int Int(string? text, int fallback, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : fallback;
}
