using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Access;

public enum ClientOperation
{
    Read = 0,
    AddNote = 1,
    Edit = 2,
    ManageTags = 3,
    ViewAudit = 4,
    ManageAppointments = 5,

    /// <summary>Record a hardship application, or a client's request for a review of a decision .</summary>
    ApplyForHardship = 6,

    /// <summary>Decide a hardship application: grant in full or in part, or decline with a reason .</summary>
    DecideHardship = 7,

    /// <summary>Manage reviews of decision: internal review, referral to and outcome of the Benefit Review Committee .</summary>
    ManageReviews = 8,
}

/// <summary>Who is asking: their role and where they work.</summary>
public sealed record Viewer(StaffId StaffId, StaffRole Role, CaseManagerVariant Variant, SiteId SiteId, RegionId RegionId, IReadOnlyCollection<RegionId> ServedRegionIds);

/// <summary>What the policy needs to know of the client.</summary>
/// <param name="LinkedToViewer">The viewer is a Navigator the client is linked to by their ICS case manager (seed 004 §2.4.2).</param>
public sealed record ClientScope(SiteId HomeSiteId, RegionId HomeRegionId, bool IsRestricted, bool LinkedToViewer = false);

public sealed record AccessDecision(bool Allowed, string? Rule, string? Reason, bool CanBreakGlass)
{
    public static AccessDecision Allow { get; } = new(true, null, null, false);

    public static AccessDecision Refuse(string rule, string reason, bool canBreakGlass = false) => new(false, rule, reason, canBreakGlass);
}

/// <summary>
/// client information is disclosed only to those with appropriate authority.
/// A person sees what their role and scope allow; named roles may break glass with a reason.
/// </summary>
public static class ClientAccessPolicy
{
    public const string ScopeRule = "scope";
    public const string RestrictedRule = "R-122";
    public const string RoleRule = "role";

    public static AccessDecision Decide(Viewer viewer, ClientScope client, ClientOperation operation, bool hasBreakGlass)
    {
        // restricted records (staff who are clients) only to named roles.
        if (client.IsRestricted && !MaySeeRestricted(viewer, client))
        {
            return AccessDecision.Refuse(RestrictedRule,
                "This is a restricted record. Only Remote Client Services case managers, the manager of the client's home site and National Office can open it.");
        }

        if (!RoleMay(viewer.Role, operation))
        {
            return AccessDecision.Refuse(RoleRule, $"A {viewer.Role.DisplayName()} cannot {Describe(operation)}.");
        }

        if (InScope(viewer, client) || hasBreakGlass)
        {
            return AccessDecision.Allow;
        }

        var where = viewer.Role == StaffRole.Navigator ? "those an ICS case manager linked to you"
            : viewer.ServedRegionIds.Count > 0 ? "the regions your unit serves" : "your site";
        return AccessDecision.Refuse(ScopeRule,
            viewer.Role == StaffRole.Navigator ? $"This client is not linked to you; a Navigator sees {where}." : $"This client belongs to another site; your role sees clients of {where}.",
            canBreakGlass: MayBreakGlass(viewer.Role) && operation != ClientOperation.ViewAudit);
    }

    /// <summary>Roles that may open a record outside their scope by stating a reason.</summary>
    public static bool MayBreakGlass(StaffRole role) => role switch
    {
        StaffRole.CaseManager or StaffRole.EmploymentCaseManager or StaffRole.IntensiveClientSupportManager
            or StaffRole.Connector or StaffRole.ServiceCentreManager => true,
        StaffRole.Navigator or StaffRole.CustomerServiceRepresentative or StaffRole.ContactCentreOfficer
            or StaffRole.StudyLinkOfficer or StaffRole.EmploymentSupportRepresentative
            or StaffRole.NationalOffice or StaffRole.QualityChecker => false,
    };

    /// <summary>Whether the viewer's scope covers the client without break-glass.</summary>
    public static bool InScope(Viewer viewer, ClientScope client) => viewer.Role switch
    {
        StaffRole.NationalOffice or StaffRole.QualityChecker => true,
        // A CSR may look up any client (read-mostly): the contact centre serves the whole country.
        StaffRole.CustomerServiceRepresentative or StaffRole.ContactCentreOfficer or StaffRole.StudyLinkOfficer => true,
        StaffRole.CaseManager when viewer.Variant == CaseManagerVariant.RemoteClientServices => true,
        // A Navigator (contracted by an NGO provider, seed 004 §2.4) sees only the clients linked to them, never the site's others.
        StaffRole.Navigator => client.LinkedToViewer,
        _ => client.HomeSiteId == viewer.SiteId || viewer.ServedRegionIds.Contains(client.HomeRegionId),
    };

    private static bool MaySeeRestricted(Viewer viewer, ClientScope client) => viewer.Role switch
    {
        StaffRole.NationalOffice => true,
        StaffRole.CaseManager => viewer.Variant == CaseManagerVariant.RemoteClientServices,
        StaffRole.ServiceCentreManager => client.HomeSiteId == viewer.SiteId,
        _ => false,
    };

    private static bool RoleMay(StaffRole role, ClientOperation operation) => operation switch
    {
        ClientOperation.Read => true,
        ClientOperation.AddNote => role != StaffRole.QualityChecker,
        ClientOperation.Edit => role is StaffRole.CaseManager or StaffRole.EmploymentCaseManager
            or StaffRole.IntensiveClientSupportManager or StaffRole.Connector or StaffRole.ServiceCentreManager
            or StaffRole.NationalOffice || role.IsContactCentre(),
        ClientOperation.ManageTags => role is StaffRole.CaseManager or StaffRole.EmploymentCaseManager
            or StaffRole.IntensiveClientSupportManager or StaffRole.Connector or StaffRole.ServiceCentreManager
            or StaffRole.NationalOffice,
        ClientOperation.ViewAudit => role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice,
        // case managers, site staff and contact-centre staff book into calendars (and cancel, result, record walk-ins).
        ClientOperation.ManageAppointments => role is StaffRole.CaseManager or StaffRole.EmploymentCaseManager
            or StaffRole.IntensiveClientSupportManager or StaffRole.Connector or StaffRole.ServiceCentreManager || role.IsContactCentre(),
        ClientOperation.ApplyForHardship => role.IsCaseManager() || role is StaffRole.Connector or StaffRole.ServiceCentreManager || role.IsContactCentre(),
        ClientOperation.DecideHardship => role.IsCaseManager() || role is StaffRole.ServiceCentreManager,
        // case managers may manage reviews of decision and BRC hearings; so do their managers and national office.
        ClientOperation.ManageReviews => role.IsCaseManager() || role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice,
    };

    private static string Describe(ClientOperation operation) => operation switch
    {
        ClientOperation.Read => "open client records",
        ClientOperation.AddNote => "add notes to a client's engagement log",
        ClientOperation.Edit => "change a client's details",
        ClientOperation.ManageTags => "add or remove programme tags",
        ClientOperation.ViewAudit => "see who looked at a client",
        ClientOperation.ManageAppointments => "book, cancel or result appointments",
        ClientOperation.ApplyForHardship => "record hardship applications or review requests",
        ClientOperation.DecideHardship => "decide hardship applications",
        ClientOperation.ManageReviews => "manage reviews of decision",
    };
}
