using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;

namespace Tautoko.Data.Filters;

/// <summary>
/// the clients in the control group of a running trial of a service (randomised, on or before its last day).
/// Every placement path into that service asks here — direct placement and the caseload port, transfers, the national
/// assignment's proposal and its accept — so they cannot drift apart.
/// </summary>
public static class TrialControls
{
    /// <summary>The control clients of trials of <paramref name="service"/> running on <paramref name="today"/>.</summary>
    public static IQueryable<ClientId> Protected(TautokoDbContext db, CaseManagementService service, DateOnly today) =>
        from a in db.TrialAssignments
        join t in db.Trials on a.TrialId equals t.Id
        where a.Arm == TrialArm.Control && t.Service == service && t.RandomisedAt != null && t.EndsOn >= today
        select a.ClientId;

    /// <summary>The name of the running trial that protects this client from the service, or null when none does.</summary>
    public static Task<string?> ProtectingTrialAsync(TautokoDbContext db, ClientId client, CaseManagementService service, DateOnly today, CancellationToken ct) => (
            from a in db.TrialAssignments.AsNoTracking()
            join t in db.Trials on a.TrialId equals t.Id
            where a.ClientId == client && a.Arm == TrialArm.Control && t.Service == service && t.RandomisedAt != null && t.EndsOn >= today
            orderby t.SelectionDate
            select t.Name)
        .FirstOrDefaultAsync(ct);

    /// <summary>
    /// The first of <paramref name="clients"/> that a running trial of <paramref name="service"/> protects, with the
    /// trial's name; null when none is protected (one query, however many clients).
    /// </summary>
    public static async Task<(ClientId Client, string Trial)?> FirstProtectedAsync(TautokoDbContext db, IReadOnlyCollection<ClientId> clients, CaseManagementService service, DateOnly today, CancellationToken ct)
    {
        var hit = await (
                from a in db.TrialAssignments.AsNoTracking()
                join t in db.Trials on a.TrialId equals t.Id
                where clients.Contains(a.ClientId) && a.Arm == TrialArm.Control && t.Service == service && t.RandomisedAt != null && t.EndsOn >= today
                orderby t.SelectionDate, a.Sequence
                select new { a.ClientId, t.Name })
            .FirstOrDefaultAsync(ct);
        return hit is null ? null : (hit.ClientId, hit.Name);
    }
}
