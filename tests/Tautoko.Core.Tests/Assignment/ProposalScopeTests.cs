using Tautoko.Core.Access;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Assignment;

/// <summary>Who may propose for a scope, what a scope covers, and why clients are kept out of a proposal.</summary>
public sealed class ProposalScopeTests
{
    private static readonly SiteId Manukau = new(Guid.NewGuid());
    private static readonly RegionId Auckland = new(Guid.NewGuid());
    private static readonly RegionId Waikato = new(Guid.NewGuid());

    private static Viewer Viewer(StaffRole role) => new(new StaffId(Guid.NewGuid()), role, CaseManagerVariant.None, Manukau, Auckland, []);

    [Fact]
    public void Decide_CaseManager_RefusedNamingR081()
    {
        var decision = ProposalAccessPolicy.Decide(Viewer(StaffRole.CaseManager), ScopeDefinition.National([], []), null);
        Assert.False(decision.Allowed);
        Assert.Equal("R-081", decision.Rule);
        Assert.False(decision.CanBreakGlass);
    }

    [Fact]
    public void Decide_ConnectorNationalScope_Refused() =>
        Assert.Equal("The national proposal is for national office.", ProposalAccessPolicy.Decide(Viewer(StaffRole.Connector), ScopeDefinition.National([], []), null).Reason);

    [Fact]
    public void Decide_NationalOfficeAnyScope_Allowed() =>
        Assert.True(ProposalAccessPolicy.Decide(Viewer(StaffRole.NationalOffice), ScopeDefinition.ForRegion(Waikato, "Waikato", [], []), null).Allowed);

    [Fact]
    public void Decide_ManagerOwnRegion_AllowedOtherRegionRefused()
    {
        var manager = Viewer(StaffRole.ServiceCentreManager);
        Assert.True(ProposalAccessPolicy.Decide(manager, ScopeDefinition.ForRegion(Auckland, "Auckland", [], []), null).Allowed);
        Assert.Equal("You propose for your own region.", ProposalAccessPolicy.Decide(manager, ScopeDefinition.ForRegion(Waikato, "Waikato", [], []), null).Reason);
    }

    [Fact]
    public void Decide_ConnectorSiteOfOwnRegion_AllowedOfOtherRegionRefused()
    {
        var connector = Viewer(StaffRole.Connector);
        var otherSite = ScopeDefinition.ForSite(new SiteId(Guid.NewGuid()), "Hamilton", false, []);
        Assert.True(ProposalAccessPolicy.Decide(connector, ScopeDefinition.ForSite(Manukau, "Manukau", false, []), null).Allowed);
        Assert.True(ProposalAccessPolicy.Decide(connector, otherSite, Auckland).Allowed);
        Assert.Equal("You propose for sites of your own region.", ProposalAccessPolicy.Decide(connector, otherSite, Waikato).Reason);
    }

    [Fact]
    public void ForSite_PhoneUnit_FillsFromRegionsServed()
    {
        var unit = ScopeDefinition.ForSite(Manukau, "Phone unit", isPhoneUnit: true, [Auckland, Waikato]);
        Assert.Empty(unit.FaceToFaceSites);
        Assert.Equal([Manukau], unit.PhoneUnits);
        Assert.Equal([Auckland, Waikato], unit.ClientRegions);
        Assert.Empty(unit.ClientSites);
    }

    [Fact]
    public void ForSite_ServiceCentre_FillsFromOwnClients()
    {
        var centre = ScopeDefinition.ForSite(Manukau, "Manukau", isPhoneUnit: false, []);
        Assert.Equal([Manukau], centre.FaceToFaceSites);
        Assert.Equal([Manukau], centre.ClientSites);
    }

    [Theory]
    [InlineData("R-020", BenefitType.JobseekerSupportWorkReady, ProposalExclusions.Lmi1)]
    [InlineData("R-027", BenefitType.JobseekerSupportWorkReady, ProposalExclusions.Contracted)]
    [InlineData("R-015", BenefitType.None, ProposalExclusions.NotOnBenefit)]
    [InlineData("R-015", BenefitType.SoleParentSupport, ProposalExclusions.NotInCohort)]
    public void ReasonFor_KeptOut_CountsUnderItsRule(string rule, BenefitType benefit, string reason) =>
        Assert.Equal(reason, ProposalExclusions.ReasonFor(new EligibilityDecision(null, rule, string.Empty), benefit));

    [Fact]
    public void ReasonFor_Continuity_CountsNowhere() =>
        Assert.Null(ProposalExclusions.ReasonFor(new EligibilityDecision(null, EmploymentEligibility.ContinuityRule, string.Empty), BenefitType.JobseekerSupportWorkReady));
}
