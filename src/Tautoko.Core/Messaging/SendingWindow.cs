using System.Globalization;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Messaging;

/// <summary>
/// When texts and e-mails may go to clients, in New Zealand (Pacific/Auckland) wall-clock time: on the given days, from
/// <see cref="Opens"/> until <see cref="Closes"/>. Outside it the outbox holds them and sends them at the next opening,
/// so nobody gets a reminder at 5:53 on a Saturday morning. Letters (post) and staff e-mails are not held.
/// </summary>
public sealed record SendingWindow(IReadOnlySet<DayOfWeek> Days, TimeOnly Opens, TimeOnly Closes, bool UntilMidnight = false)
{
    /// <summary>Monday to Saturday, 8 am to 8 pm.</summary>
    public static SendingWindow Default { get; } = new(
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday },
        new TimeOnly(8, 0),
        new TimeOnly(20, 0));

    /// <summary>Every day, all day (for a deployment that sends at any hour, such as a test host).</summary>
    public static SendingWindow Always { get; } = new(Enum.GetValues<DayOfWeek>().ToHashSet(), TimeOnly.MinValue, TimeOnly.MinValue, UntilMidnight: true);

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>Minutes after midnight the window closes (1440 for midnight at the end of the day).</summary>
    public int ClosesMinute => UntilMidnight ? 1440 : (Closes.Hour * 60) + Closes.Minute;

    public int OpensMinute => (Opens.Hour * 60) + Opens.Minute;

    /// <summary>The days as a bit mask (bit 0 Sunday … bit 6 Saturday), as stored.</summary>
    public int DayMask => Days.Aggregate(0, (mask, day) => mask | (1 << (int)day));

    /// <summary>A window from its stored form; refuses (R-SEND) a window that never opens or closes before it opens.</summary>
    public static SendingWindow From(int dayMask, int opensMinute, int closesMinute)
    {
        if ((dayMask & 0x7F) == 0 || (dayMask & ~0x7F) != 0)
        {
            throw new DomainException(new DomainError(Rule, "Choose at least one day for sending."));
        }

        if (opensMinute is < 0 or >= 1440 || closesMinute is <= 0 or > 1440 || closesMinute <= opensMinute)
        {
            throw new DomainException(new DomainError(Rule, "The window opens before it closes, within the day (e.g. 08:00 to 20:00)."));
        }

        var days = Enum.GetValues<DayOfWeek>().Where(d => (dayMask & (1 << (int)d)) != 0).ToHashSet();
        return new SendingWindow(days, new TimeOnly(opensMinute / 60, opensMinute % 60), closesMinute == 1440 ? TimeOnly.MinValue : new TimeOnly(closesMinute / 60, closesMinute % 60), closesMinute == 1440);
    }

    /// <summary>The rule a refused window cites.</summary>
    public const string Rule = "sending-window";

    /// <summary>Whether a text or e-mail may leave at this instant.</summary>
    public bool IsOpen(DateTimeOffset instant)
    {
        var local = NzLocalTime.ToLocal(instant);
        var minute = (local.Hour * 60) + local.Minute;
        return Days.Contains(local.DayOfWeek) && minute >= OpensMinute && minute < ClosesMinute;
    }

    /// <summary>The instant itself when the window is open, else when it next opens.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        if (IsOpen(instant))
        {
            return instant;
        }

        var local = NzLocalTime.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var minute = (local.Hour * 60) + local.Minute;
        for (var i = 0; i <= 7; i++)
        {
            var day = date.AddDays(i);
            if (Days.Contains(day.DayOfWeek) && (i > 0 || minute < OpensMinute))
            {
                return NzLocalTime.ToUtc(day, Opens);
            }
        }

        throw new InvalidOperationException("A sending window opens on at least one day of the week.");
    }

    /// <summary>"Mon–Sat 08:00–20:00" for people.</summary>
    public string Describe()
    {
        var days = string.Join(", ", Enum.GetValues<DayOfWeek>().Skip(1).Append(DayOfWeek.Sunday).Where(Days.Contains).Select(d => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(d)));
        return $"{days} {Opens:HH\\:mm}–{(UntilMidnight ? "24:00" : Closes.ToString("HH\\:mm", CultureInfo.InvariantCulture))}";
    }

    /// <summary>Parses "Mon-Sat 08:00-20:00" (days: a range or a comma list of mon…sun; times 00:00–24:00), as the host's `--sending-window` option takes it.</summary>
    public static SendingWindow Parse(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new FormatException($"A sending window reads like \"Mon-Sat 08:00-20:00\", not \"{text}\".");
        }

        var mask = 0;
        foreach (var item in parts[0].ToLowerInvariant().Split(','))
        {
            var ends = item.Split('-');
            var first = Array.IndexOf(DayNames, ends[0][..Math.Min(3, ends[0].Length)]);
            var last = ends.Length > 1 ? Array.IndexOf(DayNames, ends[1][..Math.Min(3, ends[1].Length)]) : first;
            if (first < 0 || last < 0)
            {
                throw new FormatException($"Unknown day in \"{parts[0]}\" (use mon, tue, wed, thu, fri, sat, sun).");
            }

            for (var d = first; ; d = (d + 1) % 7)
            {
                mask |= 1 << d;
                if (d == last)
                {
                    break;
                }
            }
        }

        var times = parts[1].Split('-');
        return times.Length == 2 ? From(mask, Minute(times[0]), Minute(times[1])) : throw new FormatException($"Times read like 08:00-20:00, not \"{parts[1]}\".");
    }

    public static int Minute(string hhmm)
    {
        var bits = hhmm.Split(':');
        return bits.Length == 2 && int.TryParse(bits[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h) && int.TryParse(bits[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && h is >= 0 and <= 24 && m is >= 0 and < 60 && (h < 24 || m == 0)
            ? (h * 60) + m
            : throw new FormatException($"\"{hhmm}\" is not a time of day like 08:00.");
    }
}

/// <summary>National office's sending window (one row; absent until national office first sets it, when the host's configured default applies).</summary>
public sealed class SendingWindowSettings
{
    public const int SingletonId = 1;

    private SendingWindowSettings()
    {
    }

    public SendingWindowSettings(SendingWindow window, StaffId by, DateTimeOffset at)
    {
        Id = SingletonId;
        Set(window, by, at);
        // Version 0 is the host's default, read before national office first set a window.
        Version = 1;
    }

    public int Id { get; private set; }

    /// <summary>Bit 0 Sunday … bit 6 Saturday.</summary>
    public int DayMask { get; private set; }

    public int OpensMinute { get; private set; }

    public int ClosesMinute { get; private set; }

    public StaffId? UpdatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public SendingWindow Window => SendingWindow.From(DayMask, OpensMinute, ClosesMinute);

    public void Change(SendingWindow window, StaffId by, DateTimeOffset at)
    {
        Set(window, by, at);
        Version++;
    }

    private void Set(SendingWindow window, StaffId by, DateTimeOffset at)
    {
        DayMask = window.DayMask;
        OpensMinute = window.OpensMinute;
        ClosesMinute = window.ClosesMinute;
        UpdatedById = by;
        UpdatedAt = at;
    }
}
