using Tautoko.Core.Caseloads;

namespace Tautoko.Core.Tests.Caseloads;

public sealed class ExitEngagementTests
{
    private static ExitChecklist Checklist(ExitReason reason) =>
        new(reason, ObligationsFailuresAndSanctionsConsidered: true, null, false, 0, false, false, [], "Client not engaging over several months despite calls and letters.", null);

    [Fact]
    public void LowContact_NoProactiveEngagementOrExitInterview_Refused_R025()
    {
        // R-025 (002): engage proactively before exiting; else an exit interview with advice on other channels.
        var problems = Checklist(ExitReason.LowMotivationOrContact).Problems();

        Assert.True(problems.ContainsKey("proactiveEngagementTried"));
        Assert.Equal("R-025", Assert.Throws<Tautoko.Core.Common.DomainException>(() => Checklist(ExitReason.LowMotivationOrContact).ThrowIfInvalid()).Error.Rule);
    }

    [Fact]
    public void LowContact_ProactiveOrExitInterview_EitherWill_R025()
    {
        Assert.Empty((Checklist(ExitReason.LowMotivationOrContact) with { ProactiveEngagementTried = true }).Problems());
        var interview = Checklist(ExitReason.LowMotivationOrContact) with { ExitInterviewWithAdvice = true };
        Assert.Empty(interview.Problems());
        Assert.Contains("exit interview completed, with advice", interview.EngagementText("Aroha Ngata", CaseManagementService.EmploymentFaceToFace, "ECM"), StringComparison.Ordinal);
    }

    [Fact]
    public void Aggressive_PhoneBasedConsideredOrMovingToIt_R024()
    {
        // R-024 (002): aggressive behaviour — phone-based case management may be considered.
        Assert.True(Checklist(ExitReason.AggressiveBehaviour).Problems().ContainsKey("phoneBasedConsidered"));
        Assert.Equal("R-024", Assert.Throws<Tautoko.Core.Common.DomainException>(() => Checklist(ExitReason.AggressiveBehaviour).ThrowIfInvalid()).Error.Rule);
        Assert.Empty((Checklist(ExitReason.AggressiveBehaviour) with { PhoneBasedConsidered = true }).Problems());
        Assert.Empty((Checklist(ExitReason.AggressiveBehaviour) with { MovingToService = CaseManagementService.PhoneBased, HandOverArranged = true }).Problems());
    }
}
