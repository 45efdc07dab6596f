using Tautoko.Core.Appointments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;

namespace Tautoko.Core.Tests.Caseloads;

/// <summary>Rules the handlers used to decide themselves, now decided here: .</summary>
public sealed class HandOverRuleTests
{
    [Fact]
    public void WhyNotAnother_RequestPending_NamesR007() =>
        Assert.Equal("R-007", TransferRequest.WhyNotAnother(onePending: true)?.Rule);

    [Fact]
    public void WhyNotAnother_NonePending_IsAllowed() => Assert.Null(TransferRequest.WhyNotAnother(onePending: false));

    [Fact]
    public void WhyNotOfService_CaseloadOfAnotherService_NamesR081AndBothServices()
    {
        var error = DirectPlacement.WhyNotOfService(ProgrammeTagCode.IntensiveClientSupport, CaseManagementService.EmploymentFaceToFace, "Aroha Māka");

        Assert.Equal("R-081", error?.Rule);
        Assert.Contains("Aroha Māka", error!.Message, StringComparison.Ordinal);
        Assert.Contains(CaseManagementService.EmploymentFaceToFace.ShortName(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNotOfService_CaseloadOfTheDecidedService_IsAllowed() =>
        Assert.Null(DirectPlacement.WhyNotOfService(CaseManagementService.EmploymentFaceToFace.Tag(), CaseManagementService.EmploymentFaceToFace, "Aroha Māka"));

    [Fact]
    public void WhyNotSeenBy_NotACaseManager_NamesR049() =>
        Assert.Equal("R-049", WalkInPurposes.WhyNotSeenBy(seenByCaseManager: false)?.Rule);

    [Fact]
    public void WhyNotSeenBy_CaseManager_IsAllowed() => Assert.Null(WalkInPurposes.WhyNotSeenBy(seenByCaseManager: true));
}
