using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.Tests.WorkQueues;

public sealed class OutboundCallingTests
{
    [Fact]
    public void For_ClientNumber_PrefixesTwentyFiveSoTheClientSeesTheFreephone()
    {
        // 003: "Use '25' as a prefix when the call is made so that the number displayed is 0800 559 009".
        var dial = OutboundCalling.For("021 555 0101");

        Assert.Equal("250215550101", dial.Dial);
        Assert.Equal("0800 559 009", dial.ShownNumber);
    }

    [Fact]
    public void For_NoNumber_NothingToDial() => Assert.Null(OutboundCalling.For(null).Dial);

    [Theory]
    [InlineData(AttemptResult.NoAnswer)]
    [InlineData(AttemptResult.Busy)]
    [InlineData(AttemptResult.Voicemail)]
    public void WhyNotRequeue_OneUnansweredCall_TryAgainFirst(AttemptResult result)
    {
        // 003: "Let the phone ring to voicemail and try again, if necessary, before re-queuing" (with R-073's attempts).
        Assert.Equal(OutboundCalling.Rule, OutboundCalling.WhyNotRequeue([(AttemptChannel.Phone, result)])?.Rule);
    }

    [Fact]
    public void WhyNotRequeue_NoCallsOrTwoOrAnswered_MayRequeue()
    {
        Assert.Null(OutboundCalling.WhyNotRequeue([]));
        Assert.Null(OutboundCalling.WhyNotRequeue([(AttemptChannel.Phone, AttemptResult.NoAnswer), (AttemptChannel.Phone, AttemptResult.Voicemail)]));
        Assert.Null(OutboundCalling.WhyNotRequeue([(AttemptChannel.Phone, AttemptResult.Answered)]));
        Assert.Null(OutboundCalling.WhyNotRequeue([(AttemptChannel.Phone, AttemptResult.WrongOrDisconnectedNumber)]));
    }
}
