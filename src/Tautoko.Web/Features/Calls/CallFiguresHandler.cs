using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Calls;
using Tautoko.Core.Common;
using Tautoko.Core.Releases;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Calls;

/// <summary>
/// The contact-centre figures of seed 003 Appendix One for a period: calls offered, answered and abandoned, average speed of
/// answer, average handle time, call-backs offered and accepted, by business unit and Auckland month. The database groups
/// and sums (one query over the offered-time index); the averages are the sums divided by the calls answered. Self-service
/// registrations and logins (Appendix Three) are "no data" until a client portal keeps them.
/// </summary>
public sealed class CallFiguresHandler(TautokoDbContext db, CallAccess access, TimeProvider clock)
{
    /// <summary>Five years, as the seed's Appendix One (1 July 2020 to 30 June 2025).</summary>
    public const int MaxPeriodDays = (5 * 366) + 1;

    public const string AllUnits = "All business units";

    public static SelfServiceFigures SelfService { get; } = new(ReleaseCatalogue.Info(ReleaseTable.SelfService).NoDataBecause, []);

    public static IReadOnlyList<CallQueueView> Queues { get; } =
        [.. CallQueueCatalogue.Queues.Select(q => new CallQueueView(q.Queue, q.Unit.DisplayName(), q.Description))];

    public async Task<Outcome<CallFiguresReport>> ReadAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (!await access.MayAsync(ct))
        {
            return CallAccess.Refusal();
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var last = to ?? today;
        var problems = new Dictionary<string, string[]>();
        // The default first day is eleven months before the last day's month: only from a plausible last day.
        var whyTo = PlausibleDates.WhyNotQueryDate(last, today);
        var anchor = whyTo is null ? last : today;
        var first = from ?? new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(-11);
        if (PlausibleDates.WhyNotQueryDate(first, today) is { } whyFrom)
        {
            problems["from"] = [whyFrom];
        }

        if (whyTo is not null)
        {
            problems["to"] = [whyTo];
        }
        else if (last < first || last.DayNumber - first.DayNumber >= MaxPeriodDays)
        {
            problems["to"] = [$"The last day is on or after the first day, at most {MaxPeriodDays} days later."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var start = NzLocalTime.ToUtc(first, TimeOnly.MinValue);
        var end = NzLocalTime.ToUtc(last.AddDays(1), TimeOnly.MinValue);
        var groups = await db.CallRecords.AsNoTracking()
            .Where(c => c.OfferedAt >= start && c.OfferedAt < end)
            .GroupBy(c => new { c.BusinessUnit, c.OfferedMonth })
            .Select(g => new Sums(
                g.Key.BusinessUnit,
                g.Key.OfferedMonth,
                g.Count(),
                g.Count(c => c.AnsweredAt != null),
                g.Count(c => c.Abandoned),
                g.Sum(c => (long?)c.SecondsToAnswer) ?? 0,
                g.Sum(c => (long?)c.HandleSeconds) ?? 0,
                g.Count(c => c.CallbackOffered),
                g.Count(c => c.CallbackAccepted)))
            .ToListAsync(ct);

        var rows = groups.OrderBy(g => g.Unit).ThenBy(g => g.Month).Select(g => Row(g.Unit.DisplayName(), Month(g.Month), g)).ToList();
        var units = groups.GroupBy(g => g.Unit).OrderBy(g => g.Key).Select(g => Row(g.Key.DisplayName(), null, Sums.Of(g))).ToList();
        return new CallFiguresReport(first, last, rows, units, Row(AllUnits, null, Sums.Of(groups)), SelfService);
    }

    private static string Month(int month) => $"{month / 100:0000}-{month % 100:00}";

    private static CallFiguresRow Row(string unit, string? month, Sums s) =>
        new(unit, month, s.Offered, s.Answered, s.Abandoned, Average(s.ToAnswer, s.Answered), Average(s.Handle, s.Answered), s.CallbacksOffered, s.CallbacksAccepted);

    private static decimal? Average(long seconds, int answered) => answered == 0 ? null : Math.Round((decimal)seconds / answered, 1);

    private sealed record Sums(BusinessUnit Unit, int Month, int Offered, int Answered, int Abandoned, long ToAnswer, long Handle, int CallbacksOffered, int CallbacksAccepted)
    {
        public static Sums Of(IEnumerable<Sums> all)
        {
            var list = all.ToList();
            return new Sums(default, 0, list.Sum(s => s.Offered), list.Sum(s => s.Answered), list.Sum(s => s.Abandoned), list.Sum(s => s.ToAnswer),
                list.Sum(s => s.Handle), list.Sum(s => s.CallbacksOffered), list.Sum(s => s.CallbacksAccepted));
        }
    }
}
