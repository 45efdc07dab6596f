using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Caseloads;

/// <summary>
/// Who sees which caseload views and may assign: case managers their own caseload; connectors and
/// service centre managers their site (a phone-based unit's staff, their unit) and their region's roll-up;
/// national office everything and the national settings.
/// </summary>
public static class CaseloadScope
{
    public static bool MaySeeSite(Viewer viewer, SiteId site, RegionId siteRegion) => viewer.Role switch
    {
        StaffRole.NationalOffice => true,
        StaffRole.ServiceCentreManager or StaffRole.Connector => viewer.SiteId == site || viewer.RegionId == siteRegion,
        _ => viewer.Role.IsCaseManager() && viewer.SiteId == site,
    };

    public static bool MaySeeRegion(Viewer viewer, RegionId region) => viewer.Role switch
    {
        StaffRole.NationalOffice => true,
        StaffRole.ServiceCentreManager or StaffRole.Connector => viewer.RegionId == region,
        _ => false,
    };

    public static bool MaySeeNational(Viewer viewer) => viewer.Role == StaffRole.NationalOffice;

    /// <summary>Connectors and managers assign for their site or region; national office anywhere .</summary>
    public static bool MayAssign(Viewer viewer) => viewer.Role is StaffRole.Connector or StaffRole.ServiceCentreManager or StaffRole.NationalOffice;

    /// <summary>Places a client on a caseload directly: connectors, managers, national office, and case managers onto their own caseload .</summary>
    public static bool MayPlace(Viewer viewer, StaffId caseManager) =>
        MayAssign(viewer) || (viewer.Role.IsCaseManager() && viewer.StaffId == caseManager);

    public static bool MaySetNationalPolicy(Viewer viewer) => viewer.Role == StaffRole.NationalOffice;
}
