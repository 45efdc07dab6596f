using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;

namespace Tautoko.Web.Features.Assignment;

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

/// <summary>The one query that reads clients' assignment facts, for proposals and for single clients.</summary>
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
}
