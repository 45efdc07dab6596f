using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Measures;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Measures;

/// <summary>One client's part in a measure: the record it came from, its day, and whether it met the measure.</summary>
public sealed record MeasureClientRow(Guid ClientId, string ClientNumber, string ClientName, DateOnly Day, Guid SiteId, Guid StaffId, Guid SourceId, int Numerator, int Denominator);

/// <summary>The clients behind a measure's number: how many records counted, how many are listed, how many were withheld (restricted).</summary>
public sealed record MeasureClientsView(string Measure, string Name, string Level, Guid? Id, DateOnly From, DateOnly To, int Counted, int Withheld, bool Truncated, IReadOnlyList<MeasureClientRow> Clients);

/// <summary>
/// The drill-down: the clients whose records make up a measure for a scope and period, from the same contributions the
/// daily facts are summed from. The scope is checked as for the measures (role and site); restricted clients are listed
/// only to those who may open them (R-122: national office, remote client services, the manager of the client's home
/// site) and otherwise counted as withheld; every client listed is audited, one row each.
/// </summary>
public sealed class MeasureClientsHandler(TautokoDbContext db, MeasureScopes scopes, CurrentStaff staff, AuditLog audit)
{
    public const int MaxRows = 500;

    public async Task<Outcome<MeasureClientsView>> ListAsync(string measure, string? level, Guid? id, DateOnly? from, DateOnly? to, bool metOnly, CancellationToken ct)
    {
        if (MeasureCatalogue.Find(measure) is not { } definition)
        {
            return Failure.NotFound($"There is no measure \"{measure}\".", "Measure not found");
        }

        var resolved = await scopes.ResolveAsync(level, id, from, to, ct);
        if (resolved.Failure is { } failure)
        {
            return failure;
        }

        var scope = resolved.Value;
        var rows = db.MeasureContributions.AsNoTracking().Where(c => c.Measure == measure && c.Day >= scope.From && c.Day <= scope.To);
        if (scope.StaffId is { } staffId)
        {
            rows = rows.Where(c => c.StaffId == staffId);
        }
        else if (scope.Sites is { } sites)
        {
            rows = rows.Where(c => sites.Contains(c.SiteId));
        }

        if (metOnly)
        {
            rows = rows.Where(c => c.Numerator > 0);
        }

        var viewer = staff.Viewer;
        var seesAllRestricted = viewer.Role == StaffRole.NationalOffice
            || (viewer.Role == StaffRole.CaseManager && viewer.Variant == CaseManagerVariant.RemoteClientServices);
        var ownSite = viewer.Role == StaffRole.ServiceCentreManager ? viewer.SiteId : new SiteId(Guid.Empty);
        var joined = rows.Join(db.Clients.AsNoTracking(), c => c.ClientId, k => k.Id, (c, k) => new
        {
            c.ClientId, k.ClientNumber, k.FirstName, k.LastName, k.IsRestricted, k.HomeSiteId, c.Day, c.SiteId, c.StaffId, c.SourceId, c.Numerator, c.Denominator,
        });
        var visible = seesAllRestricted ? joined : joined.Where(r => !r.IsRestricted || r.HomeSiteId == ownSite);
        var counted = await joined.CountAsync(ct);
        var listed = await visible.OrderBy(r => r.Day).ThenBy(r => r.ClientNumber).ThenBy(r => r.SourceId).Take(MaxRows + 1).ToListAsync(ct);
        var truncated = listed.Count > MaxRows;
        if (truncated)
        {
            listed.RemoveAt(MaxRows);
        }

        var withheld = seesAllRestricted ? 0 : await joined.CountAsync(r => r.IsRestricted && r.HomeSiteId != ownSite, ct);
        foreach (var client in listed.Select(r => r.ClientId).Distinct())
        {
            audit.Add(AuditAction.Read, "MeasureDrillDown", measure, client, $"Listed behind the measure {definition.Name} ({scope.Level.ToString().ToLowerInvariant()} {scope.Name}, {scope.From:yyyy-MM-dd} to {scope.To:yyyy-MM-dd})");
        }

        await db.SaveChangesAsync(ct);
        return new MeasureClientsView(measure, definition.Name, scope.Level.ToString().ToLowerInvariant(), scope.Id, scope.From, scope.To, counted, withheld, truncated,
            listed.Select(r => new MeasureClientRow(r.ClientId.Value, r.ClientNumber, $"{r.FirstName} {r.LastName}", r.Day, r.SiteId.Value, r.StaffId.Value, r.SourceId, r.Numerator, r.Denominator)).ToList());
    }
}
