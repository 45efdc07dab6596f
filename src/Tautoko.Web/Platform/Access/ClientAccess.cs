using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Platform;

/// <summary>The outcome of asking to act on a client: allowed (and whether by break-glass), refused with the rule, or no such client.</summary>
public sealed record ClientAccessResult(bool Found, AccessDecision Decision, bool ViaBreakGlass)
{
    public bool Allowed => Found && Decision.Allowed;

    /// <summary>Why the person may not act on client <paramref name="id"/> (404 no such client, 403 refused), or null when they may.</summary>
    public Failure? Refusal(ClientId id) =>
        !Found ? ClientFailures.Missing(id)
        : !Decision.Allowed ? Failure.Refused(Decision, id.Value)
        : null;
}

/// <summary>The failures every use case about one client shares.</summary>
public static class ClientFailures
{
    public static Failure Missing(ClientId id) => Failure.NotFound($"There is no client {id.Value}.", "Client not found");
}

/// <summary>Applies <see cref="ClientAccessPolicy"/> to a client for the signed-in staff member and audits refusals.</summary>
public sealed class ClientAccess(TautokoDbContext db, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    public Task<ClientAccessResult> CheckAsync(ClientId clientId, ClientOperation operation, CancellationToken ct) =>
        CheckAsync(clientId, operation, workGrantsScope: false, ct);

    /// <summary>
    /// As <see cref="CheckAsync(ClientId, ClientOperation, CancellationToken)"/>; <paramref name="workGrantsScope"/> says the
    /// person's own work (a task in their site's queue) puts the client in their scope, as the open door does.
    /// Restricted records and role limits still apply.
    /// </summary>
    public async Task<ClientAccessResult> CheckAsync(ClientId clientId, ClientOperation operation, bool workGrantsScope, CancellationToken ct)
    {
        var scope = await (
                from c in db.Clients.AsNoTracking()
                join s in db.Sites on c.HomeSiteId equals s.Id
                where c.Id == clientId
                select new { c.HomeSiteId, s.RegionId, c.IsRestricted })
            .SingleOrDefaultAsync(ct);
        if (scope is null)
        {
            return new ClientAccessResult(false, AccessDecision.Refuse("not-found", "There is no client with that id."), false);
        }

        var clientScope = new ClientScope(scope.HomeSiteId, scope.RegionId, scope.IsRestricted, await IsLinkedNavigatorAsync(clientId, ct));
        var breakGlass = !ClientAccessPolicy.InScope(staff.Viewer, clientScope) && !workGrantsScope && await HasBreakGlassAsync(clientId, ct);
        return await DecideAsync(clientId, clientScope, breakGlass, workGrantsScope, operation, ct);
    }

    /// <summary>
    /// As <see cref="CheckAsync(ClientId, ClientOperation, CancellationToken)"/> on facts a hot path has read in its own
    /// query (the client's scope and whether the signed-in person holds an open break-glass grant, <see cref="OpenBreakGlass"/>),
    /// so it needs no round trip of its own when access is allowed. Refusals are audited the same way.
    /// </summary>
    public Task<ClientAccessResult> CheckAsync(ClientId clientId, ClientScope scope, bool holdsBreakGlass, ClientOperation operation, CancellationToken ct)
    {
        var breakGlass = holdsBreakGlass && !ClientAccessPolicy.InScope(staff.Viewer, scope);
        return DecideAsync(clientId, scope, breakGlass, workGrantsScope: false, operation, ct);
    }

    /// <summary>Open break-glass grants of the signed-in person, to read beside other facts in one query.</summary>
    public IQueryable<BreakGlassAccess> OpenBreakGlass()
    {
        var now = clock.GetUtcNow();
        var me = staff.Id;
        return db.BreakGlassAccesses.AsNoTracking().HeldBy(me, now);
    }

    private async Task<ClientAccessResult> DecideAsync(ClientId clientId, ClientScope scope, bool breakGlass, bool workGrantsScope, ClientOperation operation, CancellationToken ct)
    {
        var decision = ClientAccessPolicy.Decide(staff.Viewer, scope, operation, breakGlass || workGrantsScope);
        if (!decision.Allowed)
        {
            await audit.RecordAsync(AuditAction.AccessRefused, "Client", clientId.ToString(), clientId, $"{operation}: {decision.Rule}", false, ct);
        }

        return new ClientAccessResult(true, decision, decision.Allowed && breakGlass);
    }

    /// <summary>Whether the signed-in person is a Navigator the client is linked to (always false for other roles).</summary>
    public Task<bool> IsLinkedNavigatorAsync(ClientId clientId, CancellationToken ct) =>
        staff.Viewer.Role == Core.Staff.StaffRole.Navigator
            ? db.NavigatorClientLinks.AsNoTracking().OpenFor(staff.Id).AnyAsync(l => l.ClientId == clientId, ct)
            : Task.FromResult(false);

    /// <summary>The clients linked to the signed-in Navigator (none for other roles), to read beside other facts in one query.</summary>
    public IQueryable<Core.Navigators.NavigatorClientLink> LinkedToMe() =>
        db.NavigatorClientLinks.AsNoTracking().OpenFor(staff.Viewer.Role == Core.Staff.StaffRole.Navigator ? staff.Id : new StaffId(Guid.Empty));

    public Task<bool> HasBreakGlassAsync(ClientId clientId, CancellationToken ct) =>
        OpenBreakGlass().AnyAsync(b => b.ClientId == clientId, ct);
}
