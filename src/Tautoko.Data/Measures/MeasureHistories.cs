using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Measures;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data.Measures;

/// <summary>Loads what the measures count from for a batch of clients (one query per source table).</summary>
public static class MeasureHistories
{
    public static async Task<IReadOnlyList<ClientMeasureHistory>> LoadAsync(TautokoDbContext db, IReadOnlyCollection<ClientId> clients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = clients.Distinct().ToList();
        var placements = (await db.Placements.AsNoTracking().Where(p => ids.Contains(p.ClientId))
                .Select(p => new { p.ClientId, Fact = new PlacementFact(p.Id, p.SiteId, p.CaseManagerId, p.Service, p.StartedOn, p.EndedOn, p.Source) })
                .ToListAsync(ct))
            .ToLookup(p => p.ClientId, p => p.Fact);
        var appointments = (await db.Appointments.AsNoTracking()
                .Where(a => ids.Contains(a.ClientId) && (a.Status == AppointmentStatus.Attended || a.Status == AppointmentStatus.DidNotAttend))
                .Select(a => new { a.ClientId, a.Id, a.SiteId, a.StaffId, a.StartsAt, a.Type, a.Channel, a.Status, a.ResultedAt, a.ResultedById })
                .ToListAsync(ct))
            .ToLookup(a => a.ClientId, a => new AppointmentFact(a.Id.Value, a.SiteId, a.StaffId, NzLocalTime.DateOf(a.StartsAt), a.Type, a.Channel, a.Status,
                a.ResultedAt is { } at ? NzLocalTime.DateOf(at) : null, a.ResultedById));
        var tasks = (await db.WorkQueueTasks.AsNoTracking()
                .Where(t => ids.Contains(t.ClientId) && t.Status == WorkQueueTaskStatus.Completed && t.CompletedAt != null && t.CompletedById != null)
                .Select(t => new { t.ClientId, t.Id, t.SiteId, t.CompletedAt, t.CompletedById })
                .ToListAsync(ct))
            .ToLookup(t => t.ClientId, t => new CompletedTaskFact(t.Id.Value, t.SiteId, NzLocalTime.DateOf(t.CompletedAt!.Value), t.CompletedById!.Value));
        var plans = (await db.IndividualEmploymentPlans.AsNoTracking().Where(p => ids.Contains(p.ClientId))
                .Select(p => new { p.ClientId, p.Id, p.CreatedOn, Closed = p.ClosedAt != null, Activities = p.Activities.Select(a => new { a.DueOn, a.Status }).ToList() })
                .ToListAsync(ct))
            .ToLookup(p => p.ClientId, p => new PlanFact(p.Id, p.CreatedOn, p.Closed, p.Activities.Select(a => (a.DueOn, a.Status)).ToList()));
        var starts = (await db.WorkStarts.AsNoTracking().Where(w => ids.Contains(w.ClientId))
                .Select(w => new { w.ClientId, Fact = new EmploymentOutcomeFact(w.Id, w.SiteId, w.CaseManagerId, w.StartedOn) }).ToListAsync(ct))
            .ToLookup(w => w.ClientId, w => w.Fact);
        var earnings = (await db.PartTimeEarnings.AsNoTracking().Where(e => ids.Contains(e.ClientId))
                .Select(e => new { e.ClientId, Fact = new EmploymentOutcomeFact(e.Id, e.SiteId, e.CaseManagerId, e.FromOn) }).ToListAsync(ct))
            .ToLookup(e => e.ClientId, e => e.Fact);
        var referrals = (await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.ClientId))
                .Select(r => new
                {
                    r.ClientId,
                    Fact = new ReferralFact(r.Id, r.Kind, r.SiteId, r.ReferredBy, r.ReferredOn, r.AcceptedOn, r.DeclinedOn, r.InterviewedOn, r.FilledOn, r.ParticipatedOn, r.CompletedOn, r.OutcomeCode),
                })
                .ToListAsync(ct))
            .ToLookup(r => r.ClientId, r => r.Fact);
        return ids.Select(id => new ClientMeasureHistory(id, placements[id].ToList(), appointments[id].ToList(), tasks[id].ToList(), plans[id].ToList(),
            starts[id].ToList(), earnings[id].ToList(), referrals[id].ToList())).ToList();
    }

    /// <summary>The calendar district of every site (134 nationally), for working-day counts.</summary>
    public static async Task<Func<SiteId, Core.Calendar.AnniversaryDistrict>> DistrictsAsync(TautokoDbContext db, CancellationToken ct)
    {
        var districts = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.District }).ToDictionaryAsync(s => s.Id, s => s.District, ct);
        return site => districts.TryGetValue(site, out var d) ? d : default;
    }
}
