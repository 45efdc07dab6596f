using Tautoko.Core.Access;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Assignment;

/// <summary>Which caseloads and clients a proposal covers.</summary>
public sealed record ScopeDefinition(ProposalScope Scope, Guid? Id, string Name, IReadOnlyList<SiteId> FaceToFaceSites, IReadOnlyList<SiteId> PhoneUnits, IReadOnlyList<RegionId> ClientRegions, IReadOnlyList<SiteId> ClientSites)
{
    /// <summary>The service a trial tests (<see cref="ProposalScope.Trial"/>); null for the employment scopes.</summary>
    public CaseManagementService? TestedService { get; init; }

    /// <summary>Clients in scope live at one of <see cref="ClientSites"/> or, when it is empty, in one of <see cref="ClientRegions"/> (all when both are empty).</summary>
    public bool IsNational => Scope == ProposalScope.National;

    /// <summary>
    /// A site's proposal: a service centre fills its own caseloads from its own clients; a phone-based unit fills its
    /// caseloads from the regions it serves.
    /// </summary>
    public static ScopeDefinition ForSite(SiteId site, string name, bool isPhoneUnit, IReadOnlyList<RegionId> servedRegions) =>
        isPhoneUnit
            ? new(ProposalScope.Site, site.Value, name, [], [site], servedRegions, [])
            : new(ProposalScope.Site, site.Value, name, [site], [], [], [site]);

    /// <summary>A region's proposal: its service centres and the phone-based units that serve it, for the region's clients.</summary>
    public static ScopeDefinition ForRegion(RegionId region, string name, IReadOnlyList<SiteId> serviceCentres, IReadOnlyList<SiteId> phoneUnitsServing) =>
        new(ProposalScope.Region, region.Value, name, serviceCentres, phoneUnitsServing, [region], []);

    /// <summary>
    /// A trial's proposal: its treatment clients (of <paramref name="site"/> only, when given) for the caseloads of the
    /// service it tests at their home sites (<paramref name="sites"/>).
    /// </summary>
    public static ScopeDefinition ForTrial(Guid trialId, string name, CaseManagementService service, IReadOnlyList<SiteId> sites, SiteId? site) =>
        new(ProposalScope.Trial, trialId, name, site is { } one ? [one] : sites, [], [], site is { } only ? [only] : []) { TestedService = service };

    public static ScopeDefinition National(IReadOnlyList<SiteId> serviceCentres, IReadOnlyList<SiteId> phoneUnits) =>
        new(ProposalScope.National, null, "New Zealand", serviceCentres, phoneUnits, [], []);
}

/// <summary>R-081: who may make, review and decide proposals for a scope.</summary>
public static class ProposalAccessPolicy
{
    public const string Rule = "R-081";

    /// <summary>
    /// Connectors and managers propose for their own site or region; national office anywhere.
    /// <paramref name="siteRegion"/> is the region of a site scope's site (unused for other scopes).
    /// </summary>
    public static AccessDecision Decide(Viewer viewer, ScopeDefinition scope, RegionId? siteRegion)
    {
        if (!CaseloadScope.MayAssign(viewer))
        {
            return Refuse("Connectors, service centre managers and national office make assignment proposals (R-081).");
        }

        if (viewer.Role == StaffRole.NationalOffice)
        {
            return AccessDecision.Allow;
        }

        return scope.Scope switch
        {
            ProposalScope.National => Refuse("The national proposal is for national office."),
            ProposalScope.Region => scope.ClientRegions.Contains(viewer.RegionId) ? AccessDecision.Allow : Refuse("You propose for your own region."),
            ProposalScope.Site when scope.Id == viewer.SiteId.Value || siteRegion == viewer.RegionId => AccessDecision.Allow,
            ProposalScope.Site => Refuse("You propose for sites of your own region."),
            ProposalScope.Trial when scope.ClientSites.Count == 1 && scope.ClientSites[0] == viewer.SiteId => AccessDecision.Allow,
            ProposalScope.Trial => Refuse("A trial's proposal outside national office is for your own site's treatment clients: give your site's siteId."),
            _ => Refuse("Unknown scope."),
        };
    }

    /// <summary>Who may see proposals at all.</summary>
    public static AccessDecision MayView(Viewer viewer) =>
        CaseloadScope.MayAssign(viewer) ? AccessDecision.Allow : Refuse("Connectors, service centre managers and national office see proposals.");

    public static AccessDecision Refuse(string reason) => AccessDecision.Refuse(Rule, reason);
}

/// <summary>Why clients in scope were kept out of a proposal before solving, counted beside it.</summary>
public static class ProposalExclusions
{
    public const string NotInCohort = "Not in a priority cohort (R-015)";
    public const string OnCaseload = "Already on a caseload (continuity)";
    public const string Lmi1 = "Labour Market Indicator 1 (R-019, R-020)";
    public const string Contracted = "Left for a contracted service (R-027)";
    public const string NotOnBenefit = "Not on a main benefit";

    /// <summary>The reason a client who is no candidate is counted under; null for a candidate or a client kept by continuity.</summary>
    public static string? ReasonFor(EligibilityDecision decision, BenefitType benefit)
    {
        if (decision.IsCandidate || decision.Rule == EmploymentEligibility.ContinuityRule)
        {
            return null;
        }

        return decision.Rule switch
        {
            "R-020" => Lmi1,
            "R-027" => Contracted,
            _ => benefit == BenefitType.None ? NotOnBenefit : NotInCohort,
        };
    }
}
