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
    /// <summary>The name of the running trial that protects this client from the service, or null when none does.</summary>
    public static Task<string?> ProtectingTrialAsync(TautokoDbContext db, ClientId client, CaseManagementService service, DateOnly today, CancellationToken ct) =>
        Protections(db, service, today).Where(p => p.ClientId == client).OrderBy(p => p.SelectionDate).Select(p => p.Trial).FirstOrDefaultAsync(ct);

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
            var trial = await Protections(db, service, today).Where(p => clients.Contains(p.ClientId)).OrderBy(p => p.SelectionDate).Select(p => p.Trial).FirstOrDefaultAsync(ct);
            if (trial is not null)
            {
                return trial;
            }
        }

        return null;
    }

    /// <summary>Each control client of a trial of <paramref name="service"/> running on <paramref name="today"/> (randomised, not ended), with the trial.</summary>
    private static IQueryable<Protection> Protections(TautokoDbContext db, CaseManagementService service, DateOnly today) =>
        from a in db.TrialAssignments.AsNoTracking()
        join t in db.Trials on a.TrialId equals t.Id
        where a.Arm == TrialArm.Control && t.Service == service && t.RandomisedAt != null && t.EndsOn >= today
        select new Protection { ClientId = a.ClientId, Trial = t.Name, SelectionDate = t.SelectionDate };

    private sealed class Protection
    {
        public ClientId ClientId { get; init; }

        public required string Trial { get; init; }

        public DateOnly SelectionDate { get; init; }
    }
}
