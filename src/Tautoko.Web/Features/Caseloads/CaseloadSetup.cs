using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Staff;
using Tautoko.Data;

namespace Tautoko.Web.Features.Caseloads;

/// <summary>Every active case manager has a caseload row (the capacity guard); new case managers get one at start-up.</summary>
public static class CaseloadSetup
{
    public static async Task<int> EnsureAsync(TautokoDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var have = await db.Caseloads.Select(c => c.StaffId).ToListAsync(ct);
        var present = have.ToHashSet();
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && (s.Role == StaffRole.CaseManager || s.Role == StaffRole.EmploymentCaseManager || s.Role == StaffRole.IntensiveClientSupportManager))
            .ToListAsync(ct);
        var sizes = await db.ServiceCapacities.AsNoTracking().ToDictionaryAsync(s => s.Service, s => s.PerCaseManager, ct);
        var added = 0;
        foreach (var member in staff.Where(s => !present.Contains(s.Id)))
        {
            if (CaseManagementServices.DefaultFor(member.Role, member.Variant) is not { } service)
            {
                continue;
            }

            var perCaseManager = sizes.TryGetValue(service, out var size) ? size : service.DefaultCapacity();
            db.Caseloads.Add(new Caseload(member.Id, member.SiteId, service, ServiceCapacity.ForCaseManager(perCaseManager, member.Fte), clock.GetUtcNow()));
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return added;
    }
}
