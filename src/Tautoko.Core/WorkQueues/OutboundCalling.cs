using Tautoko.Core.Common;

namespace Tautoko.Core.WorkQueues;

/// <summary>What to dial so the client sees the agency's number, as a worker reads it.</summary>
public sealed record DialInstruction(string Prefix, string ShownNumber, string? Dial, string Guidance);

/// <summary>
/// Outbound calls on a Service Centre Referral task (003, "Managing Service Centre Referral requests in S2P"):
/// "Use '25' as a prefix when the call is made so that the number displayed is 0800 559 009" and
/// "Let the phone ring to voicemail and try again, if necessary, before re-queuing".
/// </summary>
public static class OutboundCalling
{
    public const string Rule = "outbound-call";

    /// <summary>The seed's dialling prefix.</summary>
    public const string Prefix = "25";

    /// <summary>The number the client sees when the prefix is used.</summary>
    public const string ShownNumber = "0800 559 009";

    public const string PrefixGuidance = "Use '25' as a prefix when the call is made so that the number displayed is 0800 559 009.";

    public const string RetryGuidance = "Let the phone ring to voicemail and try again, if necessary, before re-queuing.";

    /// <summary>The number to dial for <paramref name="phone"/>: the prefix, then the client's number as digits (none without a number).</summary>
    public static DialInstruction For(string? phone)
    {
        var digits = phone is null ? string.Empty : new string([.. phone.Where(char.IsAsciiDigit)]);
        return new DialInstruction(Prefix, ShownNumber, digits.Length == 0 ? null : Prefix + digits, PrefixGuidance);
    }

    /// <summary>
    /// Before a task is put back in the queue: when the only call made since taking it went unanswered
    /// (it did not reach the client), try again first. No calls at all, a second try, a call answered or a
    /// message left are all fine.
    /// </summary>
    public static DomainError? WhyNotRequeue(IReadOnlyList<(AttemptChannel Channel, AttemptResult Result)> attemptsSinceTaken)
    {
        ArgumentNullException.ThrowIfNull(attemptsSinceTaken);
        var calls = attemptsSinceTaken.Where(a => a.Channel == AttemptChannel.Phone).ToList();
        return calls.Count == 1 && calls[0].Result is AttemptResult.NoAnswer or AttemptResult.Busy or AttemptResult.Voicemail
            ? new DomainError(Rule, RetryGuidance + " Record a second try before putting the task back in the queue.")
            : null;
    }
}
