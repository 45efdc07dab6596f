using Tautoko.Core.Common;

namespace Tautoko.Core.Caseloads;

/// <summary>
/// One case manager's caseload: the service, the places it has (<see cref="Capacity"/>) and how many
/// are taken (<see cref="Filled"/>). The row is the capacity guard: a place is taken only by
/// <c>UPDATE caseloads SET Filled = Filled + n WHERE StaffId = … AND Filled + n &lt;= Capacity</c> in the
/// transaction that inserts the placements, and a CHECK constraint (<c>Filled &lt;= Capacity</c>) makes
/// the database refuse anything else — so two connectors on two web nodes can never over-fill it.
/// </summary>
public sealed class Caseload
{
    private Caseload()
    {
    }

    public Caseload(StaffId staffId, SiteId siteId, CaseManagementService service, int capacity, DateTimeOffset at)
    {
        if (capacity is < 1 or > ServiceCapacity.Maximum)
        {
            throw new DomainException(new DomainError("capacity", $"A caseload holds between 1 and {ServiceCapacity.Maximum} clients."));
        }

        StaffId = staffId;
        SiteId = siteId;
        Service = service;
        Capacity = capacity;
        TargetCapacity = capacity;
        UpdatedAt = at;
    }

    public StaffId StaffId { get; private set; }

    public SiteId SiteId { get; private set; }

    public CaseManagementService Service { get; private set; }

    /// <summary>The places the database lets this caseload hold now; never below <see cref="Filled"/>.</summary>
    public int Capacity { get; private set; }

    /// <summary>
    /// The size national office set (scaled by FTE). When it is lowered below the present fill the
    /// caseload keeps its clients and shrinks towards the target as they exit; it never refills above it.
    /// </summary>
    public int TargetCapacity { get; private set; }

    public int Filled { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Free => Math.Max(0, Capacity - Filled);

    /// <summary>The generator's starting fill; the running system changes it only through the guarded update.</summary>
    public void StartWith(int filled)
    {
        if (filled < 0 || filled > Capacity)
        {
            throw new DomainException(new DomainError("R-014", $"A caseload of {Capacity} cannot start with {filled} clients."));
        }

        Filled = filled;
    }

    /// <summary>National office changed the service's size: the caseload follows it, never dropping clients.</summary>
    public void Resize(int target, DateTimeOffset at)
    {
        if (target is < 1 or > ServiceCapacity.Maximum)
        {
            throw new DomainException(new DomainError("capacity", $"A caseload holds between 1 and {ServiceCapacity.Maximum} clients."));
        }

        TargetCapacity = target;
        Capacity = Math.Max(target, Filled);
        UpdatedAt = at;
    }

    /// <summary>A general case manager's caseload may become dedicated (or back) while it is empty.</summary>
    public void ChangeService(CaseManagementService service, DateTimeOffset at)
    {
        if (Filled > 0)
        {
            throw new DomainException(new DomainError("caseload-service", "Move or exit the clients on this caseload before changing its service."));
        }

        Service = service;
        UpdatedAt = at;
    }
}
