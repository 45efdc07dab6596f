using Tautoko.Core.Common;

namespace Tautoko.Core.Messaging;

/// <summary>One message as the measures count it: when it was due and when (if) it was answered.</summary>
public readonly record struct MessageTiming(DateTimeOffset DueAt, DateTimeOffset? AcknowledgedAt);

/// <summary>
/// R-052 (e-mails acknowledged within 24 hours) and R-053 (calls returned within 24 hours) for a set of messages:
/// answered in time, late, still open past due, still open in time, and the share answered in time of those decided
/// (answered, or open past due); null when none is decided yet.
/// </summary>
public sealed record AnsweredWithinADay(int Received, int AnsweredInTime, int AnsweredLate, int OpenOverdue, int OpenInTime, double? ShareInTime)
{
    public static AnsweredWithinADay Measure(IReadOnlyCollection<MessageTiming> messages, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var inTime = messages.Count(m => m.AcknowledgedAt is { } a && a <= m.DueAt);
        var late = messages.Count(m => m.AcknowledgedAt is { } a && a > m.DueAt);
        var openOverdue = messages.Count(m => m.AcknowledgedAt is null && now > m.DueAt);
        var openInTime = messages.Count(m => m.AcknowledgedAt is null && now <= m.DueAt);
        var decided = inTime + late + openOverdue;
        return new AnsweredWithinADay(messages.Count, inTime, late, openOverdue, openInTime, decided == 0 ? null : Math.Round(100.0 * inTime / decided, 1));
    }
}

/// <summary>R-053: voicemail checked at least twice a day, counted over a period's working days.</summary>
public static class VoicemailCheckMeasure
{
    /// <summary>The weekdays from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static int WorkingDays(DateOnly first, DateOnly last) =>
        first > last ? 0 : Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The case-manager days (one person, one local day) with at least <see cref="VoicemailCheck.ChecksPerDay"/> checks.</summary>
    public static int DaysCheckedEnough(IEnumerable<(StaffId StaffId, DateOnly Day)> checks) =>
        checks.GroupBy(c => c).Count(g => g.Count() >= VoicemailCheck.ChecksPerDay);
}
