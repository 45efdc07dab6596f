using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;

namespace Tautoko.Data;

/// <summary>Lets slot materialising on several nodes take turns per case manager.</summary>
public static class SlotMaterialisingLock
{
    /// <summary>
    /// Call inside the transaction that re-plans the case manager's slots. On PostgreSQL this takes a transaction-scoped
    /// advisory lock on the case manager, released when the transaction ends; SQLite has one writer anyway, so it takes
    /// nothing.
    /// </summary>
    public static async Task LockForSlotMaterialisingAsync(this TautokoDbContext db, StaffId caseManager, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            var key = BitConverter.ToInt64(caseManager.Value.ToByteArray(), 0);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
        }
    }
}
