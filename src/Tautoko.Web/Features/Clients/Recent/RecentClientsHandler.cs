using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.Recent;

public sealed record RecentClient(Guid Id, string Name, string ClientNumber, DateTimeOffset ViewedAt);

/// <summary>
/// The clients the signed-in person opened lately, newest first, read from their own audit trail (nothing extra is
/// stored about them). Privacy: only clients they may still open today (scope, restricted records, an open break-glass
/// grant) are listed; a client whose record they could only open by break-glass drops off when the grant ends.
/// </summary>
public sealed class RecentClientsHandler(TautokoDbContext db, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    public const int Shown = 8;

    /// <summary>How far back in their own audit trail the list looks (client opens, newest first).</summary>
    private const int LookBack = 60;

    public async Task<IReadOnlyList<RecentClient>> ListAsync(CancellationToken ct)
    {
        var me = staff.Id;
        var opens = await db.AuditEntries.AsNoTracking()
            .Where(a => a.StaffId == me && a.Action == AuditAction.Read && a.Entity == "Client" && a.ClientId != null)
            .OrderByDescending(a => a.At)
            .Take(LookBack)
            .Select(a => new { ClientId = a.ClientId!.Value, a.At })
            .ToListAsync(ct);
        var latest = opens.GroupBy(o => o.ClientId).Select(g => (Id: g.Key, At: g.Max(o => o.At))).OrderByDescending(o => o.At).ToList();
        if (latest.Count == 0)
        {
            return [];
        }

        var ids = latest.Select(l => l.Id).ToList();
        var now = clock.GetUtcNow();
        var clients = await (
                from c in db.Clients.AsNoTracking()
                where ids.Contains(c.Id)
                join s in db.Sites on c.HomeSiteId equals s.Id
                select new { c.Id, c.FirstName, c.LastName, c.ClientNumber, c.HomeSiteId, s.RegionId, c.IsRestricted })
            .ToListAsync(ct);
        var grants = await db.BreakGlassAccesses.AsNoTracking().HeldBy(me, now).Where(b => ids.Contains(b.ClientId)).Select(b => b.ClientId).ToListAsync(ct);
        var held = grants.ToHashSet();
        var linked = (await db.NavigatorClientLinks.AsNoTracking().OpenFor(staff.Viewer.Role == StaffRole.Navigator ? me : new StaffId(Guid.Empty))
            .Where(l => ids.Contains(l.ClientId)).Select(l => l.ClientId).ToListAsync(ct)).ToHashSet();
        var byId = clients.ToDictionary(c => c.Id);
        var list = new List<RecentClient>();
        foreach (var (id, at) in latest)
        {
            if (!byId.TryGetValue(id, out var c))
            {
                continue;
            }

            var decision = ClientAccessPolicy.Decide(staff.Viewer, new ClientScope(c.HomeSiteId, c.RegionId, c.IsRestricted, linked.Contains(id)), ClientOperation.Read, held.Contains(id));
            if (decision.Allowed)
            {
                list.Add(new RecentClient(id.Value, $"{c.FirstName} {c.LastName}", ClientNumbers.Format(c.ClientNumber), at));
            }

            if (list.Count == Shown)
            {
                break;
            }
        }

        if (list.Count > 0)
        {
            // Names of clients leave the server: recorded like a search's result list.
            await audit.RecordAsync(AuditAction.Search, "Client", null, null, $"Recently viewed clients ({list.Count})", false, ct);
        }

        return list;
    }
}
