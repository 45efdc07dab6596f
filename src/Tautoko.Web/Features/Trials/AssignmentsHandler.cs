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
/// site's. Treatment clients are offered to the ICS case managers at their home site through the national assignment
/// machinery (<see cref="ITreatmentOffers"/>).
/// </summary>
public sealed class AssignmentsHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, ITreatmentOffers offers)
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
    /// Offers the treatment clients not yet in the service to its case managers at their home sites through the national
    /// assignment machinery (<see cref="ITreatmentOffers"/>: a proposal solved and applied under the capacity guard, R-014)
    /// — national office for every site, an ICS case manager or manager for their own. Those left without a place are
    /// listed with the reason.
    /// </summary>
    public async Task<Outcome<OfferResult>> OfferTreatmentAsync(Guid trialId, CancellationToken ct)
    {
        if (TrialAccess.SiteOrNational(me, "offer a trial's treatment clients") is { } refused)
        {
            return refused;
        }

        if (!await db.Trials.AnyAsync(t => t.Id == trialId, ct))
        {
            return Failure.NotFound("There is no such trial.");
        }

        var site = me.Role == StaffRole.NationalOffice ? (SiteId?)null : me.SiteId;
        if (!(await offers.OfferAsync(trialId, site, ct)).TryGet(out var offered, out var failure))
        {
            return failure;
        }

        var ids = offered.NotPlaced.Select(n => n.ClientId).ToList();
        var numbers = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ClientNumber, ct);
        var notPlaced = offered.NotPlaced.Select(n => new NotPlacedRow(n.ClientId.Value, ClientNumbers.Format(numbers[n.ClientId]), n.Reason)).ToList();
        var notes = notPlaced.Count == 0 ? [] : new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{notPlaced.Count} treatment clients could not be placed; each is listed with the reason."),
        };
        return new OfferResult(trialId, offered.Placed, offered.AlreadyInService, notPlaced.Count, notes, offered.ProposalId, notPlaced);
    }
}
