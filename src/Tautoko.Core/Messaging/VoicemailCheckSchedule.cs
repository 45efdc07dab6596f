using System.Globalization;

namespace Tautoko.Core.Messaging;

/// <summary>Where a voicemail-check reminder stands at the moment.</summary>
public enum ReminderState
{
    /// <summary>Its window has not opened yet.</summary>
    Upcoming = 0,

    /// <summary>Its window is open and there is no check in it yet.</summary>
    Due = 1,

    /// <summary>Checked in its window.</summary>
    Done = 2,

    /// <summary>Its window closed without a check.</summary>
    Missed = 3,
}

/// <summary>One of the day's two voicemail checks on the case manager's worklist (R-053).</summary>
public sealed record VoicemailReminder(string Name, TimeOnly From, TimeOnly By, ReminderState State, TimeOnly? CheckedAt)
{
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{Name}: check your voicemail {(From == TimeOnly.MinValue ? "" : string.Create(CultureInfo.InvariantCulture, $"after {From:h:mm tt} and "))}by {By:h:mm tt}.");
}

/// <summary>
/// R-053 (003, "Setting up Voicemail"): "Voicemail should be checked for messages at least twice daily and phone calls
/// returned within 24 hours." A recurring pair of reminders on the case manager's worklist every day: a morning check
/// (any time before midday) and an afternoon check (from midday, by 4 pm), so the two checks are spread over the day —
/// two checks in the same morning leave the afternoon one due.
/// </summary>
public static class VoicemailCheckSchedule
{
    public static readonly TimeOnly Midday = new(12, 0);
    public static readonly TimeOnly AfternoonBy = new(16, 0);

    /// <param name="checksToday">The local times of today's checks.</param>
    /// <param name="now">The local time now.</param>
    public static IReadOnlyList<VoicemailReminder> Reminders(IEnumerable<TimeOnly> checksToday, TimeOnly now)
    {
        ArgumentNullException.ThrowIfNull(checksToday);
        var checks = checksToday.Order().ToList();
        return
        [
            Reminder("Morning voicemail check", TimeOnly.MinValue, Midday, checks.Where(c => c < Midday).Cast<TimeOnly?>().FirstOrDefault(), now),
            Reminder("Afternoon voicemail check", Midday, AfternoonBy, checks.Where(c => c >= Midday).Cast<TimeOnly?>().FirstOrDefault(), now),
        ];
    }

    private static VoicemailReminder Reminder(string name, TimeOnly from, TimeOnly by, TimeOnly? checkedAt, TimeOnly now)
    {
        var state = checkedAt is not null ? ReminderState.Done
            : now < from ? ReminderState.Upcoming
            : now < by ? ReminderState.Due
            : ReminderState.Missed;
        return new VoicemailReminder(name, from, by, state, checkedAt);
    }
}
