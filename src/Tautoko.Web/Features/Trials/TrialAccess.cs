using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials;

/// <summary>
/// Who does what with trials (SPEC §2, §10): national office (the analysts) defines, selects, randomises and reads the
/// full outcome report; ICS case managers and service centre managers see their own site's assignments and the outcome
/// report with small cells protected.
/// </summary>
internal static class TrialAccess
{
    public static Failure? NationalOfficeOnly(CurrentStaff me, string what) =>
        me.Role == StaffRole.NationalOffice ? null
        : Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, $"Only national office {what}."));

    public static bool SeesOwnSite(CurrentStaff me) => me.Role is StaffRole.IntensiveClientSupportManager or StaffRole.ServiceCentreManager;

    public static Failure? SiteOrNational(CurrentStaff me, string what) =>
        me.Role == StaffRole.NationalOffice || SeesOwnSite(me) ? null
        : Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, $"Only national office, ICS case managers and service centre managers {what}."));
}
