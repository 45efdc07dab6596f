using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Data.Assignment;

/// <summary>A client's facts for the assignment rules, as one row the database computes.</summary>
public sealed record ClientFactsRow(
    ClientId ClientId,
    SiteId HomeSiteId,
    RegionId HomeRegionId,
    DateOnly DateOfBirth,
    BenefitType Benefit,
    DateOnly? BenefitStartDate,
    WorkObligation Obligation,
    ClientFlags Flags,
    bool HasDependentChildren,
    bool HasLmi1,
    bool HasLowTrustTag,
    bool IsOnCaseload,
    DateOnly? LastEndedOn,
    PlacementEnd? LastEnd,
    StaffId? OpenCaseManagerId = null)
{
    public ClientAssignmentFacts ToFacts() => new(
        ClientId, HomeSiteId, HomeRegionId, DateOfBirth, Benefit, BenefitStartDate, Obligation, Flags, HasDependentChildren,
        HasLmi1, HasLowTrustTag, IsOnCaseload, LastEndedOn, LastEnd == PlacementEnd.ContractedService);
}

/// <summary>
/// The one place that reads clients' assignment facts, for proposals and for single clients: through EF Core, or on
/// PostgreSQL, for a whole proposal, through the set-based SQL in <see cref="AssignmentFactsSql"/>.
/// </summary>
public static class AssignmentFacts
{
    public static IQueryable<ClientFactsRow> Query(TautokoDbContext db, IQueryable<Client> clients) =>
        from c in clients.AsNoTracking()
        join s in db.Sites on c.HomeSiteId equals s.Id
        let last = db.Placements.Where(p => p.ClientId == c.Id && p.EndedAt != null).OrderByDescending(p => p.EndedAt).FirstOrDefault()
        select new ClientFactsRow(
            c.Id,
            c.HomeSiteId,
            s.RegionId,
            c.DateOfBirth,
            c.Benefit,
            c.BenefitStartDate,
            c.Obligation,
            c.Flags,
            c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild),
            db.ProgrammeTags.Any(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LabourMarketIndicator1 && t.RemovedAt == null),
            db.ProgrammeTags.Any(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LowTrust && t.RemovedAt == null),
            db.Placements.Any(p => p.ClientId == c.Id && p.EndedAt == null),
            last == null ? null : last.EndedOn,
            last == null ? null : last.End,
            db.Placements.Where(p => p.ClientId == c.Id && p.EndedAt == null).Select(p => (StaffId?)p.CaseManagerId).FirstOrDefault());

    /// <summary>Regions a phone-based unit serves .</summary>
    public static async Task<HashSet<RegionId>> PhoneRegionsAsync(TautokoDbContext db, CancellationToken ct)
    {
        var units = await db.Sites.AsNoTracking().Where(s => s.Kind == Core.Sites.SiteKind.PhoneBasedCaseManagementUnit).Select(s => s.ServedRegionIds).ToListAsync(ct);
        return [.. units.SelectMany(u => u)];
    }

    /// <summary>
    /// Starts reading the facts of the clients who could be in a cohort (<paramref name="possible"/>, which lives at one of
    /// <paramref name="homeSites"/>, or anywhere when that is null). On PostgreSQL the set-based query starts now on a
    /// connection of its own, so it runs while the caller reads through the context; on SQLite the context reads
    /// <paramref name="possible"/> when the caller awaits <see cref="CohortFactsRead.ReadAsync"/>.
    /// </summary>
    public static CohortFactsRead BeginCohortFacts(TautokoDbContext db, IReadOnlyList<SiteId>? homeSites, IQueryable<Client> possible, DateOnly today, CancellationToken ct) =>
        db.IsPostgres
            ? new CohortFactsRead(AssignmentFactsSql.FactsAsync(db.Database.GetConnectionString()!, homeSites, today, ct), null)
            : new CohortFactsRead(null, () => Query(db, possible).ToListAsync(ct));

    /// <summary>R-015: the cohorts of the clients already on each caseload, as of today.</summary>
    public static Task<Dictionary<StaffId, int[]>> ExistingCohortsAsync(TautokoDbContext db, IReadOnlyList<StaffId> caseManagers, DateOnly today, CancellationToken ct) =>
        db.IsPostgres ? AssignmentFactsSql.ExistingCohortsAsync(db, caseManagers, today, ct) : ExistingCohortsThroughContextAsync(db, caseManagers, today, ct);

    private static async Task<Dictionary<StaffId, int[]>> ExistingCohortsThroughContextAsync(TautokoDbContext db, IReadOnlyList<StaffId> caseManagers, DateOnly today, CancellationToken ct)
    {
        var result = new Dictionary<StaffId, int[]>();
        foreach (var chunk in caseManagers.Chunk(1000))
        {
            var rows = await (
                    from p in db.Placements.AsNoTracking()
                    where p.EndedAt == null && chunk.Contains(p.CaseManagerId)
                    join c in db.Clients on p.ClientId equals c.Id
                    select new { p.CaseManagerId, c.DateOfBirth, c.Benefit, c.BenefitStartDate, c.Obligation, Children = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild) })
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                if (PriorityCohorts.Classify(new CohortFacts(row.DateOfBirth, row.Benefit, row.BenefitStartDate, row.Obligation, row.Children), today).Cohort is not { } cohort)
                {
                    continue;
                }

                if (!result.TryGetValue(row.CaseManagerId, out var counts))
                {
                    counts = new int[PriorityCohorts.Count];
                    result[row.CaseManagerId] = counts;
                }

                counts[(int)cohort]++;
            }
        }

        return result;
    }
}

/// <summary>Clients' facts being read: already running (PostgreSQL), or read through the context when awaited (SQLite).</summary>
public sealed class CohortFactsRead
{
    private readonly Task<List<ClientFactsRow>>? _running;
    private readonly Func<Task<List<ClientFactsRow>>>? _later;

    internal CohortFactsRead(Task<List<ClientFactsRow>>? running, Func<Task<List<ClientFactsRow>>>? later)
    {
        _running = running;
        _later = later;
    }

    public Task<List<ClientFactsRow>> ReadAsync() => _running ?? _later!();
}
