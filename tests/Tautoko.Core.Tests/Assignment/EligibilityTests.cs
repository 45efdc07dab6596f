using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Assignment;

public sealed class EligibilityTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static ClientAssignmentFacts Facts(
        int age = 30,
        BenefitType benefit = BenefitType.JobseekerSupportWorkReady,
        ClientFlags flags = ClientFlags.None,
        bool lmi1 = false,
        bool lowTrustTag = false,
        bool onCaseload = false,
        bool contracted = false,
        DateOnly? lastEnded = null) =>
        new(new ClientId(Guid.NewGuid()), new SiteId(Guid.NewGuid()), new RegionId(Guid.NewGuid()), Today.AddYears(-age).AddDays(-1), benefit,
            Today.AddDays(-100), WorkObligation.FullTime, flags, false, lmi1, lowTrustTag, onCaseload, lastEnded, contracted);

    [Fact]
    public void Assess_Lmi1_IsNotProposed_R019_R020()
    {
        // an LMI1 client is not proposed; a case manager may still add them, stating why.
        var decision = EmploymentEligibility.Assess(Facts(lmi1: true), Today, true);
        Assert.False(decision.IsCandidate);
        Assert.Equal("R-020", decision.Rule);
        Assert.Contains("Labour Market Indicator 1", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_AlreadyOnCaseload_IsNotMoved_Continuity()
    {
        // R-021 keeps LMI1 clients already on a caseload; continuity keeps everyone already placed where they are.
        var decision = EmploymentEligibility.Assess(Facts(lmi1: true, onCaseload: true), Today, true);
        Assert.False(decision.IsCandidate);
        Assert.Equal(EmploymentEligibility.ContinuityRule, decision.Rule);
    }

    [Fact]
    public void Assess_BackFromContractedService_IsNotReassignedAutomatically_R027()
    {
        var decision = EmploymentEligibility.Assess(Facts(contracted: true, lastEnded: Today.AddDays(-30)), Today, true);
        Assert.Equal("R-027", decision.Rule);
        Assert.False(decision.IsCandidate);
    }

    [Theory]
    [InlineData(ClientFlags.NeedsFaceToFace, "face-to-face")]
    [InlineData(ClientFlags.LowTrust, "Low Trust")]
    [InlineData(ClientFlags.VoluntaryUnemploymentOrRecompliance, "re-compliance")]
    [InlineData(ClientFlags.ObligationsFailureOrSanction, "sanction")]
    [InlineData(ClientFlags.EmergencyHousingOrHomeless, "emergency housing")]
    [InlineData(ClientFlags.HomeDetentionOrPostDetention, "home detention")]
    [InlineData(ClientFlags.RefugeeQuota, "refugee quota")]
    public void Assess_EachOfTheSevenExceptions_KeepsThemOffPhoneBased_R018(ClientFlags flag, string words)
    {
        // the seven exceptions to phone-based case management; face-to-face employment stays open.
        var decision = EmploymentEligibility.Assess(Facts(flags: flag), Today, true);
        Assert.True(decision.IsCandidate);
        Assert.False(decision.Candidate!.PhoneEligible);
        Assert.Contains("phone-based exception", decision.Candidate.PhoneNote, StringComparison.Ordinal);
        Assert.Contains(words, decision.Candidate.PhoneNote, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Assess_LowTrustTag_IsAPhoneException_R018()
    {
        var decision = EmploymentEligibility.Assess(Facts(lowTrustTag: true), Today, true);
        Assert.False(decision.Candidate!.PhoneEligible);
    }

    [Fact]
    public void Assess_SevenExceptions_AreExactlyTheSeed_R018() => Assert.Equal(7, PhoneBasedRules.Exceptions.Count);

    [Fact]
    public void Assess_YouthOnSolePArentSupport_IsFaceToFaceOnly_R017()
    {
        // phone-based caseloads are Jobseeker Work Ready clients.
        var decision = EmploymentEligibility.Assess(Facts(age: 20, benefit: BenefitType.SoleParentSupport), Today, true);
        Assert.Equal(PriorityCohort.Youth, decision.Candidate!.Cohort);
        Assert.False(decision.Candidate.PhoneEligible);
        Assert.Contains("R-017", decision.Candidate.PhoneNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_RegionWithoutPhoneService_IsFaceToFaceOnly_R017()
    {
        var decision = EmploymentEligibility.Assess(Facts(), Today, regionHasPhoneService: false);
        Assert.False(decision.Candidate!.PhoneEligible);
        Assert.True(EmploymentEligibility.Assess(Facts(), Today, regionHasPhoneService: true).Candidate!.PhoneEligible);
    }

    [Fact]
    public void Assess_WaitCountsFromTheLaterOfBenefitStartAndLastExit()
    {
        Assert.Equal(100, EmploymentEligibility.Assess(Facts(), Today, true).Candidate!.WaitedDays);
        Assert.Equal(20, EmploymentEligibility.Assess(Facts(lastEnded: Today.AddDays(-20)), Today, true).Candidate!.WaitedDays);
    }
}
