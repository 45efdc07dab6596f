using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Complaints;

/// <summary>
/// Who sees a complaint about a staff member: the managers of that staff member's site and national office. The staff
/// member named never does, whatever their role; nobody else does (000: complaints about frontline staff behaviour).
/// </summary>
public static class ComplaintVisibility
{
    public const string NamedStaffRule = "complaint-named-staff";
    public const string RoleRule = ClientAccessPolicy.RoleRule;
    public const string ScopeRule = ClientAccessPolicy.ScopeRule;

    public static AccessDecision Decide(Viewer viewer, StaffId namedStaff, SiteId namedStaffSite)
    {
        if (viewer.StaffId == namedStaff)
        {
            return AccessDecision.Refuse(NamedStaffRule, "A complaint is not shown to the staff member it names.");
        }

        return viewer.Role switch
        {
            StaffRole.NationalOffice => AccessDecision.Allow,
            StaffRole.ServiceCentreManager when viewer.SiteId == namedStaffSite => AccessDecision.Allow,
            StaffRole.ServiceCentreManager => AccessDecision.Refuse(ScopeRule, "This complaint is about a staff member of another site; its managers handle it."),
            _ => AccessDecision.Refuse(RoleRule, "Complaints about staff are seen by the managers of the staff member's site and National Office."),
        };
    }

    /// <summary>Roles that keep a complaints register (their own site's, or every site's for national office).</summary>
    public static bool KeepsRegister(StaffRole role) => role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice;
}
