using Tautoko.Core.Common;

namespace Tautoko.Core.Appointments;

/// <summary>
/// A recurring appointment, e.g. every two weeks while a plan runs: the same weekday and time every
/// <see cref="EveryWeeks"/> weeks, <see cref="Occurrences"/> times in all (the first included).
/// </summary>
public sealed record Recurrence(int EveryWeeks, int Occurrences)
{
    public const int MaxEveryWeeks = 8;
    public const int MaxOccurrences = 26;

    public DomainError? Problem() =>
        EveryWeeks is < 1 or > MaxEveryWeeks ? new DomainError("recurrence", $"Repeat every 1 to {MaxEveryWeeks} weeks.")
        : Occurrences is < 2 or > MaxOccurrences ? new DomainError("recurrence", $"A series has 2 to {MaxOccurrences} appointments.")
        : null;

    /// <summary>The dates after the first, same weekday, every <see cref="EveryWeeks"/> weeks.</summary>
    public IEnumerable<DateOnly> LaterDates(DateOnly first)
    {
        for (var i = 1; i < Occurrences; i++)
        {
            yield return first.AddDays(7 * EveryWeeks * i);
        }
    }

    /// <summary>
    /// The slot for one occurrence among the case manager's bookable slots: the same time on the target
    /// date; else the nearest time that day; else the earliest in the next four days (a holiday or leave
    /// moves it, never skips the plan silently). Null when nothing is free.
    /// </summary>
    public static T? Pick<T>(IEnumerable<T> bookable, Func<T, DateOnly> dateOf, Func<T, TimeOnly> timeOf, DateOnly target, TimeOnly time)
        where T : class
    {
        var candidates = bookable.Where(s => dateOf(s) >= target && dateOf(s) <= target.AddDays(4)).ToList();
        var sameDay = candidates.Where(s => dateOf(s) == target).OrderBy(s => Math.Abs((timeOf(s).ToTimeSpan() - time.ToTimeSpan()).TotalMinutes)).FirstOrDefault();
        return sameDay ?? candidates.OrderBy(dateOf).ThenBy(s => Math.Abs((timeOf(s).ToTimeSpan() - time.ToTimeSpan()).TotalMinutes)).FirstOrDefault();
    }
}
