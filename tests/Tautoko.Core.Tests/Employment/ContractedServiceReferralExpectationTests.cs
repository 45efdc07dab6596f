using Tautoko.Core.Clients;
using Tautoko.Core.Employment;

namespace Tautoko.Core.Tests.Employment;

/// <summary>Seed 002 (work preparation): "Clients are referred to contracted services ... where appropriate" — appropriate when the profile records barriers.</summary>
public sealed class ContractedServiceReferralExpectationTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly CoreExpectationFacts WorkPreparation =
        new(WorkObligation.WorkPreparation, ClientFlags.None, false, null, 1, Today.AddDays(-3), true, HasGoals: true);

    private static ExpectationResult? Find(CoreExpectationFacts facts) =>
        CoreExpectations.Evaluate(facts, Today).SingleOrDefault(r => r.Expectation == CoreExpectation.ContractedServiceReferral);

    [Fact]
    public void BarriersRecorded_NoReferral_Missing_FixIsTheReferralsPage_Seed002WorkPreparation()
    {
        var result = Find(WorkPreparation with { ContractedServiceReferral = new ReferralNeed(BarriersRecorded: true, Referred: false) })!;
        Assert.Equal(ExpectationStatus.Missing, result.Status);
        Assert.Equal(ExpectationFix.ReferralsPage, result.Fix);
    }

    [Fact]
    public void BarriersRecorded_Referred_Met_Seed002WorkPreparation()
    {
        Assert.Equal(ExpectationStatus.Met, Find(WorkPreparation with { ContractedServiceReferral = new ReferralNeed(true, true) })!.Status);
    }

    [Fact]
    public void NoBarriers_NotNeeded_CountedAsMet_Seed002WorkPreparation()
    {
        var result = Find(WorkPreparation with { ContractedServiceReferral = new ReferralNeed(false, false) })!;
        Assert.Equal(ExpectationStatus.Met, result.Status);
        Assert.Contains("no barriers", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WorkObligation.FullTime)]
    [InlineData(WorkObligation.PartTime)]
    [InlineData(WorkObligation.None)]
    public void OtherObligations_NotCarried(WorkObligation obligation)
    {
        Assert.Null(Find(WorkPreparation with { Obligation = obligation, ContractedServiceReferral = new ReferralNeed(true, false) }));
    }
}
