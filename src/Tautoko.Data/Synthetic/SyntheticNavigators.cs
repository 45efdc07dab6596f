using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Navigators;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Navigators for the demo (seed 004 §2.4): every Navigator gets a contract with a synthetic NGO provider and the first ICS
/// case manager at their site, and that case manager links a few of their ICS clients (well under about 15, so the warning
/// is not on from the start). The provider names are invented for the demo; the seed names none.
/// </summary>
public static class SyntheticNavigators
{
    /// <summary>Synthetic NGO providers (invented; seed 004 says MSD contracted four NGO providers and names none).</summary>
    public static readonly string[] Providers = ["Te Ara Hou Trust (synthetic)", "Whānau Pathways (synthetic)", "Community Link Aotearoa (synthetic)", "Puna Oranga Services (synthetic)"];

    public const int LinkedPerNavigator = 6;

    public static async Task<int> SeedAsync(TautokoDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.NavigatorContracts.AnyAsync(ct))
        {
            return 0;
        }

        var navigators = await db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.Navigator && s.IsActive).OrderBy(s => s.StaffNumber).ToListAsync(ct);
        var recorder = await db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.NationalOffice).OrderBy(s => s.StaffNumber).Select(s => (Core.Common.StaffId?)s.Id).FirstOrDefaultAsync(ct);
        if (recorder is null)
        {
            return 0;
        }

        var linked = 0;
        for (var i = 0; i < navigators.Count; i++)
        {
            var navigator = navigators[i];
            var icsm = await db.Staff.AsNoTracking().Where(s => s.SiteId == navigator.SiteId && s.Role == StaffRole.IntensiveClientSupportManager && s.IsActive)
                .OrderBy(s => s.StaffNumber).Select(s => (Core.Common.StaffId?)s.Id).FirstOrDefaultAsync(ct);
            if (icsm is not { } caseManager)
            {
                continue;
            }

            db.NavigatorContracts.Add(new NavigatorContract(DeterministicIdsFor(navigator.Id.Value, 1), navigator.Id, Providers[i % Providers.Length], caseManager, navigator.SiteId, recorder.Value, now));
            var clients = await db.Placements.AsNoTracking()
                .Where(p => p.CaseManagerId == caseManager && p.EndedAt == null && p.Service == CaseManagementService.IntensiveClientSupport)
                .OrderBy(p => p.ClientId).Select(p => p.ClientId).Take(LinkedPerNavigator).ToListAsync(ct);
            foreach (var client in clients)
            {
                db.NavigatorClientLinks.Add(new NavigatorClientLink(DeterministicIdsFor(client.Value, 2), navigator.Id, caseManager, client, caseManager, now));
                linked++;
            }
        }

        await db.SaveChangesAsync(ct);
        return linked;
    }

    private static Guid DeterministicIdsFor(Guid from, byte salt)
    {
        var bytes = from.ToByteArray();
        bytes[0] ^= salt;
        bytes[15] ^= (byte)(salt * 31);
        return new Guid(bytes);
    }
}
