using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;

namespace Tautoko.Core.Tests.Hardship;

public sealed class HardshipApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly StaffId CaseManager = StaffId.New();

    internal static HardshipApplication Application(decimal amount = 250.00m, bool recoverable = false, HardshipNeed need = HardshipNeed.Food, SupplementaryAssistanceCategory? category = null) =>
        new(Guid.CreateVersion7(), ClientId.New(), null, need, category, amount, recoverable, ContactChannel.FaceToFace, "Food for the week.", CaseManager, Now);

    [Fact]
    public void Decline_WithoutReason_IsRefusedNamingR091()
    {
        var application = Application();

        var error = application.WhyNotDecide(DecisionKind.Decline, null, null, "No reason given.");

        Assert.Equal("R-091", error?.Rule);
        Assert.Equal("R-091", Assert.Throws<DomainException>(() => application.Decide(DecisionKind.Decline, null, null, "No reason.", CaseManager, Now)).Error.Rule);
        Assert.Equal(ApplicationStatus.AwaitingDecision, application.Status);
    }

    [Fact]
    public void Decline_WithReasonAndNote_KeepsTheOneReason_AndGrantsNothing()
    {
        var application = Application();

        application.Decide(DecisionKind.Decline, null, DeclineReason.NeedCanBeMetInAnotherWay, "Foodbank referral made.", CaseManager, Now);

        Assert.Equal(ApplicationStatus.Declined, application.Status);
        Assert.Equal(DeclineReason.NeedCanBeMetInAnotherWay, application.DeclineReason);
        Assert.Null(application.AmountGranted);
        Assert.Equal(0m, application.Debt);
    }

    [Fact]
    public void GrantInPart_MoreThanAsked_IsRefused_AndAtTheAmountAsked_IsAllowed()
    {
        var application = Application(300.00m);

        Assert.Equal("hardship-amount", application.WhyNotDecide(DecisionKind.GrantInPart, 300.01m, null, null)?.Rule);
        Assert.Null(application.WhyNotDecide(DecisionKind.GrantInPart, 300.00m, null, null));
        Assert.Equal("hardship-amount", application.WhyNotDecide(DecisionKind.GrantInPart, null, null, null)?.Rule);
    }

    [Fact]
    public void Grant_WithADeclineReason_IsRefused()
    {
        Assert.Equal("R-091", Application().WhyNotDecide(DecisionKind.GrantInFull, null, DeclineReason.Other, null)?.Rule);
    }

    [Fact]
    public void Decide_Twice_IsRefused()
    {
        var application = Application();
        application.Decide(DecisionKind.GrantInFull, null, null, null, CaseManager, Now);

        Assert.Equal("hardship-decided", application.WhyNotDecide(DecisionKind.Decline, null, DeclineReason.Other, "x")?.Rule);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("12.345")]
    [InlineData("50000.01")]
    public void Amount_NotPlausible_IsRefused(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.NotNull(HardshipMoney.WhyNot(value));
        Assert.Equal("hardship-amount", Assert.Throws<DomainException>(() => Application(value)).Error.Rule);
    }

    [Fact]
    public void SupplementaryAssistance_NeedsItsCategory_R090()
    {
        Assert.Equal("R-090", Assert.Throws<DomainException>(() => Application(need: HardshipNeed.Other)).Error.Rule);
        Assert.Equal("R-090", Assert.Throws<DomainException>(() => Application(category: SupplementaryAssistanceCategory.FuneralGrant)).Error.Rule);
        Assert.Equal(SupplementaryAssistanceCategory.FuneralGrant, Application(need: HardshipNeed.Other, category: SupplementaryAssistanceCategory.FuneralGrant).Category);
    }

    [Fact]
    public void Debt_IsTheRecoverableGrantsAmount_ToTheCent()
    {
        var recoverable = Application(1234.56m, recoverable: true);
        var grant = Application(99.99m);
        recoverable.Decide(DecisionKind.GrantInPart, 1000.10m, null, null, CaseManager, Now);
        grant.Decide(DecisionKind.GrantInFull, null, null, null, CaseManager, Now);

        Assert.Equal(1000.10m, recoverable.Debt);
        Assert.Equal(0m, grant.Debt);
        Assert.Equal(1000.10m, new[] { recoverable, grant }.Sum(a => a.Debt));
    }

    [Fact]
    public void GrantOnReview_TurnsTheDeclineIntoAGrantLinkedToTheReview()
    {
        var application = Application(400.00m, recoverable: true);
        application.Decide(DecisionKind.Decline, null, DeclineReason.NotAnEssentialNeed, "Not essential.", CaseManager, Now);
        var review = Guid.CreateVersion7();

        application.GrantOnReview(review, 400.00m, Now.AddDays(10));

        Assert.Equal(ApplicationStatus.Granted, application.Status);
        Assert.Equal(review, application.GrantedByReviewId);
        Assert.Equal(400.00m, application.Debt);
    }

    [Fact]
    public void Review_OfAFullGrant_IsRefused()
    {
        var application = Application();
        application.Decide(DecisionKind.GrantInFull, null, null, null, CaseManager, Now);

        Assert.Equal("review-granted", application.WhyNotReview()?.Rule);
    }
}
