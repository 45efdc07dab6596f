using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Sites;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.Queues;

/// <summary>Where a site refers a client's work-on-hand request: the queue to raise it in, and why.</summary>
public sealed record WorkOnHandRoute(Guid QueueId, string Queue, WorkQueueKind Kind, Guid SiteId, string Site, string Why);

/// <summary>
/// 002 ("Connecting clients with phone-based case manager"): a work-on-hand request submitted at a site for a client of
/// a phone-based case manager goes to that team's Ready for Processing or Hold queue — for Whanganui and Napier the
/// seed's "Centralised in-bound Whanganui" and "Centralised Services Hawkes Bay Unit" queues; any other client's goes
/// to their home site's queue. The site then raises the task there (POST /api/work-queues/{id}/tasks).
/// </summary>
public sealed class WorkOnHandRouting(TautokoDbContext db, ClientAccess access, ICaseManagerLookup caseManagers, AuditLog audit)
{
    public async Task<Outcome<WorkOnHandRoute>> RouteAsync(ClientId clientId, bool hold, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Read, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var kind = PhoneBasedQueues.KindFor(hold);
        var assigned = await caseManagers.FindAsync(clientId, ct);
        var caseManagerSite = assigned is null
            ? null
            : await (from s in db.Staff.AsNoTracking()
                     where s.Id == assigned.CaseManagerId
                     join site in db.Sites on s.SiteId equals site.Id
                     select new { site.Id, site.Name, site.Kind }).SingleOrDefaultAsync(ct);
        SiteId target;
        string why;
        if (caseManagerSite is { Kind: SiteKind.PhoneBasedCaseManagementUnit })
        {
            target = caseManagerSite.Id;
            why = $"The client's case manager, {assigned!.Name}, is in the {caseManagerSite.Name} team: work on hand goes to that team's {(hold ? "Hold" : "Ready for Processing")} queue (002).";
        }
        else
        {
            target = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.HomeSiteId).SingleAsync(ct);
            why = "The client is not with a phone-based team: work on hand goes to their home site's queue.";
        }

        var queue = await (from q in db.WorkQueues.AsNoTracking()
                           where q.SiteId == target && q.Kind == kind && q.IsActive
                           join s in db.Sites on q.SiteId equals s.Id
                           orderby q.CreatedAt
                           select new { q.Id, Queue = q.Name, Site = s.Name }).FirstOrDefaultAsync(ct);
        if (queue is null)
        {
            return Failure.NotFound($"The site has no open {kind.DisplayName()} queue.");
        }

        await audit.RecordAsync(AuditAction.Read, "Client", clientId.ToString(), clientId, "Work-on-hand queue", check.ViaBreakGlass, ct);
        return new WorkOnHandRoute(queue.Id.Value, queue.Queue, kind, target.Value, queue.Site, why);
    }
}
