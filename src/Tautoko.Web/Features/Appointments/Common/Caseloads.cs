using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;

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
/// Who a client's case manager is. Until caseload placements exist (issue 4), the case manager is the
/// case manager who added the client's active case-management programme tag — the synthetic data and
/// the tag API both record the holder that way. Everything that asks goes through here, so swapping in
/// placements later changes one file.
/// </summary>
public static class Caseloads
{
    /// <summary>The programme tags that put a client on a caseload (LTCM and LMI1 are status tags).</summary>
    public static readonly ProgrammeTagCode[] Services =
    [
        ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.EmploymentCaseManagementReserve, ProgrammeTagCode.PhoneBasedCaseManagement,
        ProgrammeTagCode.DedicatedCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement, ProgrammeTagCode.IntensiveClientSupport,
        ProgrammeTagCode.GeneralCaseManagement,
    ];

    private static readonly StaffRole[] CaseManagerRoles = [StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager];

    /// <summary>Active places, newest first per client, of the given clients or case managers.</summary>
    public static IQueryable<CaseloadPlace> Places(TautokoDbContext db) =>
        from t in db.ProgrammeTags.AsNoTracking()
        where t.RemovedAt == null && Services.Contains(t.Code) && t.AddedById != null
        join s in db.Staff on t.AddedById equals s.Id
        where CaseManagerRoles.Contains(s.Role)
        select new CaseloadPlace { ClientId = t.ClientId, Service = t.Code, CaseManagerId = s.Id, AssignedAt = t.AddedAt };

    public static async Task<CaseloadPlace?> OfClientAsync(TautokoDbContext db, ClientId clientId, CancellationToken ct) =>
        await Places(db).Where(p => p.ClientId == clientId).OrderByDescending(p => p.AssignedAt).FirstOrDefaultAsync(ct);

    public static IQueryable<CaseloadPlace> OfCaseManagers(TautokoDbContext db, IReadOnlyCollection<StaffId> caseManagers) =>
        Places(db).Where(p => caseManagers.Contains(p.CaseManagerId));
}
