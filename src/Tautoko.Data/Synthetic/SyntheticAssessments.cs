using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Appointments;
using Tautoko.Core.Assessments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// ICS assessments for a few clients on ICS caseloads (004 §2.5), so the progress page and the site report have something to
/// show: an entry Client Assessment and BEUT on the day they entered ICS service, a quarterly BEUT for each full quarter since
/// (ratings drifting up by chance, never a finding), and a PCOMS measure at each attended appointment since entry, one in
/// six skipped with a reason. Sensitive topics only where the client had attended an appointment before. Synthetic:
/// the seed gives no assessment figures.
/// </summary>
public static class SyntheticAssessments
{
    public const int Clients = 12;

    public static async Task<int> SeedAsync(TautokoDbContext db, int seed, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.BeutAssessments.AnyAsync(ct))
        {
            return 0;
        }

        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.Service == CaseManagementService.IntensiveClientSupport && p.EndedOn == null && p.StartedOn <= today)
            .OrderBy(p => p.StartedOn).ThenBy(p => p.Id).Take(Clients)
            .Select(p => new { p.ClientId, p.CaseManagerId, p.StartedOn }).ToListAsync(ct);
        var random = new Random(seed ^ 0x4153);
        foreach (var p in placements)
        {
            var attended = (await db.Appointments.AsNoTracking().Where(a => a.ClientId == p.ClientId && a.Status == AppointmentStatus.Attended)
                    .Select(a => new { a.Id, a.StartsAt }).ToListAsync(ct))
                .Select(a => (a.Id, On: NzTime.DateOf(a.StartsAt))).OrderBy(a => a.On).ToList();
            var attendedBefore = attended.Any(a => a.On < p.StartedOn);
            db.ClientAssessments.Add(ClientAssessment.Record(Guid.CreateVersion7(), p.ClientId, AssessmentPoint.Entry, p.StartedOn,
                "Synthetic narrative: housing insecure, keen to work once settled; wants help with a driver licence.",
                attendedBefore ? "Synthetic: no family violence disclosed." : null, attendedBefore, now, p.CaseManagerId));

            var level = random.Next(1, 4);
            var on = p.StartedOn;
            while (on <= today)
            {
                var ratings = BeutFactors.All.ToDictionary(f => f, _ => Math.Clamp(level + random.Next(-1, 2), BeutFactors.MinRating, BeutFactors.MaxRating));
                db.BeutAssessments.Add(BeutAssessment.Record(Guid.CreateVersion7(), p.ClientId, on == p.StartedOn ? AssessmentPoint.Entry : AssessmentPoint.Quarterly,
                    on, ratings, null, now, p.CaseManagerId));
                level = Math.Min(BeutFactors.MaxRating, level + random.Next(0, 2));
                on = on.AddMonths(AssessmentSchedule.QuarterMonths);
            }

            var wellbeing = random.Next(3, 6);
            foreach (var (id, day) in attended.Where(a => a.On >= p.StartedOn))
            {
                if (random.Next(6) == 0)
                {
                    db.SessionMeasures.Add(SessionMeasure.Skip(Guid.CreateVersion7(), p.ClientId, id, day, "Synthetic: client distressed; not the moment.", now, p.CaseManagerId));
                    continue;
                }

                int R(int centre) => Math.Clamp(centre + random.Next(-1, 2), SessionScores.Min, SessionScores.Max);
                db.SessionMeasures.Add(SessionMeasure.Rated(Guid.CreateVersion7(), p.ClientId, id, day,
                    new SessionScores(R(wellbeing), R(wellbeing), R(wellbeing), R(wellbeing), R(8), R(8), R(8), R(8)), now, p.CaseManagerId));
                wellbeing = Math.Min(SessionScores.Max, wellbeing + random.Next(0, 2));
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return placements.Count;
    }
}
