using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.Tests.ContactCentre;

public sealed class CaseManagedCallFlowGuardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);
    private static readonly StaffId Csr = StaffId.New();
    private const VerifyingQuestion Three = VerifyingQuestion.FullName | VerifyingQuestion.CurrentAndPreviousAddress | VerifyingQuestion.PayDayAndBank;

    private static ClientCall NewCall() => new(Guid.NewGuid(), ClientId.New(), Csr, CallDirection.Inbound, null, Now);

    private static ClientCall VerifiedCall()
    {
        var call = NewCall();
        call.Verify(Csr, CallerKind.Client, null, Three, Three, null, Now);
        return call;
    }

    private static CaseManagedCallFlow NewFlow() => new(Guid.NewGuid(), Guid.NewGuid(), ClientId.New(), Csr, StaffId.New(), "Needs food until payday.", Now);

    [Fact]
    public void MayStartOn_UnverifiedCall_IsRefusedNamingR078()
    {
        // nothing about the client is discussed until the person on the line is verified.
        Assert.Equal("R-078", CaseManagedCallFlow.MayStartOn(NewCall())?.Rule);
    }

    [Fact]
    public void MayStartOn_AgentNotVerified_IsRefusedNamingR077()
    {
        // an agent is identified and verified before the client's information is discussed.
        var call = NewCall();
        call.Verify(Csr, CallerKind.Agent, "Hōhepa Tūhoe", VerifyingQuestion.FullName, VerifyingQuestion.None, null, Now);

        Assert.Equal("R-077", CaseManagedCallFlow.MayStartOn(call)?.Rule);
    }

    [Fact]
    public void MayStartOn_VerifiedCall_IsAllowed()
    {
        Assert.Null(CaseManagedCallFlow.MayStartOn(VerifiedCall()));
    }

    [Fact]
    public void MayContinueOn_EndedCallBeforeStepFive_IsRefusedNamingR078()
    {
        // once the call has ended nothing more is discussed on it.
        var call = VerifiedCall();
        call.End(Csr, Now.AddMinutes(10));

        Assert.Equal("R-078", NewFlow().MayContinueOn(call)?.Rule);
    }

    [Fact]
    public void MayContinueOn_EndedCallAtNotesAndEmail_IsAllowedNamingR079()
    {
        // R-079 step 5: the notes and summary e-mail are written after the call.
        var flow = NewFlow();
        flow.CheckCautions(Csr, HandBackReason.LowTrust, false, null);
        var call = VerifiedCall();
        call.End(Csr, Now.AddMinutes(10));

        Assert.Null(flow.MayContinueOn(call));
    }

    [Fact]
    public void HandBackSuggestions_OtherCaseManagementLowTrustAndCautions_SuggestsAllThreeNamingR079()
    {
        // R-079 step 1 (002): other forms of case management, low trust, or a special caution hand the client back.
        var suggestions = CaseManagedCallFlow.HandBackSuggestions([ProgrammeTagCode.IntensiveClientSupport], lowTrustFlag: true, hasCautionsOrMustViewNotes: true);

        Assert.Equal([HandBackReason.OtherCaseManagement, HandBackReason.LowTrust, HandBackReason.SpecialCaution], suggestions);
    }

    [Fact]
    public void HandBackSuggestions_EmploymentCaseManagementAlongsideOther_SuggestsNothingNamingR079()
    {
        // a client of this process (employment or phone-based case management) stays with it.
        var suggestions = CaseManagedCallFlow.HandBackSuggestions(
            [ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.GeneralCaseManagement], lowTrustFlag: false, hasCautionsOrMustViewNotes: false);

        Assert.Empty(suggestions);
    }

    [Theory]
    [InlineData(CaseManagedCallFlow.StepRule, true)]
    [InlineData(CaseManagedCallFlow.NotYoursRule, true)]
    [InlineData(WorkQueueTask.TakenRule, true)]
    [InlineData("R-079", false)]
    [InlineData("call-ended", false)]
    public void IsConflict_ByRule_ConflictOnlyForStepOwnerAndTaskHolder(string rule, bool conflict)
    {
        Assert.Equal(conflict, CaseManagedCallFlow.IsConflict(rule));
    }
}
