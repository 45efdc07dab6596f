using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;

namespace Tautoko.Data.Vacancies;

/// <summary>
/// The database side of matching: only the rows that can score are read — clients whose Jobseeker Profile has an occupation in
/// the vacancy's ANZSCO minor group (index <c>ix_jobseeker_occupations_minor_group</c>), whose home site is in the vacancy's
/// region and whose work obligations are full-time or part-time, unrestricted — and scored in memory by <see cref="VacancyMatching"/>.
/// </summary>
public static class MatchCandidates
{
    public static async Task<IReadOnlyList<CandidateFacts>> ForVacancyAsync(TautokoDbContext db, Vacancy vacancy, CancellationToken ct)
    {
        var region = vacancy.RegionId;
        var sites = await db.Sites.AsNoTracking().Where(s => s.RegionId == region).Select(s => s.Id).ToListAsync(ct);
        var minor = vacancy.MinorGroup;
        var rows = await (
                from o in db.JobseekerOccupations.AsNoTracking()
                where o.MinorGroup == minor
                join c in db.Clients.AsNoTracking() on o.ClientId equals c.Id
                where sites.Contains(c.HomeSiteId) && (c.Obligation == WorkObligation.FullTime || c.Obligation == WorkObligation.PartTime) && !c.IsRestricted
                join p in db.JobseekerProfiles.AsNoTracking() on c.Id equals p.ClientId into profiles
                from p in profiles.DefaultIfEmpty()
                select new { c.Id, c.HomeSiteId, c.Obligation, c.BenefitStartDate, o.Code, Licences = p == null ? null : p.Licences })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Id).Select(g =>
        {
            var first = g.First();
            return new CandidateFacts(first.Id, [.. g.Select(r => r.Code)], first.HomeSiteId, region, first.Obligation, Licences.Parse(first.Licences), first.BenefitStartDate);
        })];
    }

    /// <summary>A client's facts for matching (all their occupation codes), or null when they have none or no such client.</summary>
    public static async Task<CandidateFacts?> ForClientAsync(TautokoDbContext db, ClientId id, CancellationToken ct)
    {
        var client = await (from c in db.Clients.AsNoTracking()
                            where c.Id == id
                            join s in db.Sites on c.HomeSiteId equals s.Id
                            select new { c.Id, c.HomeSiteId, s.RegionId, c.Obligation, c.BenefitStartDate }).SingleOrDefaultAsync(ct);
        if (client is null)
        {
            return null;
        }

        var codes = await db.JobseekerOccupations.AsNoTracking().Where(o => o.ClientId == id).Select(o => o.Code).ToListAsync(ct);
        var licences = await db.JobseekerProfiles.AsNoTracking().Where(p => p.ClientId == id).Select(p => p.Licences).SingleOrDefaultAsync(ct);
        return new CandidateFacts(client.Id, codes, client.HomeSiteId, client.RegionId, client.Obligation, Licences.Parse(licences), client.BenefitStartDate);
    }

    public static VacancyFacts Facts(Vacancy v) => new(v.Id, v.OccupationCode, v.SiteId, v.RegionId, v.HoursPerWeek, v.RequiredLicenceCodes);
}
