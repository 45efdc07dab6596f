using System.Globalization;

namespace Tautoko.Web.Platform;

/// <summary>
/// How the outbox delivers on this node. Command-line or configuration keys: `--outbox-sender file|smtp`,
/// `--outbox-folder`, `--outbox-poll-seconds`, `--outbox=false`, `--smtp-host`, `--smtp-port`, `--smtp-from`,
/// `--smtp-user`, `--smtp-password`, `--agency-name`, `--sending-window "Mon-Sat 08:00-20:00"` (the default until national office sets one).
/// </summary>
public sealed class OutboxOptions
{
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

    /// <summary>The agency's name that e-mails come from (GLOSSARY: "the agency", configurable; the same key letters use).</summary>
    public string AgencyName { get; init; } = "Tautoko";

    /// <summary>When texts and e-mails may go to clients until national office sets a window (Pacific/Auckland time).</summary>
    public Tautoko.Core.Messaging.SendingWindow SendingWindow { get; init; } = Tautoko.Core.Messaging.SendingWindow.Default;

    public static OutboxOptions From(IConfiguration configuration)
    {
        var defaults = new OutboxOptions();
        return new OutboxOptions
        {
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
            SendingWindow = configuration["sending-window"] is { Length: > 0 } window ? Tautoko.Core.Messaging.SendingWindow.Parse(window) : defaults.SendingWindow,
        };
    }

    private static int Int(string? text, int fallback, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : fallback;
}
