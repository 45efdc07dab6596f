using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Tests.Caseloads;

/// <summary>A client placed directly on a caseload: one open placement, LMI1 with a reason, phone-based rules .</summary>
public sealed class DirectPlacementTests
{
    private static readonly RegionId Auckland = new(Guid.NewGuid());

    private static PlacementFacts Client(bool onCaseload = false, bool lmi1 = false, BenefitType benefit = BenefitType.JobseekerSupportWorkReady, ClientFlags flags = ClientFlags.None, bool lowTrust = false) =>
        new(onCaseload, lmi1, benefit, Auckland, flags, lowTrust);

    private static Failure? Refusal(PlacementFacts client, CaseManagementService service = CaseManagementService.EmploymentFaceToFace, string? lmi1Reason = null) =>
        DirectPlacement.Refusal(client, service, [Auckland], lmi1Reason);

    [Fact]
    public void Refusal_EligibleClient_Allows() => Assert.Null(Refusal(Client()));

    [Fact]
    public void Refusal_AlreadyOnCaseload_ConflictsAsPlaced() =>
        Assert.Equal(DirectPlacement.OpenRule, Assert.IsType<Failure.StateConflict>(Refusal(Client(onCaseload: true))).Error.Rule);

    [Fact]
    public void Refusal_Lmi1WithoutReason_BreaksR020() =>
        Assert.Equal("R-020", Assert.IsType<Failure.RuleBroken>(Refusal(Client(lmi1: true))).Error.Rule);

    [Fact]
    public void Refusal_Lmi1WithReason_Allows() => Assert.Null(Refusal(Client(lmi1: true), lmi1Reason: "Asked for help with a CV."));

    [Fact]
    public void Refusal_PhoneBasedNotWorkReady_BreaksR017() =>
        Assert.Equal("R-017", Assert.IsType<Failure.RuleBroken>(Refusal(Client(benefit: BenefitType.SoleParentSupport), CaseManagementService.PhoneBased)).Error.Rule);

    [Fact]
    public void Refusal_PhoneBasedRegionNotServed_BreaksR017() =>
        Assert.Equal("R-017", Assert.IsType<Failure.RuleBroken>(DirectPlacement.Refusal(Client(), CaseManagementService.PhoneBased, [], null)).Error.Rule);

    [Fact]
    public void Refusal_PhoneBasedLowTrust_BreaksR018() =>
        Assert.Equal("R-018", Assert.IsType<Failure.RuleBroken>(Refusal(Client(lowTrust: true), CaseManagementService.PhoneBased)).Error.Rule);

    [Fact]
    public void Reason_Lmi1Client_RecordsWhyCaseManagementIsNeeded() =>
        Assert.Equal("Wants work (LMI1 tag noted; case management needed because: New to NZ)", DirectPlacement.Reason(" Wants work ", true, " New to NZ "));
}
