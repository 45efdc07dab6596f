using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Demo hardship request history over the last year: most clients a few requests or none; at each service
/// centre one client one request short of the high-hardship count and one past it, referred to the
/// home site's F2F appointment queue.
/// </summary>
public static class HardshipRequestSeeder
{
    private static readonly (HardshipNeed Need, string Detail)[] Needs =
    [
        (HardshipNeed.Food, "Food until next payday."),
        (HardshipNeed.Food, "Food after an unexpected bill."),
        (HardshipNeed.WashingMachineOrFridge, "Fridge broke down."),
        (HardshipNeed.BedsTablesOrChairs, "Beds for the children."),
        (HardshipNeed.OtherAppliances, "Heater for winter."),
        (HardshipNeed.Other, "Power bill arrears."),
    ];

    public static async Task<int> SeedAsync(TautokoDbContext db, int seed, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.HardshipRequests.AnyAsync(ct))
        {
            return 0;
        }

        var random = new Random(seed ^ 0x4A4D5);
        var contactCentre = await (
                from s in db.Staff.AsNoTracking()
                join site in db.Sites on s.SiteId equals site.Id
                where site.Kind == SiteKind.ContactCentre
                orderby s.StaffNumber
                select s.Id)
            .ToListAsync(ct);
        var centres = await db.Sites.AsNoTracking().Where(s => s.Kind == SiteKind.ServiceCentre).OrderBy(s => s.Code).Select(s => s.Id).ToListAsync(ct);
        if (contactCentre.Count == 0)
        {
            return 0;
        }

        var added = 0;
        foreach (var site in centres)
        {
            var clients = await db.Clients.AsNoTracking().Where(c => c.HomeSiteId == site && !c.IsRestricted)
                .OrderBy(c => c.ClientNumber).Skip(100).Take(30).Select(c => c.Id).ToListAsync(ct);
            var queue = await db.WorkQueues.FirstOrDefaultAsync(q => q.SiteId == site && q.Kind == WorkQueueKind.SiteFaceToFaceAppointments, ct);
            for (var i = 0; i < clients.Count; i++)
            {
                var count = i switch
                {
                    0 => HighHardship.Threshold - 1,
                    1 => HighHardship.Threshold + 2,
                    _ => random.Next(0, 6),
                };
                for (var n = 0; n < count; n++)
                {
                    var need = Needs[random.Next(Needs.Length)];
                    var decision = random.NextDouble() < 0.8 ? HardshipDecision.Granted : HardshipDecision.Declined;
                    db.HardshipRequests.Add(new HardshipRequest(Guid.CreateVersion7(), clients[i], need.Need, need.Detail, decision,
                        contactCentre[random.Next(contactCentre.Count)], now.AddDays(-random.Next(1, 360)).AddMinutes(-random.Next(0, 600))));
                    added++;
                }

                if (i == 1 && queue is not null)
                {
                    var referredAt = now.AddHours(-random.Next(2, 30));
                    db.WorkQueueTasks.Add(new WorkQueueTask(
                        WorkQueueTaskId.New(), queue, clients[i],
                        $"{HighHardship.ReferralNote} ({count} hardship requests in the last year). Mostly food; asked about budgeting help.",
                        TaskOrigin.HighHardship, contactCentre[0], referredAt, null));
                }
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return added;
    }
}
