using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Filters;

namespace Tautoko.Web.Features.Caseloads;

/// <summary>
/// the only way places on a caseload are taken or given back. Each call is one guarded UPDATE in the
/// caller's transaction — <c>SET Filled = Filled + n WHERE StaffId = @id AND Filled + n &lt;= Capacity</c> —
/// so the database row lock serialises connectors on any number of web nodes, and the CHECK constraint
/// (Filled &lt;= Capacity) refuses anything that slips past. Zero rows updated means the caseload is full.
/// </summary>
public static class CapacityGuard
{
    public static async Task<bool> TryTakeAsync(TautokoDbContext db, StaffId caseManager, int places, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(places, 1);

        // whānau supported alongside ICS clients take places too while national office's setting says so.
        var whanauCount = await CaseloadRoom.WhanauCountAsync(db, ct);
        var updated = await db.Caseloads
            .Where(c => c.StaffId == caseManager)
            .WithRoomFor(db, places, whanauCount)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Filled, c => c.Filled + places).SetProperty(c => c.UpdatedAt, at), ct);
        return updated == 1;
    }

    /// <summary>A client left: one place back; a caseload over a lowered target shrinks towards it instead of refilling.</summary>
    public static async Task ReleaseAsync(TautokoDbContext db, StaffId caseManager, DateTimeOffset at, CancellationToken ct)
    {
        var updated = await db.Caseloads
            .Where(c => c.StaffId == caseManager && c.Filled > 0)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Filled, c => c.Filled - 1)
                    .SetProperty(c => c.Capacity, c => c.Filled - 1 > c.TargetCapacity ? c.Filled - 1 : c.TargetCapacity)
                    .SetProperty(c => c.UpdatedAt, at),
                ct);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Caseload {caseManager} has no place to give back.");
        }
    }

    /// <summary>National office changed a service's size: every caseload of it follows, never below its present fill.</summary>
    public static Task<int> ResizeAsync(TautokoDbContext db, StaffId caseManager, int target, DateTimeOffset at, CancellationToken ct) =>
        db.Caseloads
            .Where(c => c.StaffId == caseManager)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.TargetCapacity, target)
                    .SetProperty(c => c.Capacity, c => c.Filled > target ? c.Filled : target)
                    .SetProperty(c => c.UpdatedAt, at),
                ct);

    public static string FullMessage(int capacity) =>
        $"The caseload is full ({capacity.ToString(System.Globalization.CultureInfo.InvariantCulture)} places): caseloads are never over capacity (R-014).";

    public static DomainError Full { get; } = new("R-014", "The caseload is full: a caseload is never over its capacity (R-014).");
}
