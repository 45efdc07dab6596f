using Tautoko.Core.Common;

namespace Tautoko.Core.Caseloads;

/// <summary>
/// A service's caseload per full-time case manager, as national office sets it (R-010–R-013 are the
/// defaults). A part-time case manager's caseload is scaled by their FTE.
/// </summary>
public sealed class ServiceCapacity
{
    public const int Maximum = 300;

    private ServiceCapacity()
    {
    }

    public ServiceCapacity(CaseManagementService service, int perCaseManager, DateTimeOffset at)
    {
        Service = service;
        Validate(perCaseManager);
        PerCaseManager = perCaseManager;
        UpdatedAt = at;
    }

    public CaseManagementService Service { get; private set; }

    public int PerCaseManager { get; private set; }

    public StaffId? UpdatedById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Change(int perCaseManager, StaffId by, DateTimeOffset at)
    {
        Validate(perCaseManager);
        PerCaseManager = perCaseManager;
        UpdatedById = by;
        UpdatedAt = at;
        Version++;
    }

    /// <summary>The caseload of one case manager: the service's size scaled by FTE, at least one place.</summary>
    public static int ForCaseManager(int perCaseManager, decimal fte) =>
        Math.Max(1, (int)Math.Round(perCaseManager * Math.Clamp(fte, 0m, 1m), MidpointRounding.AwayFromZero));

    private static void Validate(int perCaseManager)
    {
        if (perCaseManager is < 1 or > Maximum)
        {
            throw new DomainException(new DomainError("capacity", $"A caseload holds between 1 and {Maximum} clients."));
        }
    }
}
