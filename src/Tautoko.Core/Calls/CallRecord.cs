using System.Globalization;

namespace Tautoko.Core.Calls;

/// <summary>
/// One call as the telephony system reported it (seed 003 Appendix One): which queue (so which business unit), when it was
/// offered, answered (if it was) and ended, whether the caller abandoned it, and whether a call-back was offered and accepted.
/// Times are UTC instants; the Auckland month of the offer and the seconds to answer and to handle are kept with it so the
/// figures are sums and counts the database groups by unit and month.
/// </summary>
public sealed class CallRecord
{
    public const int MaxCallIdLength = 64;
    public const int MaxQueueLength = 64;

    private CallRecord()
    {
        CallId = string.Empty;
        Queue = string.Empty;
    }

    public CallRecord(Guid id, CallFacts facts, BusinessUnit unit, Guid importId, DateTimeOffset importedAt)
        : this()
    {
        Id = id;
        CallId = facts.CallId;
        Queue = facts.Queue;
        BusinessUnit = unit;
        OfferedAt = facts.OfferedAt;
        AnsweredAt = facts.AnsweredAt;
        EndedAt = facts.EndedAt;
        Abandoned = facts.Abandoned;
        CallbackOffered = facts.CallbackOffered;
        CallbackAccepted = facts.CallbackAccepted;
        OfferedMonth = MonthNumber(facts.OfferedAt);
        SecondsToAnswer = facts.AnsweredAt is { } answered ? (int)Math.Round((answered - facts.OfferedAt).TotalSeconds) : null;
        HandleSeconds = facts.AnsweredAt is { } a ? (int)Math.Round((facts.EndedAt - a).TotalSeconds) : null;
        ImportId = importId;
        ImportedAt = importedAt;
    }

    /// <summary>The record's own id (its key for cell-key rounding, R-105).</summary>
    public Guid Id { get; private set; }

    /// <summary>The telephony system's call id: unique, so a re-import adds nothing.</summary>
    public string CallId { get; private set; }

    public string Queue { get; private set; }

    public BusinessUnit BusinessUnit { get; private set; }

    public DateTimeOffset OfferedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset EndedAt { get; private set; }

    public bool Abandoned { get; private set; }

    public bool CallbackOffered { get; private set; }

    public bool CallbackAccepted { get; private set; }

    /// <summary>The Auckland month the call was offered in, as yyyyMM (202507 for July 2025).</summary>
    public int OfferedMonth { get; private set; }

    /// <summary>Answered − offered, in whole seconds; null when not answered.</summary>
    public int? SecondsToAnswer { get; private set; }

    /// <summary>End − answered, in whole seconds; null when not answered.</summary>
    public int? HandleSeconds { get; private set; }

    public Guid ImportId { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>The facts as they were imported, to compare with a call id sent again.</summary>
    public CallFacts Facts => new(CallId, Queue, OfferedAt, AnsweredAt, EndedAt, Abandoned, CallbackOffered, CallbackAccepted);

    public static int MonthNumber(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Appointments.NzLocalTime.Zone);
        return (local.Year * 100) + local.Month;
    }

    public static string MonthLabel(int month) =>
        new DateOnly(month / 100, month % 100, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>A call's facts as one CSV line gives them, checked (see <see cref="CallLine"/>).</summary>
public sealed record CallFacts(string CallId, string Queue, DateTimeOffset OfferedAt, DateTimeOffset? AnsweredAt, DateTimeOffset EndedAt, bool Abandoned, bool CallbackOffered, bool CallbackAccepted)
{
    /// <summary>Same call, same values (instants compared as instants, the queue without regard to case).</summary>
    public bool SameAs(CallFacts other) =>
        CallId == other.CallId && string.Equals(Queue, other.Queue, StringComparison.OrdinalIgnoreCase)
        && OfferedAt.UtcTicks / TimeSpan.TicksPerSecond == other.OfferedAt.UtcTicks / TimeSpan.TicksPerSecond
        && AnsweredAt?.UtcTicks / TimeSpan.TicksPerSecond == other.AnsweredAt?.UtcTicks / TimeSpan.TicksPerSecond
        && EndedAt.UtcTicks / TimeSpan.TicksPerSecond == other.EndedAt.UtcTicks / TimeSpan.TicksPerSecond
        && Abandoned == other.Abandoned && CallbackOffered == other.CallbackOffered && CallbackAccepted == other.CallbackAccepted;
}
