using System.Globalization;

namespace Tautoko.Core.Common;

/// <summary>
/// The range a date can plausibly take by what it means, relative to today (New Zealand) or now. A value outside it is a
/// typing slip or a fuzzed value, never a real fact: the edge refuses it as a field error (400) before anything is stored
/// or computed. Each <c>WhyNot…</c> returns the sentence a person can act on, or null when the value is plausible.
/// </summary>
public static class PlausibleDates
{
    /// <summary>Dates asked about (calendars, slots, measures, working days): within this many years of today.</summary>
    public const int QueryYears = 10;

    /// <summary>Things planned (leave, block-outs, task due dates, note expiry): up to this many years ahead.</summary>
    public const int PlanningYearsAhead = 3;

    /// <summary>Things planned may be recorded after the fact: up to this many years back.</summary>
    public const int PlanningYearsBack = 1;

    /// <summary>Things that happened (a message received, a note's contact, a walk-in, a transfer request): up to this many years back.</summary>
    public const int HappenedYearsBack = 2;

    /// <summary>How far ahead of our clock a sender's clock may be when it says something happened "now".</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>A date asked about (a query parameter).</summary>
    public static string? WhyNotQueryDate(DateOnly date, DateOnly today) =>
        Within(date, today.AddYears(-QueryYears), today.AddYears(QueryYears), $"a date within {QueryYears} years of today");

    /// <summary>An instant asked about (a query parameter): its day within <see cref="QueryYears"/> of today.</summary>
    public static string? WhyNotQueryInstant(DateTimeOffset at, DateTimeOffset now) =>
        at < now.AddYears(-QueryYears) || at > now.AddYears(QueryYears) ? $"Use a date within {QueryYears} years of today." : null;

    /// <summary>R-046: planned leave and block-outs, and due dates of work — within a few years of today.</summary>
    public static string? WhyNotPlanned(DateOnly date, DateOnly today) =>
        Within(date, today.AddYears(-PlanningYearsBack), today.AddYears(PlanningYearsAhead), $"a date from {PlanningYearsBack} year ago to {PlanningYearsAhead} years ahead");

    /// <summary>R-046: a planned instant (a block-out, a task's due time) — within a few years of now.</summary>
    public static string? WhyNotPlanned(DateTimeOffset at, DateTimeOffset now) =>
        at < now.AddYears(-PlanningYearsBack) || at > now.AddYears(PlanningYearsAhead)
            ? $"Use a time from {PlanningYearsBack} year ago to {PlanningYearsAhead} years ahead."
            : null;

    /// <summary>Something that happened (received, contacted, seen): not in the future beyond clock skew, not years ago.</summary>
    public static string? WhyNotHappened(DateTimeOffset at, DateTimeOffset now) =>
        at > now + ClockSkew ? "It cannot have happened in the future."
        : at < now.AddYears(-HappenedYearsBack) ? $"Use a time within the last {HappenedYearsBack} years."
        : null;

    /// <summary>A day something happened (a transfer request received): not after today, not years ago.</summary>
    public static string? WhyNotHappened(DateOnly date, DateOnly today) =>
        date > today ? "It cannot have happened in the future."
        : date < today.AddYears(-HappenedYearsBack) ? $"Use a date within the last {HappenedYearsBack} years."
        : null;

    private static string? Within(DateOnly date, DateOnly first, DateOnly last, string what) =>
        date < first || date > last ? string.Create(CultureInfo.InvariantCulture, $"Use {what} ({first:yyyy-MM-dd} to {last:yyyy-MM-dd}).") : null;
}
