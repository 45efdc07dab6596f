using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Calls;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Synthetic call records for the demo, so the contact-centre figures and the release's Appendix One show something: about
/// <see cref="CallsPerUnitPerMonth"/> calls for each business unit in each of the twelve months before today, on working
/// days between 8 am and 5 pm New Zealand time, from every queue of the catalogue. Roughly one call in nine is abandoned and
/// one in five is offered a call-back. Invented, deterministic from the seed; never real telephony data.
/// </summary>
public static class SyntheticCalls
{
    public const int CallsPerUnitPerMonth = 30;

    public const int Months = 12;

    public static async Task<int> SeedAsync(TautokoDbContext db, int seed, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.CallRecords.AnyAsync(ct))
        {
            return 0;
        }

        var random = new Random(unchecked(seed * 31 + 0x0CA11));
        var importId = new Guid(0x5a17_0001, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-Months);
        var added = 0;
        var number = 0;
        for (var m = 0; m < Months; m++)
        {
            var month = firstMonth.AddMonths(m);
            var days = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays)
                .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d < today).ToList();
            if (days.Count == 0)
            {
                continue;
            }

            foreach (var unit in Enum.GetValues<BusinessUnit>())
            {
                var queues = CallQueueCatalogue.Queues.Where(q => q.Unit == unit).Select(q => q.Queue).ToList();
                var count = CallsPerUnitPerMonth + random.Next(-8, 9);
                for (var i = 0; i < count; i++)
                {
                    var day = days[random.Next(days.Count)];
                    var offered = NzLocalTime.ToUtc(day, new TimeOnly(8, 0).AddMinutes(random.Next(0, 9 * 60)).Add(TimeSpan.FromSeconds(random.Next(60))));
                    var abandoned = random.NextDouble() < 0.11;
                    var callbackOffered = random.NextDouble() < 0.2;
                    var callbackAccepted = callbackOffered && random.NextDouble() < 0.6;
                    DateTimeOffset? answered = abandoned || callbackAccepted ? null : offered.AddSeconds(20 + random.Next(0, 900));
                    var ended = answered is { } a ? a.AddSeconds(120 + random.Next(0, 1200)) : offered.AddSeconds(30 + random.Next(0, 600));
                    var facts = new CallFacts($"DEMO-{month:yyyyMM}-{++number:000000}", queues[random.Next(queues.Count)], offered, answered, ended, abandoned, callbackOffered, callbackAccepted);
                    db.CallRecords.Add(new CallRecord(new Guid(0x5a17_0002, (short)(number >> 16), (short)(number & 0xFFFF), [0, 0, 0, 0, 0, 0, (byte)m, (byte)unit]), facts, unit, importId, now));
                    added++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}
