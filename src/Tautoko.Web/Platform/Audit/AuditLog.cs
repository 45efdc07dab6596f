using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;

namespace Tautoko.Web.Platform;

/// <summary>
/// an audit row for every read and every change of a client record. Rows for changes are
/// added to the same unit of work as the change, so both commit or neither does.
/// </summary>
public sealed class AuditLog(TautokoDbContext db, CurrentStaff staff, TimeProvider clock, ILogger<AuditLog> logger)
{
    /// <summary>Audit rows this request (this scope) has added, so the platform can tell whether a read was audited.</summary>
    public int RowsAdded { get; private set; }

    /// <summary>Adds an audit row to the pending unit of work (saved with the change it records).</summary>
    public void Add(AuditAction action, string entity, string? entityId, ClientId? clientId, string? detail = null, bool viaBreakGlass = false) =>
        Add(Actor.From(staff), action, entity, entityId, clientId, detail, viaBreakGlass);

    /// <summary>
    /// Adds an audit row for <paramref name="actor"/> to the pending unit of work: for work done on someone's behalf
    /// without a signed-in user (an operator named on the command line).
    /// </summary>
    public void Add(Actor actor, AuditAction action, string entity, string? entityId, ClientId? clientId, string? detail = null, bool viaBreakGlass = false)
    {
        var entry = new AuditEntry(
            clock.GetUtcNow(),
            actor.StaffId,
            actor.UserName,
            action,
            entity,
            TextLimits.Clip(entityId, AuditEntry.MaxEntityIdLength),
            clientId,
            TextLimits.Clip(detail, AuditEntry.MaxDetailLength),
            actor.RemoteAddress,
            viaBreakGlass);
        db.AuditEntries.Add(entry);
        RowsAdded++;
    }

    /// <summary>
    /// Records a read (or a refusal) and saves it at once, in one round trip (on PostgreSQL a plain insert without EF Core's
    /// save pipeline when nothing else is pending: every audited read pays for it, bench <c>overview-load</c>).
    /// </summary>
    public async Task RecordAsync(AuditAction action, string entity, string? entityId, ClientId? clientId, string? detail, bool viaBreakGlass, CancellationToken ct)
    {
        Add(action, entity, entityId, clientId, detail, viaBreakGlass);
        await db.SaveInOneRoundTripAsync(ct);
        logger.LogInformation("Audit {Action} {Entity} {EntityId} by {StaffId}", action, entity, entityId, staff.IsSignedIn ? staff.Id.Value : Guid.Empty);
    }
}
