using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Tests.Access;

public sealed class ClientAccessPolicyTests
{
    private static readonly SiteId Masterton = new(Guid.Parse("00000000-0000-0000-0000-000000000001"));
    private static readonly SiteId Takaka = new(Guid.Parse("00000000-0000-0000-0000-000000000002"));
    private static readonly SiteId Whanganui = new(Guid.Parse("00000000-0000-0000-0000-000000000003"));
    private static readonly RegionId Wellington = new(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));
    private static readonly RegionId Nelson = new(Guid.Parse("00000000-0000-0000-0000-0000000000a2"));
    private static readonly RegionId Central = new(Guid.Parse("00000000-0000-0000-0000-0000000000a3"));

    private static Viewer At(StaffRole role, SiteId site, RegionId region, CaseManagerVariant variant = CaseManagerVariant.None, params RegionId[] served) =>
        new(StaffId.New(), role, variant, site, region, served);

    private static ClientScope ClientOf(SiteId site, RegionId region, bool restricted = false) => new(site, region, restricted);

    [Fact]
    public void Decide_CaseManagerOwnSiteClient_Allows()
    {
        // a case manager sees their site's clients.
        var decision = ClientAccessPolicy.Decide(At(StaffRole.CaseManager, Masterton, Wellington), ClientOf(Masterton, Wellington), ClientOperation.Read, false);
        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Decide_CaseManagerOtherSiteClient_RefusesWithScopeRuleAndOffersBreakGlass()
    {
        var decision = ClientAccessPolicy.Decide(At(StaffRole.CaseManager, Masterton, Wellington), ClientOf(Takaka, Nelson), ClientOperation.Read, false);
        Assert.False(decision.Allowed);
        Assert.Equal(ClientAccessPolicy.ScopeRule, decision.Rule);
        Assert.True(decision.CanBreakGlass);
        Assert.Contains("another site", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_CaseManagerOtherSiteWithBreakGlass_Allows()
    {
        var decision = ClientAccessPolicy.Decide(At(StaffRole.CaseManager, Masterton, Wellington), ClientOf(Takaka, Nelson), ClientOperation.AddNote, true);
        Assert.True(decision.Allowed);
    }

    [Fact]
    public void Decide_CsrAnyClient_ReadsAndAddsNotesButCannotManageTags()
    {
        var csr = At(StaffRole.CustomerServiceRepresentative, Whanganui, Central);
        Assert.True(ClientAccessPolicy.Decide(csr, ClientOf(Takaka, Nelson), ClientOperation.Read, false).Allowed);
        Assert.True(ClientAccessPolicy.Decide(csr, ClientOf(Takaka, Nelson), ClientOperation.AddNote, false).Allowed);
        var tags = ClientAccessPolicy.Decide(csr, ClientOf(Takaka, Nelson), ClientOperation.ManageTags, false);
        Assert.False(tags.Allowed);
        Assert.Equal(ClientAccessPolicy.RoleRule, tags.Rule);
    }

    [Fact]
    public void Decide_QualityChecker_ReadsEverywhereButNeverWrites()
    {
        var checker = At(StaffRole.QualityChecker, Masterton, Wellington);
        Assert.True(ClientAccessPolicy.Decide(checker, ClientOf(Takaka, Nelson), ClientOperation.Read, false).Allowed);
        Assert.False(ClientAccessPolicy.Decide(checker, ClientOf(Takaka, Nelson), ClientOperation.AddNote, false).Allowed);
        Assert.False(ClientAccessPolicy.Decide(checker, ClientOf(Takaka, Nelson), ClientOperation.Edit, false).Allowed);
    }

    [Fact]
    public void Decide_PhoneBasedUnitStaff_SeeClientsOfServedRegionsOnly()
    {
        var pbcm = At(StaffRole.EmploymentCaseManager, Whanganui, Central, CaseManagerVariant.PhoneBased, Wellington);
        Assert.True(ClientAccessPolicy.Decide(pbcm, ClientOf(Masterton, Wellington), ClientOperation.Read, false).Allowed);
        Assert.False(ClientAccessPolicy.Decide(pbcm, ClientOf(Takaka, Nelson), ClientOperation.Read, false).Allowed);
    }

    [Fact]
    public void Decide_RestrictedRecord_R122_RefusedToOrdinaryCaseManagerEvenWithBreakGlass()
    {
        // staff who are clients get protected records.
        var decision = ClientAccessPolicy.Decide(At(StaffRole.CaseManager, Masterton, Wellington), ClientOf(Masterton, Wellington, restricted: true), ClientOperation.Read, true);
        Assert.False(decision.Allowed);
        Assert.Equal("R-122", decision.Rule);
        Assert.False(decision.CanBreakGlass);
    }

    [Theory]
    [InlineData(StaffRole.NationalOffice, CaseManagerVariant.None, true)]
    [InlineData(StaffRole.CaseManager, CaseManagerVariant.RemoteClientServices, true)]
    [InlineData(StaffRole.ServiceCentreManager, CaseManagerVariant.None, true)]
    [InlineData(StaffRole.Connector, CaseManagerVariant.None, false)]
    [InlineData(StaffRole.CustomerServiceRepresentative, CaseManagerVariant.None, false)]
    public void Decide_RestrictedRecord_R122_OnlyNamedRoles(StaffRole role, CaseManagerVariant variant, bool allowed)
    {
        var decision = ClientAccessPolicy.Decide(At(role, Masterton, Wellington, variant), ClientOf(Masterton, Wellington, restricted: true), ClientOperation.Read, false);
        Assert.Equal(allowed, decision.Allowed);
    }

    [Fact]
    public void Decide_ManagerOfAnotherSite_CannotSeeRestrictedRecord()
    {
        var decision = ClientAccessPolicy.Decide(At(StaffRole.ServiceCentreManager, Takaka, Nelson), ClientOf(Masterton, Wellington, restricted: true), ClientOperation.Read, false);
        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Decide_ViewAudit_OnlyManagersOfTheSiteAndNationalOffice()
    {
        Assert.True(ClientAccessPolicy.Decide(At(StaffRole.ServiceCentreManager, Masterton, Wellington), ClientOf(Masterton, Wellington), ClientOperation.ViewAudit, false).Allowed);
        Assert.True(ClientAccessPolicy.Decide(At(StaffRole.NationalOffice, Masterton, Wellington), ClientOf(Takaka, Nelson), ClientOperation.ViewAudit, false).Allowed);
        Assert.False(ClientAccessPolicy.Decide(At(StaffRole.CaseManager, Masterton, Wellington), ClientOf(Masterton, Wellington), ClientOperation.ViewAudit, false).Allowed);
        var otherManager = ClientAccessPolicy.Decide(At(StaffRole.ServiceCentreManager, Takaka, Nelson), ClientOf(Masterton, Wellington), ClientOperation.ViewAudit, false);
        Assert.False(otherManager.Allowed);
        Assert.False(otherManager.CanBreakGlass);
    }

    [Theory]
    [InlineData(StaffRole.CaseManager, true)]
    [InlineData(StaffRole.Connector, true)]
    [InlineData(StaffRole.ServiceCentreManager, true)]
    [InlineData(StaffRole.Navigator, false)]
    [InlineData(StaffRole.EmploymentSupportRepresentative, false)]
    public void MayBreakGlass_NamedRolesOnly(StaffRole role, bool expected) =>
        Assert.Equal(expected, ClientAccessPolicy.MayBreakGlass(role));
}
