using Microsoft.EntityFrameworkCore;

namespace Tautoko.Data.Operations;

/// <summary>
/// Lets one web node at a time run a background job: a conditional update moves the lease's end forward only when the
/// lease has run out (or the node already holds it), so of several nodes exactly one gets each turn. Plain SQL both
/// providers run the same way, so there is no PostgreSQL-only variant to twin.
/// </summary>
public static class JobLeases
{
    /// <summary>True when <paramref name="holder"/> now holds <paramref name="job"/> until <paramref name="now"/> + <paramref name="length"/>.</summary>
    public static async Task<bool> TryTakeLeaseAsync(this TautokoDbContext db, string job, string holder, DateTimeOffset now, TimeSpan length, CancellationToken ct)
    {
        if (!await db.JobLeases.AnyAsync(l => l.Job == job, ct))
        {
            db.JobLeases.Add(new JobLease(job, DateTimeOffset.UnixEpoch));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node made the row first; the update below decides who holds it.
            }

            db.ChangeTracker.Clear();
        }

        var until = now + length;
        var taken = await db.JobLeases
            .Where(l => l.Job == job && (l.Until < now || l.Holder == holder))
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, holder).SetProperty(x => x.Until, until).SetProperty(x => x.Runs, x => x.Runs + 1), ct);
        return taken == 1;
    }
}
