using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.BreakGlass;

public sealed record BreakGlassInput([Required] string? Reason);

public sealed record BreakGlassGranted(Guid GrantId, DateTimeOffset ExpiresAt);

public sealed record BreakGlassReportRow(Guid Id, DateTimeOffset At, string StaffName, string StaffRole, string StaffSite, Guid ClientId, string ClientNumber, string ClientName, string Reason, DateTimeOffset? ReviewedAt);

/// <summary>
/// Break-glass: a named role opens a client outside their scope by stating a reason. The grant is
/// recorded, audited and reported to the manager of the client's home site.
/// </summary>
public sealed class BreakGlassHandler(TautokoDbContext db, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<BreakGlassGranted>> GrantAsync(ClientId id, BreakGlassInput input, CancellationToken ct)
    {
        var client = await (
                from c in db.Clients.AsNoTracking()
                join s in db.Sites on c.HomeSiteId equals s.Id
                where c.Id == id
                select new { c.HomeSiteId, s.RegionId, c.IsRestricted })
            .SingleOrDefaultAsync(ct);
        if (client is null)
        {
            return ClientFailures.Missing(id);
        }

        var decision = ClientAccessPolicy.Decide(staff.Viewer, new ClientScope(client.HomeSiteId, client.RegionId, client.IsRestricted), ClientOperation.Read, false);
        if (decision.Allowed)
        {
            return Failure.Refused(AccessDecision.Refuse("break-glass", "You can already open this record; break-glass is only for records outside your scope."), id.Value);
        }

        if (!decision.CanBreakGlass)
        {
            return Failure.Refused(decision, id.Value);
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length < 10)
        {
            return Failure.Invalid("reason", "State the reason for opening this record (at least 10 characters).");
        }

        var grant = new Core.Audit.BreakGlassAccess(Guid.CreateVersion7(), staff.Id, id, client.HomeSiteId, input.Reason, clock.GetUtcNow());
        db.BreakGlassAccesses.Add(grant);
        audit.Add(AuditAction.BreakGlass, "Client", id.ToString(), id, grant.Reason, viaBreakGlass: true);
        await db.SaveChangesAsync(ct);
        return new BreakGlassGranted(grant.Id, grant.ExpiresAt);
    }

    /// <summary>Break-glass openings of the manager's site's clients (national office: every site), newest first.</summary>
    public async Task<IReadOnlyList<BreakGlassReportRow>> ReportAsync(bool unreviewedOnly, CancellationToken ct)
    {
        var query = db.BreakGlassAccesses.AsNoTracking().AsQueryable();
        if (staff.Role != StaffRole.NationalOffice)
        {
            var site = staff.SiteId;
            query = query.Where(b => b.ClientHomeSiteId == site);
        }

        if (unreviewedOnly)
        {
            query = query.Where(b => b.ReviewedAt == null);
        }

        var rows = await (
                from b in query
                join s in db.Staff on b.StaffId equals s.Id
                join ss in db.Sites on s.SiteId equals ss.Id
                join c in db.Clients on b.ClientId equals c.Id
                orderby b.At descending
                select new { b, s.FirstName, s.LastName, s.Role, Site = ss.Name, c.ClientNumber, ClientFirst = c.FirstName, ClientLast = c.LastName })
            .Take(500)
            .ToListAsync(ct);
        // the report names clients, so reading it is audited.
        await audit.RecordAsync(AuditAction.Read, "BreakGlassReport", staff.SiteId.ToString(), null, $"Break-glass report: {rows.Count} grants", false, ct);
        return [.. rows.Select(r => new BreakGlassReportRow(r.b.Id, r.b.At, r.FirstName + " " + r.LastName, r.Role.DisplayName(), r.Site, r.b.ClientId.Value, Core.Clients.ClientNumbers.Format(r.ClientNumber), r.ClientFirst + " " + r.ClientLast, r.b.Reason, r.b.ReviewedAt))];
    }

    /// <summary>How many openings of the manager's clients wait for review (shown on their start page).</summary>
    public Task<int> UnreviewedCountAsync(CancellationToken ct)
    {
        var query = db.BreakGlassAccesses.AsNoTracking().Where(b => b.ReviewedAt == null);
        if (staff.Role != StaffRole.NationalOffice)
        {
            var site = staff.SiteId;
            query = query.Where(b => b.ClientHomeSiteId == site);
        }

        return query.CountAsync(ct);
    }

    public async Task<bool> MarkReviewedAsync(Guid grantId, CancellationToken ct)
    {
        var grant = await db.BreakGlassAccesses.SingleOrDefaultAsync(b => b.Id == grantId, ct);
        if (grant is null || (staff.Role != StaffRole.NationalOffice && grant.ClientHomeSiteId != staff.SiteId))
        {
            return false;
        }

        grant.MarkReviewed(staff.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
