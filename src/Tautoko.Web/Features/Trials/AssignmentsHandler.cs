using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.Trials;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials;

/// <summary>
/// A trial's assignment: national office sees every client, ICS case managers and service centre managers their own
/// site's. Treatment clients are offered to the ICS case managers at their home site through the caseloads' own
/// placement (<see cref="ICaseloadPlacement"/>: the same checks and capacity guard, R-014, as any placement).
/// </summary>
public sealed class AssignmentsHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, ICaseloadPlacement placement, TimeProvider clock)
{
    public async Task<Outcome<AssignmentList>> ListAsync(Guid trialId, CancellationToken ct)
    {
        if (TrialAccess.SiteOrNational(me, "see a trial's assignment") is { } refused)
        {
            return refused;
        }

        var trial = await db.Trials.AsNoTracking().SingleOrDefaultAsync(t => t.Id == trialId, ct);
        if (trial is null)
        {
            return Failure.NotFound("There is no such trial.");
        }

        var site = me.Role == StaffRole.NationalOffice ? (SiteId?)null : me.SiteId;
        var rows = await (
                from a in db.TrialAssignments.AsNoTracking()
                join c in db.Clients on a.ClientId equals c.Id
                join s in db.Sites on a.SiteId equals s.Id
                where a.TrialId == trialId && (site == null || a.SiteId == site)
                orderby a.Sequence
                select new
                {
                    a.ClientId, c.ClientNumber, c.FirstName, c.LastName, a.Arm, a.AgeGroup, a.Stratum, SiteName = s.Name, a.Sequence,
                    PlacedWith = (from p in db.Placements
                                  join st in db.Staff on p.CaseManagerId equals st.Id
                                  where p.ClientId == a.ClientId && p.EndedAt == null && p.Service == trial.Service
                                  select st.FirstName + " " + st.LastName).FirstOrDefault(),
                })
            .ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "TrialAssignment", trialId.ToString(), null, string.Create(CultureInfo.InvariantCulture, $"Trial assignment listed: {rows.Count} clients{(site is null ? string.Empty : " at the viewer's site")}"), false, ct);
        return new AssignmentList(trialId, me.Role == StaffRole.NationalOffice ? trial.RandomSeed : null, SelectionHandler.Strata(rows.Select(r => (r.Stratum, r.Arm))),
            [.. rows.Select(r => new AssignmentRow(r.ClientId.Value, ClientNumbers.Format(r.ClientNumber), $"{r.FirstName} {r.LastName}", TrialText.Arm(r.Arm), r.AgeGroup, r.Stratum, r.SiteName, r.Sequence, r.PlacedWith))]);
    }

    /// <summary>
    /// Places the treatment clients not yet in the service with an ICS case manager at their home site (the one with the
    /// most free places first) — national office for every site, an ICS case manager or manager for their own.
    /// </summary>
    public async Task<Outcome<OfferResult>> OfferTreatmentAsync(Guid trialId, CancellationToken ct)
    {
        if (TrialAccess.SiteOrNational(me, "offer a trial's treatment clients") is { } refused)
        {
            return refused;
        }

        var trial = await db.Trials.AsNoTracking().SingleOrDefaultAsync(t => t.Id == trialId, ct);
        if (trial is null)
        {
            return Failure.NotFound("There is no such trial.");
        }

        var today = DateDisplay.TodayInAuckland(clock);
        if (!trial.IsRunningOn(today))
        {
            return Failure.Broken(new DomainError("R-113", "Treatment clients are offered while the trial runs: after it is randomised and before it ends."));
        }

        var site = me.Role == StaffRole.NationalOffice ? (SiteId?)null : me.SiteId;
        var treated = await db.TrialAssignments.AsNoTracking()
            .Where(a => a.TrialId == trialId && a.Arm == TrialArm.Treatment && (site == null || a.SiteId == site))
            .OrderBy(a => a.Sequence)
            .Select(a => new { a.ClientId, a.SiteId, Open = db.Placements.Where(p => p.ClientId == a.ClientId && p.EndedAt == null).Select(p => (CaseManagementService?)p.Service).FirstOrDefault() })
            .ToListAsync(ct);
        int placed = 0, already = 0, noPlace = 0;
        var notes = new List<string>();
        foreach (var client in treated)
        {
            if (client.Open == trial.Service)
            {
                already++;
                continue;
            }

            if (client.Open is { } other)
            {
                notes.Add($"Client {client.ClientId.Value} is on a {other.ShortName()} caseload; end that placement first.");
                noPlace++;
                continue;
            }

            var caseManager = await db.Caseloads.AsNoTracking()
                .Where(c => c.SiteId == client.SiteId && c.Service == trial.Service && c.Filled < c.Capacity)
                .OrderBy(c => c.Filled - c.Capacity).Select(c => (StaffId?)c.StaffId).FirstOrDefaultAsync(ct);
            if (caseManager is null)
            {
                noPlace++;
                continue;
            }

            await using var transaction = await db.BeginUnitOfWorkAsync(ct);
            var taken = await placement.TakeAsync(new PlacementRequest(client.ClientId, caseManager.Value, $"Treatment group of the randomised trial \"{trial.Name}\" (R-113).", null, trial.Service.Tag()), ct);
            if (!taken.IsDone)
            {
                notes.Add($"Client {client.ClientId.Value}: {taken.Failure.Message}");
                noPlace++;
                continue;
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (Exception ex) when (placement.RefusalOnSave(ex) is not null)
            {
                db.ChangeTracker.Clear();
                already++;
                continue;
            }

            await transaction.CommitAsync(ct);
            placed++;
        }

        if (noPlace > 0)
        {
            notes.Insert(0, string.Create(CultureInfo.InvariantCulture, $"{noPlace} treatment clients could not be placed: the site's {trial.Service.ShortName()} caseloads are full or the client is elsewhere."));
        }

        return new OfferResult(trialId, placed, already, noPlace, notes);
    }
}
