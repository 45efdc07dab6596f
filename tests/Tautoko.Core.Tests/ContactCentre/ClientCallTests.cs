using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;

namespace Tautoko.Core.Tests.ContactCentre;

public sealed class ClientCallTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);
    private static readonly StaffId Csr = StaffId.New();
    private static readonly ClientAgent Agent = new("Hōhepa Tūhoe", "Brother", "021 555 0199", true);
    private const VerifyingQuestion Three = VerifyingQuestion.FullName | VerifyingQuestion.CurrentAndPreviousAddress | VerifyingQuestion.PayDayAndBank;

    private static ClientCall NewCall() => new(Guid.NewGuid(), ClientId.New(), Csr, CallDirection.Outbound, null, Now);

    [Fact]
    public void New_IsNotVerifiedAndReleasesNothing()
    {
        // identify the person and ask verifying questions before releasing any client information.
        var call = NewCall();

        Assert.Equal(CallVerification.NotVerified, call.Verification);
        Assert.False(call.MayReleaseClientInformation);
    }

    [Fact]
    public void Verify_ClientWithThreeCorrectAnswersIncludingFullName_IsVerified()
    {
        // confirming identity (client, agent or third party) and verifying questions.
        var call = NewCall();

        Assert.Equal(CallVerification.Verified, call.Verify(Csr, CallerKind.Client, null, Three, Three, null, Now));
        Assert.True(call.MayReleaseClientInformation);
        Assert.Equal(Now, call.VerifiedAt);
    }

    [Theory]
    [InlineData(VerifyingQuestion.FullName | VerifyingQuestion.PayDayAndBank, VerifyingQuestion.FullName | VerifyingQuestion.PayDayAndBank)]
    [InlineData(VerifyingQuestion.PayDayAndBank | VerifyingQuestion.LastAppointment | VerifyingQuestion.IrdEmailOrPhone, VerifyingQuestion.PayDayAndBank | VerifyingQuestion.LastAppointment | VerifyingQuestion.IrdEmailOrPhone)]
    [InlineData(Three | VerifyingQuestion.LastAppointment, Three)]
    public void Verify_TooFewNoFullNameOrAWrongAnswer_Fails(VerifyingQuestion asked, VerifyingQuestion correct)
    {
        // "100% confident we're talking to the right person every time".
        var call = NewCall();

        Assert.Equal(CallVerification.Failed, call.Verify(Csr, CallerKind.Client, null, asked, correct, null, Now));
        Assert.False(call.MayReleaseClientInformation);
        Assert.NotNull(call.VerificationNote);
    }

    [Fact]
    public void Verify_ThirdParty_NeverReleases()
    {
        var call = NewCall();

        Assert.Equal(CallVerification.Failed, call.Verify(Csr, CallerKind.ThirdParty, "A neighbour", Three, Three, Agent, Now));
        Assert.Contains("third party", call.VerificationNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AgentNamedOnTheRecord_IsVerified_AnyOtherAgentIsNot()
    {
        // if a client has an agent, their identity must be verified before the call continues.
        var call = NewCall();

        Assert.Equal(CallVerification.Failed, call.Verify(Csr, CallerKind.Agent, "Someone Else", Three, Three, Agent, Now));
        Assert.Equal(CallVerification.Failed, call.Verify(Csr, CallerKind.Agent, "Hohepa Tuhoe", Three, Three, null, Now));
        Assert.Equal(CallVerification.Verified, call.Verify(Csr, CallerKind.Agent, "hohepa tuhoe", Three, Three, Agent, Now));
        Assert.Equal(CallerKind.Agent, call.CallerKind);
    }

    [Fact]
    public void Verify_WithoutQuestions_IsRefusedNamingR078()
    {
        var call = NewCall();

        var error = Assert.Throws<DomainException>(() => call.Verify(Csr, CallerKind.Client, null, VerifyingQuestion.None, VerifyingQuestion.None, null, Now)).Error;

        Assert.Equal("R-078", error.Rule);
    }

    [Fact]
    public void End_ThenVerify_IsRefused_AndNothingIsReleasedAfterTheCall()
    {
        var call = NewCall();
        call.Verify(Csr, CallerKind.Client, null, Three, Three, null, Now);
        call.End(Csr, Now.AddMinutes(9));

        Assert.False(call.MayReleaseClientInformation);
        Assert.Equal("call-ended", Assert.Throws<DomainException>(() => call.Verify(Csr, CallerKind.Client, null, Three, Three, null, Now)).Error.Rule);
    }

    [Fact]
    public void Questions_AreTheSeedsEightExamples()
    {
        Assert.Equal(8, VerifyingQuestions.All.Count);
        Assert.Equal("Their full name, including middle names", VerifyingQuestion.FullName.Wording());
        Assert.Equal("Their IRD number, email address, and phone number on file", VerifyingQuestion.IrdEmailOrPhone.Wording());
    }
}
