using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Filters;

namespace Tautoko.Web.Features.Appointments.Common;

/// <summary>A client's place on a caseload: the service tag, who holds it and since when.</summary>
public sealed record CaseloadPlace
{
    public required ClientId ClientId { get; init; }

    public required ProgrammeTagCode Service { get; init; }

    public required StaffId CaseManagerId { get; init; }

    public required DateTimeOffset AssignedAt { get; init; }
}

/// <summary>
/// Who a client's case manager is: their open caseload placement (<see cref="OpenPlacements"/>) and the programme tag
/// that went with it. Everything in appointments that asks goes through here.
/// </summary>
public static class CaseloadPlaces
{
    /// <summary>The programme tags that put a client on a caseload (LTCM and LMI1 are status tags).</summary>
    public static readonly ProgrammeTagCode[] Services =
    [
        ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.EmploymentCaseManagementReserve, ProgrammeTagCode.PhoneBasedCaseManagement,
        ProgrammeTagCode.DedicatedCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement, ProgrammeTagCode.IntensiveClientSupport,
        ProgrammeTagCode.GeneralCaseManagement,
    ];

    /// <summary>Open placements with their service tag, of any client or case manager.</summary>
    public static IQueryable<CaseloadPlace> Places(TautokoDbContext db) =>
        from p in db.Placements.AsNoTracking().Open()
        join t in db.ProgrammeTags on p.TagId equals (Guid?)t.Id
        select new CaseloadPlace { ClientId = p.ClientId, Service = t.Code, CaseManagerId = p.CaseManagerId, AssignedAt = p.StartedAt };

    public static async Task<CaseloadPlace?> OfClientAsync(TautokoDbContext db, ClientId clientId, CancellationToken ct) =>
        await Places(db).Where(p => p.ClientId == clientId).OrderByDescending(p => p.AssignedAt).FirstOrDefaultAsync(ct);

    public static IQueryable<CaseloadPlace> OfCaseManagers(TautokoDbContext db, IReadOnlyCollection<StaffId> caseManagers) =>
        Places(db).Where(p => caseManagers.Contains(p.CaseManagerId));
}
