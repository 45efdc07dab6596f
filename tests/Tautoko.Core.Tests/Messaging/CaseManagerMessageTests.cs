using Tautoko.Core.Common;
using Tautoko.Core.Messaging;

namespace Tautoko.Core.Tests.Messaging;

public sealed class CaseManagerMessageTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);
    private static readonly StaffId CaseManager = StaffId.New();

    private static CaseManagerMessage FromClient(CaseManagerMessageKind kind = CaseManagerMessageKind.Email) =>
        new(Guid.NewGuid(), CaseManager, ClientId.New(), kind, "Aroha Māka", null, "My appointment", "Can I move it?", Received);

    private static string Show(DateTimeOffset t) => t.ToString("u", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void New_IsDueWithin24HoursAndOverdueAfter()
    {
        // e-mails to a case manager are acknowledged within 24 hours; R-053: calls returned within 24 hours.
        var email = FromClient();
        var voicemail = FromClient(CaseManagerMessageKind.Voicemail);

        Assert.Equal(Received.AddHours(24), email.DueAt);
        Assert.Equal(Received.AddHours(24), voicemail.DueAt);
        Assert.False(email.IsOverdue(Received.AddHours(23)));
        Assert.True(email.IsOverdue(Received.AddHours(25)));
    }

    [Fact]
    public void Acknowledge_ByPhoneWithin24Hours_IsInTimeAndWritesTheCallOutcomeForTheLog()
    {
        // acknowledged within 24 hours; 003: the outcome of the call goes in the engagement log.
        var email = FromClient();

        var log = email.Acknowledge(CaseManager, MessageResponse.PhoneContactMade, "Moved to Thursday 2pm.", Received.AddHours(5), Show);

        Assert.True(email.AnsweredInTime);
        Assert.False(email.IsOverdue(Received.AddDays(3)));
        Assert.Contains("Moved to Thursday 2pm.", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledge_NoReply_RecordsTheAttemptWithItsDateAndTime()
    {
        // 003: "add a note … that an attempt was made to contact the client, and include the date and time of the call".
        var email = FromClient();
        var at = Received.AddHours(30);

        var log = email.Acknowledge(CaseManager, MessageResponse.PhoneNoReply, null, at, Show);

        Assert.Contains(Show(at), log, StringComparison.Ordinal);
        Assert.False(email.AnsweredInTime);
    }

    [Fact]
    public void Acknowledge_ClientEmailAsNoted_IsRefusedNamingR052()
    {
        var email = FromClient();

        Assert.Equal("R-052", Assert.Throws<DomainException>(() => email.Acknowledge(CaseManager, MessageResponse.Noted, null, Received, Show)).Error.Rule);
    }

    [Fact]
    public void Acknowledge_EmailReplyWithoutACopy_IsRefused_Twice_IsRefused()
    {
        // 003: "If the response is made by email, a copy of this should be added to the client's Engagement Log".
        var email = FromClient();

        Assert.Equal("message-note", Assert.Throws<DomainException>(() => email.Acknowledge(CaseManager, MessageResponse.EmailReply, " ", Received, Show)).Error.Rule);
        email.Acknowledge(CaseManager, MessageResponse.EmailReply, "Kia ora Aroha, Thursday 2pm is fine.", Received.AddHours(1), Show);
        Assert.Equal("message-acknowledged", Assert.Throws<DomainException>(() => email.Acknowledge(CaseManager, MessageResponse.EmailReply, "Again.", Received, Show)).Error.Rule);
    }

    [Fact]
    public void Acknowledge_ColleaguesSummary_IsNotedAndWritesNothingToTheLog()
    {
        var summary = new CaseManagerMessage(Guid.NewGuid(), CaseManager, ClientId.New(), CaseManagerMessageKind.Email, "A CSR", StaffId.New(), "Contact centre call", "Summary…", Received);

        Assert.Null(summary.Acknowledge(CaseManager, MessageResponse.Noted, null, Received.AddHours(2), Show));
        Assert.True(summary.AnsweredInTime);
    }
}
