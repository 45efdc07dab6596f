using System.Globalization;
using System.Text.RegularExpressions;
using Tautoko.Core.Appointments;

namespace Tautoko.Core.Calls;

/// <summary>
/// One line of a telephony CSV, checked field by field: what it says (<see cref="CallFacts"/> and the queue's business unit)
/// or why not, naming the field. Times are ISO 8601 (<c>2025-07-01 09:15:30</c> or with a <c>T</c>, seconds optional):
/// New Zealand time (Pacific/Auckland) unless an offset (<c>Z</c>, <c>+12:00</c>, <c>+13:00</c>) is given.
/// </summary>
public static partial class CallLine
{
    public const string CallIdField = "callId";
    public const string QueueField = "queue";
    public const string OfferedField = "offered";
    public const string AnsweredField = "answered";
    public const string EndedField = "ended";
    public const string AbandonedField = "abandoned";
    public const string CallbackOfferedField = "callbackOffered";
    public const string CallbackAcceptedField = "callbackAccepted";

    /// <summary>The columns, in their usual order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        [CallIdField, QueueField, OfferedField, AnsweredField, EndedField, AbandonedField, CallbackOfferedField, CallbackAcceptedField];

    /// <summary>A call longer than this from offer to end is a telephony error, not a call.</summary>
    public static readonly TimeSpan LongestCall = TimeSpan.FromHours(24);

    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    private static readonly string[] OffsetFormats = [.. LocalFormats.Select(f => f + "zzz"), .. LocalFormats.Select(f => f + "'Z'")];

    /// <summary>
    /// The header's name for a column, or null: case, spaces, hyphens and underscores are ignored, and "time"/"at" may
    /// follow the time columns ("Call ID", "call_id", "Offered time", "call-back accepted" all work).
    /// </summary>
    public static string? FieldOfHeader(string header)
    {
        var h = new string([.. header.Where(char.IsLetterOrDigit)]).ToLowerInvariant();
        return h switch
        {
            "callid" or "id" => CallIdField,
            "queue" or "queuename" => QueueField,
            "offered" or "offeredtime" or "offeredat" => OfferedField,
            "answered" or "answeredtime" or "answeredat" => AnsweredField,
            "end" or "ended" or "endtime" or "endedat" or "endat" => EndedField,
            "abandoned" => AbandonedField,
            "callbackoffered" => CallbackOfferedField,
            "callbackaccepted" => CallbackAcceptedField,
            _ => null,
        };
    }

    /// <summary>The line's facts and unit, or its problems by field (never both).</summary>
    public static (CallFacts? Facts, BusinessUnit Unit, IReadOnlyList<(string Field, string Message)> Problems) Check(IReadOnlyDictionary<string, string?> values, DateTimeOffset now)
    {
        var problems = new List<(string, string)>();
        string Text(string field) => values.TryGetValue(field, out var v) ? v?.Trim() ?? string.Empty : string.Empty;

        var callId = Text(CallIdField);
        if (callId.Length == 0)
        {
            problems.Add((CallIdField, "The call id is missing."));
        }
        else if (callId.Length > CallRecord.MaxCallIdLength || !CallIdPattern().IsMatch(callId))
        {
            problems.Add((CallIdField, $"The call id is at most {CallRecord.MaxCallIdLength} letters, digits, '.', '-', '_' or ':'."));
        }

        var queue = Text(QueueField);
        var unit = queue.Length == 0 ? null : CallQueueCatalogue.UnitOf(queue);
        if (queue.Length == 0)
        {
            problems.Add((QueueField, "The queue is missing."));
        }
        else if (unit is null)
        {
            problems.Add((QueueField, $"The queue \"{Shorten(queue)}\" is not in the queue catalogue, so its business unit is unknown."));
        }

        var offered = Time(Text(OfferedField), OfferedField, required: true, now, problems);
        var answered = Time(Text(AnsweredField), AnsweredField, required: false, now, problems);
        var ended = Time(Text(EndedField), EndedField, required: true, now, problems);
        var abandoned = Flag(Text(AbandonedField), AbandonedField, problems);
        var callbackOffered = Flag(Text(CallbackOfferedField), CallbackOfferedField, problems);
        var callbackAccepted = Flag(Text(CallbackAcceptedField), CallbackAcceptedField, problems);

        if (offered is { } o && answered is { } a && a < o)
        {
            problems.Add((AnsweredField, "The call is answered at or after it was offered."));
        }

        if (offered is { } o2 && ended is { } e)
        {
            var from = answered is { } a2 && a2 >= o2 ? a2 : o2;
            if (e < from)
            {
                problems.Add((EndedField, answered is null ? "The call ends at or after it was offered." : "The call ends at or after it was answered."));
            }
            else if (e - o2 > LongestCall)
            {
                problems.Add((EndedField, $"The call lasts at most {LongestCall.TotalHours:0} hours from offer to end."));
            }
        }

        if (abandoned == true && answered is not null)
        {
            problems.Add((AbandonedField, "An abandoned call has no answered time."));
        }

        if (callbackAccepted == true && callbackOffered == false)
        {
            problems.Add((CallbackAcceptedField, "A call-back is accepted only when it was offered."));
        }

        if (problems.Count > 0)
        {
            return (null, default, problems);
        }

        return (new CallFacts(callId, queue.ToUpperInvariant(), offered!.Value, answered, ended!.Value, abandoned!.Value, callbackOffered!.Value, callbackAccepted!.Value), unit!.Value, []);
    }

    private static DateTimeOffset? Time(string text, string field, bool required, DateTimeOffset now, List<(string, string)> problems)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add((field, $"The {Word(field)} time is missing."));
            }

            return null;
        }

        DateTimeOffset instant;
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            instant = withOffset.ToUniversalTime();
        }
        else if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (NzLocalTime.Zone.IsInvalidTime(local))
            {
                problems.Add((field, $"\"{Shorten(text)}\" did not happen in New Zealand (the clocks went forward); give the time with its offset."));
                return null;
            }

            instant = NzLocalTime.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        }
        else
        {
            problems.Add((field, $"\"{Shorten(text)}\" is not a time: use yyyy-MM-dd HH:mm:ss (New Zealand time), optionally followed by an offset such as +13:00 or Z."));
            return null;
        }

        if (instant < Earliest || instant > now.AddDays(1))
        {
            problems.Add((field, $"The {Word(field)} time is from 2000 up to now."));
            return null;
        }

        return instant;
    }

    private static bool? Flag(string text, string field, List<(string, string)> problems)
    {
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "1":
                return true;
            case "false" or "no" or "n" or "0":
                return false;
            default:
                problems.Add((field, text.Length == 0 ? $"The {Word(field)} column is missing: true or false." : $"\"{Shorten(text)}\" is not true or false."));
                return null;
        }
    }

    private static string Word(string field) => field switch
    {
        CallbackOfferedField => "call-back offered",
        CallbackAcceptedField => "call-back accepted",
        EndedField => "end",
        _ => field,
    };

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [GeneratedRegex("^[A-Za-z0-9._:-]+$")]
    private static partial Regex CallIdPattern();
}
