using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads;

public sealed record ServiceCapacityView(CaseManagementService Service, string ShortName, string Name, int PerCaseManager, int SeedDefault, int CaseManagers, int Capacity, int Filled, DateTimeOffset UpdatedAt, string? UpdatedBy, int Version);

public sealed record ServiceCapacityInput([Required] int? PerCaseManager, [Required] int? Version);

/// <summary>National office sets each service's caseload size (R-010–R-013 are the seeds' figures); caseloads follow.</summary>
public sealed class ServiceCapacityHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ServiceCapacityView>> ListAsync(CancellationToken ct)
    {
        var services = await db.ServiceCapacities.AsNoTracking().ToListAsync(ct);
        var sums = await db.Caseloads.GroupBy(c => c.Service).Select(g => new { g.Key, Count = g.Count(), Capacity = g.Sum(c => c.Capacity), Filled = g.Sum(c => c.Filled) }).ToListAsync(ct);
        var updaters = services.Select(s => s.UpdatedById).OfType<StaffId>().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => updaters.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
        return [.. services.OrderBy(s => s.Service).Select(s =>
        {
            var sum = sums.FirstOrDefault(x => x.Key == s.Service);
            return new ServiceCapacityView(s.Service, s.Service.ShortName(), s.Service.DisplayName(), s.PerCaseManager, s.Service.DefaultCapacity(), sum?.Count ?? 0, sum?.Capacity ?? 0, sum?.Filled ?? 0, s.UpdatedAt, s.UpdatedById is { } u ? names.GetValueOrDefault(u) : null, s.Version);
        })];
    }

    public async Task<Outcome<Changed>> ChangeAsync(CaseManagementService service, ServiceCapacityInput input, CancellationToken ct)
    {
        if (!CaseloadScope.MaySetNationalPolicy(me.Viewer))
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "National office sets caseload sizes."));
        }

        var problems = new Dictionary<string, string[]>();
        if (input.PerCaseManager is not { } size || size is < 1 or > ServiceCapacity.Maximum)
        {
            problems["perCaseManager"] = [$"A caseload holds between 1 and {ServiceCapacity.Maximum} clients."];
            size = 0;
        }

        if (input.Version is not { } version)
        {
            problems["version"] = ["Give the version of the size you read (GET /api/caseloads/services), so a change made meanwhile is not overwritten."];
            version = 0;
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var setting = await db.ServiceCapacities.SingleAsync(s => s.Service == service, ct);
        if (version != setting.Version)
        {
            return CaseloadFailures.Conflict(new DomainError("concurrency", "Someone else changed this size meanwhile; reload and try again."));
        }

        var now = clock.GetUtcNow();
        var before = setting.PerCaseManager;
        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        setting.Change(size, me.Id, now);
        audit.Add(AuditAction.Update, "ServiceCapacity", service.ToString(), null, $"{service.ShortName()} caseload per case manager {before} → {size}");
        await db.SaveChangesAsync(ct);

        // Each caseload follows, scaled by the case manager's FTE, never dropping below its present fill.
        var caseloads = await (from c in db.Caseloads.AsNoTracking() join s in db.Staff on c.StaffId equals s.Id where c.Service == service select new { c.StaffId, s.Fte }).ToListAsync(ct);
        foreach (var caseload in caseloads)
        {
            await CapacityGuard.ResizeAsync(db, caseload.StaffId, ServiceCapacity.ForCaseManager(size, caseload.Fte), now, ct);
        }

        await transaction.CommitAsync(ct);
        return new Changed(Guid.Empty, $"{service.ShortName()} caseloads are now {size} per full-time case manager ({caseloads.Count} caseloads resized).");
    }
}
