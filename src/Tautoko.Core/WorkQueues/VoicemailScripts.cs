using System.Globalization;

namespace Tautoko.Core.WorkQueues;

/// <summary>What the worker heard when the phone went to voicemail (003, "Unsuccessful contact when calling phone appointments").</summary>
public enum VoicemailSituation
{
    /// <summary>The outgoing message identifies the client.</summary>
    IdentifiesClient = 0,

    /// <summary>The outgoing message does not identify the client, but records confirm the number is theirs.</summary>
    NumberConfirmedFromRecords = 1,

    /// <summary>Not sure the number belongs to the client.</summary>
    NumberNotConfirmed = 2,
}

public enum VoicemailScriptKind
{
    IdentifyingFirstOrSecondAttempt = 0,
    IdentifyingThirdAttempt = 1,
    NotIdentifying = 2,
    NoMessage = 3,
}

/// <summary>A script as offered: the seed's heading and wording, the message with the blanks filled in (none when no message may be left), and the seed's guidance.</summary>
public sealed record VoicemailScript(VoicemailScriptKind Kind, string Heading, string Template, string? Message, string Guidance);

/// <summary>
/// R-076: the seed's voicemail scripts, word for word (003, "Unsuccessful contact when calling phone
/// appointments"), chosen by the attempt number and by whether the voicemail identifies the client.
/// </summary>
public static class VoicemailScripts
{
    public const string IdentifyingFirstOrSecondHeading = "Unsuccessful contact (Attempt 1 or 2) when voicemail identifies client";

    public const string IdentifyingFirstOrSecondTemplate =
        "Kia ora [client name]. It's [case manager name] from Ministry of Social Development. We're trying to contact you regarding your request for assistance. We will try you again shortly.";

    public const string IdentifyingThirdHeading = "Unsuccessful contact (Attempt 3) when voicemail identifies client";

    public const string IdentifyingThirdTemplate =
        "Kia ora [client name]. It's [case manager name] from Ministry of Social Development. We're trying to contact you regarding your request for assistance. We've tried twice at [day/time] and [day/time]. If you still need help, please call us on 0800 559 009.";

    public const string NotIdentifyingHeading = "Unsuccessful contact when voicemail does not identify client";

    // The seed writes "case managers name" here, without the apostrophe; kept as written.
    public const string NotIdentifyingTemplate =
        "Kia ora [client name], this is [case managers name] from Ministry of Social Development, could you give us a call on 0800 559 009.";

    public const string IdentifyingGuidance =
        "If the client's outgoing message for their voicemail identifies them, leave a message advising we will try again.";

    public const string NotIdentifyingGuidance =
        "If voicemail does not identify client, but you can confirm from previous interactions/records held in CMS that the number belongs to the client, the message left should be minimal.";

    public const string NoFurtherDetailGuidance =
        "No further detail should be given in case someone else intercepts the voice message.";

    public const string NoMessageHeading = "No voicemail: the number is not known to be the client's";

    public const string NoMessageGuidance =
        "If you are not sure the phone number belongs to the client, you cannot leave a voice mail. Make clear notes in CMS so that the next staff member can follow up with the client directly.";

    private static readonly CultureInfo NewZealand = CultureInfo.GetCultureInfo("en-NZ");

    /// <summary>Which script fits: the attempt number counts this call (1 for the first try).</summary>
    public static VoicemailScriptKind Choose(VoicemailSituation situation, int attemptNumber) => situation switch
    {
        VoicemailSituation.IdentifiesClient => attemptNumber >= 3 ? VoicemailScriptKind.IdentifyingThirdAttempt : VoicemailScriptKind.IdentifyingFirstOrSecondAttempt,
        VoicemailSituation.NumberConfirmedFromRecords => VoicemailScriptKind.NotIdentifying,
        VoicemailSituation.NumberNotConfirmed => VoicemailScriptKind.NoMessage,
    };

    /// <summary>
    /// The script with its blanks filled in. <paramref name="earlierTries"/> are the earlier attempts in
    /// local time, oldest first; the third-attempt script names the two before this one.
    /// </summary>
    public static VoicemailScript Render(VoicemailScriptKind kind, string clientName, string staffName, IReadOnlyList<DateTimeOffset> earlierTries)
    {
        ArgumentNullException.ThrowIfNull(earlierTries);
        return kind switch
        {
            VoicemailScriptKind.IdentifyingFirstOrSecondAttempt => new VoicemailScript(
                kind, IdentifyingFirstOrSecondHeading, IdentifyingFirstOrSecondTemplate,
                Fill(IdentifyingFirstOrSecondTemplate, clientName, staffName), IdentifyingGuidance),
            VoicemailScriptKind.IdentifyingThirdAttempt => new VoicemailScript(
                kind, IdentifyingThirdHeading, IdentifyingThirdTemplate,
                FillTries(Fill(IdentifyingThirdTemplate, clientName, staffName), earlierTries), IdentifyingGuidance),
            VoicemailScriptKind.NotIdentifying => new VoicemailScript(
                kind, NotIdentifyingHeading, NotIdentifyingTemplate,
                Fill(NotIdentifyingTemplate, clientName, staffName), $"{NotIdentifyingGuidance} {NoFurtherDetailGuidance}"),
            VoicemailScriptKind.NoMessage => new VoicemailScript(kind, NoMessageHeading, string.Empty, null, NoMessageGuidance),
        };
    }

    /// <summary>How a try is named in the third-attempt script: the day and the time, e.g. "Monday 9:15 am".</summary>
    public static string DayTime(DateTimeOffset localTime) => localTime.ToString("dddd h:mm tt", NewZealand);

    private static string Fill(string template, string clientName, string staffName) => template
        .Replace("[client name]", clientName, StringComparison.Ordinal)
        .Replace("[case manager name]", staffName, StringComparison.Ordinal)
        .Replace("[case managers name]", staffName, StringComparison.Ordinal);

    private static string FillTries(string text, IReadOnlyList<DateTimeOffset> earlierTries)
    {
        if (earlierTries.Count < 2)
        {
            throw new InvalidOperationException("The third-attempt script names two earlier tries.");
        }

        var two = earlierTries.OrderBy(t => t).TakeLast(2).ToList();
        var first = text.IndexOf("[day/time]", StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, first), DayTime(two[0]), text.AsSpan(first + "[day/time]".Length));
        var second = text.IndexOf("[day/time]", StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, second), DayTime(two[1]), text.AsSpan(second + "[day/time]".Length));
    }
}
