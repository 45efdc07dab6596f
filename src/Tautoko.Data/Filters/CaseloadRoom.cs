using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Navigators;

namespace Tautoko.Data.Filters;

/// <summary>
/// R-014 with R-118: the room on a caseload. Its clients take places (<see cref="Caseload.Filled"/>); on an Intensive Client
/// Support caseload, while national office's setting says so, the whānau members supported alongside its clients take places
/// too. One expression, shared by the placements' capacity guard and the whānau record, so they cannot drift apart.
/// </summary>
public static class CaseloadRoom
{
    /// <summary>Whether whānau count in the ICS caseload (R-118: off until national office turns it on).</summary>
    public static async Task<bool> WhanauCountAsync(TautokoDbContext db, CancellationToken ct) =>
        await db.IcsSettings.AsNoTracking().Where(s => s.Id == IcsSettings.SingletonId).Select(s => (bool?)s.WhanauCountInCaseload).SingleOrDefaultAsync(ct) ?? false;

    /// <summary>The caseloads among <paramref name="caseloads"/> with room for <paramref name="places"/> more.</summary>
    public static IQueryable<Caseload> WithRoomFor(this IQueryable<Caseload> caseloads, TautokoDbContext db, int places, bool whanauCount)
    {
        if (!whanauCount)
        {
            return caseloads.Where(c => c.Filled + places <= c.Capacity);
        }

        return caseloads.Where(c => c.Filled + places
            + (c.Service == CaseManagementService.IntensiveClientSupport
                ? db.WhanauMembers.Count(w => w.EndedAt == null && db.Placements.Any(p => p.ClientId == w.ClientId && p.CaseManagerId == c.StaffId && p.EndedAt == null))
                : 0)
            <= c.Capacity);
    }

    /// <summary>The whānau members supported alongside the clients on <paramref name="caseManager"/>'s caseload.</summary>
    public static Task<int> WhanauOnCaseloadAsync(TautokoDbContext db, StaffId caseManager, CancellationToken ct) =>
        db.WhanauMembers.AsNoTracking().CountAsync(w => w.EndedAt == null && db.Placements.Any(p => p.ClientId == w.ClientId && p.CaseManagerId == caseManager && p.EndedAt == null), ct);
}
