using Microsoft.EntityFrameworkCore;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data;

/// <summary>Gives every site the standard queues of its kind (002, 003); running it again adds only what is missing.</summary>
public static class WorkQueueProvisioning
{
    public static async Task<int> EnsureStandardQueuesAsync(TautokoDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Kind, s.Name }).ToListAsync(ct);
        var existing = (await db.WorkQueues.AsNoTracking().Where(q => q.Kind != WorkQueueKind.Custom).Select(q => new { q.SiteId, q.Kind }).ToListAsync(ct))
            .Select(q => (q.SiteId, q.Kind))
            .ToHashSet();
        var added = 0;
        foreach (var site in sites)
        {
            foreach (var kind in WorkQueueKinds.StandardFor(site.Kind))
            {
                if (existing.Add((site.Id, kind)))
                {
                    // 002: the Whanganui and Napier phone-based teams' queues carry the seed's centralised names.
                    db.WorkQueues.Add(WorkQueue.Standard(WorkQueueId.New(), site.Id, kind, now, PhoneBasedQueues.StandardName(site.Name, site.Kind, kind)));
                    added++;
                }
            }
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return added;
    }
}
