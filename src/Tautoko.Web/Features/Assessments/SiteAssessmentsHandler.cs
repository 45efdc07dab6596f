using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Assessments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Assessments;

/// <summary>
/// A site's ICS assessment report (004 §2.5: "reports based on these assessments which would show the impact of ICS service on
/// clients' lives"): for the clients on the site's ICS caseloads now, entry assessments done, overdue reminders (R-114–R-116),
/// BEUT factor means at entry and latest, PCOMS totals. Counts and means only: no client is named, so no client read is audited.
/// The site's manager and national office see it.
/// </summary>
public sealed class SiteAssessmentsHandler(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Outcome<SiteAssessmentsView>> ReportAsync(SiteId siteId, CancellationToken ct)
    {
        var site = await db.Sites.AsNoTracking().Where(s => s.Id == siteId).Select(s => new { s.Name }).SingleOrDefaultAsync(ct);
        if (site is null)
        {
            return Failure.NotFound($"There is no site {siteId.Value}.", "Site not found");
        }

        if (!(staff.Role == StaffRole.NationalOffice || (staff.Role == StaffRole.ServiceCentreManager && staff.SiteId == siteId)))
        {
            return Failure.Refused(AccessDecision.Refuse("role", "Only the site's manager and national office see its assessment report."));
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var episodes = (await db.Placements.AsNoTracking()
                .Where(p => p.SiteId == siteId && p.Service == CaseManagementService.IntensiveClientSupport && p.EndedOn == null)
                .Select(p => new { p.ClientId, p.StartedOn }).ToListAsync(ct))
            .GroupBy(p => p.ClientId).ToDictionary(g => g.Key, g => new IcsEpisode(g.Max(p => p.StartedOn), null));
        var ids = episodes.Keys.ToList();
        var assessments = (await db.ClientAssessments.AsNoTracking().Where(a => ids.Contains(a.ClientId)).ToListAsync(ct)).ToLookup(a => a.ClientId);
        var beuts = (await db.BeutAssessments.AsNoTracking().Where(a => ids.Contains(a.ClientId)).ToListAsync(ct)).ToLookup(a => a.ClientId);
        var measures = (await db.SessionMeasures.AsNoTracking().Where(m => ids.Contains(m.ClientId)).ToListAsync(ct)).ToLookup(m => m.ClientId);
        var attended = (await db.Appointments.AsNoTracking().Where(a => ids.Contains(a.ClientId) && a.Status == AppointmentStatus.Attended)
                .Select(a => new { a.ClientId, a.Id, a.StartsAt }).ToListAsync(ct))
            .ToLookup(a => a.ClientId, a => new AttendedSession(a.Id.Value, DateOnly.FromDateTime(DateDisplay.ToAuckland(a.StartsAt).DateTime)));

        var withOverdue = 0;
        var overdueItems = 0;
        var entryCa = 0;
        var entryBeut = 0;
        foreach (var (id, episode) in episodes)
        {
            var records = new AssessmentRecords(episode, [.. attended[id].OrderBy(a => a.On)], [.. assessments[id]], [.. beuts[id]], [.. measures[id]]);
            var overdue = records.Due(today).Count(d => d.Overdue);
            withOverdue += overdue > 0 ? 1 : 0;
            overdueItems += overdue;
            entryCa += assessments[id].Any(a => a.Point == AssessmentPoint.Entry && a.CompletedOn >= episode.EntryOn) ? 1 : 0;
            entryBeut += beuts[id].Any(b => b.Point == AssessmentPoint.Entry && b.CompletedOn >= episode.EntryOn) ? 1 : 0;
        }

        // Each client's first and latest BEUT, where they have two or more: the change on each factor.
        var pairs = ids.Select(id => beuts[id].OrderBy(b => b.CompletedOn).ThenBy(b => b.RecordedAt).ToList()).Where(l => l.Count >= 2)
            .Select(l => (First: l[0], Latest: l[^1])).ToList();
        var factors = BeutFactors.All.Select(f => new FactorChange(f.Code(), f.DisplayName(), pairs.Count,
            pairs.Count == 0 ? null : Math.Round(pairs.Average(p => p.First.RatingOf(f) ?? 0), 2),
            pairs.Count == 0 ? null : Math.Round(pairs.Average(p => p.Latest.RatingOf(f) ?? 0), 2))).ToList();

        var rated = ids.Select(id => measures[id].Where(m => !m.Skipped).OrderBy(m => m.SessionOn).ThenBy(m => m.RecordedAt).ToList()).Where(l => l.Count > 0).ToList();
        var allRated = rated.SelectMany(l => l).ToList();
        var skipped = ids.Sum(id => measures[id].Count(m => m.Skipped));
        return new SiteAssessmentsView(siteId.Value, site.Name, today, ids.Count, entryCa, entryBeut, withOverdue, overdueItems, factors,
            allRated.Count, skipped,
            rated.Count == 0 ? null : Math.Round(rated.Average(l => l[0].Scores!.OutcomeTotal), 2),
            rated.Count == 0 ? null : Math.Round(rated.Average(l => l[^1].Scores!.OutcomeTotal), 2),
            allRated.Count == 0 ? null : Math.Round(allRated.Average(m => m.Scores!.SessionTotal), 2));
    }
}
