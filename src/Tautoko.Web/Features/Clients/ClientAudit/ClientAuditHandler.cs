using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.ClientAudit;

public sealed record AuditRow(long Id, DateTimeOffset At, string Who, string? Role, string Action, string Entity, string? Detail, string? From, bool ViaBreakGlass);

public sealed record ClientAuditView(Guid ClientId, string ClientNumber, string ClientName, Paged<AuditRow> Rows);

/// <summary>Who looked at or changed a client: for the manager of the client's site and national office.</summary>
public sealed class ClientAuditHandler(TautokoDbContext db, ClientAccess access, AuditLog audit)
{
    public async Task<Outcome<ClientAuditView>> HandleAsync(ClientId id, PageRequest page, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.ViewAudit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        await audit.RecordAsync(AuditAction.Read, "AuditTrail", id.ToString(), id, $"Audit trail page {page.Page}", check.ViaBreakGlass, ct);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.ClientNumber, c.FirstName, c.LastName }).SingleAsync(ct);
        var query =
            from a in db.AuditEntries.AsNoTracking()
            where a.ClientId == id
            join s in db.Staff on a.StaffId equals s.Id into who
            from s in who.DefaultIfEmpty()
            orderby a.Id descending
            select new { a, Name = s == null ? null : s.FirstName + " " + s.LastName, Role = s == null ? (Core.Staff.StaffRole?)null : s.Role };
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var items = rows.Select(r => new AuditRow(r.a.Id, r.a.At, r.Name ?? r.a.UserName, r.Role?.ToString(), r.a.Action.ToString(), r.a.Entity, r.a.Detail, r.a.RemoteAddress, r.a.ViaBreakGlass)).ToList();
        return Outcome.Done(new ClientAuditView(id.Value, Core.Clients.ClientNumbers.Format(client.ClientNumber), client.FirstName + " " + client.LastName, new Paged<AuditRow>(items, page.Page, page.PageSize, total)));
    }
}
