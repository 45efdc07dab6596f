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
    /// The name of a running trial that protects one of these placements' clients from its service, or null when none
    /// does. Only services with a running trial are asked (one query each), so a national proposal's apply stays cheap.
    /// </summary>
    public static async Task<string?> ProtectingAnyAsync(TautokoDbContext db, IReadOnlyCollection<(ClientId Client, CaseManagementService Service)> placements, DateOnly today, CancellationToken ct)
    {
        foreach (var service in placements.Select(p => p.Service).Distinct())
        {
            if (!await db.Trials.AnyAsync(t => t.Service == service && t.RandomisedAt != null && t.EndsOn >= today, ct))
            {
                continue;
            }

            var clients = placements.Where(p => p.Service == service).Select(p => p.Client).ToList();
            var trial = await (
                    from a in db.TrialAssignments.AsNoTracking()
                    join t in db.Trials on a.TrialId equals t.Id
                    where clients.Contains(a.ClientId) && a.Arm == TrialArm.Control && t.Service == service && t.RandomisedAt != null && t.EndsOn >= today
                    orderby t.SelectionDate
                    select t.Name)
                .FirstOrDefaultAsync(ct);
            if (trial is not null)
            {
                return trial;
            }
        }

        return null;
    }
}
