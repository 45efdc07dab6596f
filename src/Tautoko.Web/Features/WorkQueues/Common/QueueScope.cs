using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.WorkQueues.Common;

/// <summary>A queue with where it is, as the policy and the views need it.</summary>
public sealed record QueueInfo(WorkQueue Queue, string Site, string Region, QueuePlace Place);

/// <summary>Loads queues with their site and region and applies <see cref="WorkQueuePolicy"/> for the signed-in person.</summary>
public sealed class QueueScope(TautokoDbContext db, CurrentStaff staff)
{
    public Viewer Viewer => staff.Viewer;

    public async Task<QueueInfo?> FindAsync(WorkQueueId id, CancellationToken ct)
    {
        var row = await (
                from q in db.WorkQueues.AsNoTracking()
                where q.Id == id
                join s in db.Sites on q.SiteId equals s.Id
                join r in db.Regions on s.RegionId equals r.Id
                select new { Queue = q, Site = s.Name, s.Kind, s.RegionId, Region = r.Name })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new QueueInfo(row.Queue, row.Site, row.Region, new QueuePlace(row.Queue.SiteId, row.RegionId, row.Kind, row.Queue.Kind));
    }

    public async Task<QueuePlace?> PlaceOfSiteAsync(SiteId site, CancellationToken ct)
    {
        var row = await db.Sites.AsNoTracking().Where(s => s.Id == site).Select(s => new { s.RegionId, s.Kind }).SingleOrDefaultAsync(ct);
        return row is null ? null : new QueuePlace(site, row.RegionId, row.Kind);
    }

    public async Task<SiteKind> MySiteKindAsync(CancellationToken ct)
    {
        var me = staff.SiteId;
        return await db.Sites.AsNoTracking().Where(s => s.Id == me).Select(s => s.Kind).SingleAsync(ct);
    }

    public AccessDecision MayView(QueuePlace place) => WorkQueuePolicy.MayView(Viewer, place);

    public AccessDecision MayWork(QueuePlace place) => WorkQueuePolicy.MayWork(Viewer, place);

    public AccessDecision MayManage(QueuePlace place) => WorkQueuePolicy.MayManage(Viewer, place);
}
