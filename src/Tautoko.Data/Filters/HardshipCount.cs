using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;

namespace Tautoko.Data.Filters;

/// <summary>
/// a client's hardship requests within the year, for the high-hardship referral. The count comes from hardship
/// applications (received in the year) together with the requests the contact centre records without an application
/// (a need met or refused on the phone); both are hardship requests in 003's sense. Applications and requests added to
/// the unit of work but not yet saved are counted too, so the 31st is seen by the save that makes it.
/// </summary>
public static class HardshipCount
{
    public static async Task<int> InYearAsync(TautokoDbContext db, ClientId client, DateTimeOffset now, CancellationToken ct)
    {
        var since = HighHardship.WindowStart(now);
        var applications = await db.HardshipApplications.CountAsync(a => a.ClientId == client && a.ReceivedAt >= since, ct);
        var requests = await db.HardshipRequests.CountAsync(r => r.ClientId == client && r.RequestedAt >= since, ct);
        var pending = db.ChangeTracker.Entries<HardshipApplication>().Count(e => e.State == EntityState.Added && e.Entity.ClientId == client)
            + db.ChangeTracker.Entries<HardshipRequest>().Count(e => e.State == EntityState.Added && e.Entity.ClientId == client);
        return applications + requests + pending;
    }
}
