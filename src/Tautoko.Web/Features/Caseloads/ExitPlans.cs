using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads;

/// <summary>
/// what an exit or a move does to the client's open Individual Employment Plan, in the caller's unit of work:
/// exiting to no further service closes its open activities and the plan; moving to another service or case manager
/// hands the plan over with its activities still open.
/// </summary>
public static class ExitPlans
{
    /// <summary>How many activities of the client's open plan are open (0 when there is no open plan).</summary>
    public static Task<int> OpenActivitiesAsync(TautokoDbContext db, ClientId clientId, CancellationToken ct) =>
        db.PlanActivities.AsNoTracking()
            .Where(a => a.Status == PlanActivityStatus.Open)
            .Join(db.IndividualEmploymentPlans.Where(p => p.ClientId == clientId && p.ClosedAt == null), a => a.PlanId, p => p.Id, (a, _) => a.Id)
            .CountAsync(ct);

    /// <summary>Closes the open plan at an exit; returns how many activities were closed, or null when there was no open plan.</summary>
    public static async Task<int?> CloseAsync(TautokoDbContext db, AuditLog audit, ClientId clientId, string exitReason, StaffId by, DateOnly on, DateTimeOffset at, bool viaBreakGlass, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(db, clientId, ct);
        if (plan is null)
        {
            return null;
        }

        var closed = plan.CloseAtExit(exitReason, by, on, at);
        audit.Add(AuditAction.Update, "IndividualEmploymentPlan", plan.Id.ToString(), clientId, $"IEP closed at exit with {closed} open activities closed (R-026)", viaBreakGlass);
        return closed;
    }

    /// <summary>Hands the open plan over to the new service or case manager; returns its open activities, or null when there was no open plan.</summary>
    public static async Task<int?> HandOverAsync(TautokoDbContext db, AuditLog audit, ClientId clientId, string to, StaffId by, DateTimeOffset at, bool viaBreakGlass, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(db, clientId, ct);
        if (plan is null)
        {
            return null;
        }

        plan.HandOver(to, by, at);
        audit.Add(AuditAction.Update, "IndividualEmploymentPlan", plan.Id.ToString(), clientId, $"IEP handed over to {to} with {plan.OpenActivities} open activities (R-026)", viaBreakGlass);
        return plan.OpenActivities;
    }

    /// <summary>Someone changed the plan between the checklist's count and the save: the exit is refused, nothing is saved.</summary>
    public static Failure Changed(TautokoDbContext db)
    {
        db.ChangeTracker.Clear();
        return Failure.Conflict(new DomainError("R-026", "Someone changed the client's Individual Employment Plan just now: read the checklist again."), "Plan changed");
    }

    private static Task<IndividualEmploymentPlan?> OpenPlanAsync(TautokoDbContext db, ClientId clientId, CancellationToken ct) =>
        db.IndividualEmploymentPlans.Include(p => p.Activities).SingleOrDefaultAsync(p => p.ClientId == clientId && p.ClosedAt == null, ct);
}
