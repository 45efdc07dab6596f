using System.Globalization;
using Tautoko.Core.Calendar;

namespace Tautoko.Core.Staff;

/// <summary>Who covers a case manager who is away, as a caller or e-mailer is told: the buddy's name and contact details.</summary>
public sealed record AwayCover(string BuddyName, string? BuddyPhone, string? BuddyEmail);

/// <summary>
/// R-051: the out-of-office message and voicemail greetings the seed gives (003, "Planned leave",
/// "Unplanned leave", "Setting up Voicemail"). Planned leave always puts an out-of-office with the buddy's
/// contact details on the case manager's e-mail; unplanned leave does so when it runs for more than a day.
/// </summary>
public static class AwayMessages
{
    /// <summary>The general enquiries number the seed's greetings and scripts give.</summary>
    public const string GeneralEnquiries = "0800 559 009";

    /// <summary>The seed's example standard greeting (003, "Standard voicemail message").</summary>
    public const string StandardGreetingTemplate =
        "Kia ora, you have reached [Your name], please leave your name and number and I will contact you as soon as possible.";

    /// <summary>The seed's leave greeting (003, "Leave message"), word for word.</summary>
    public const string LeaveGreetingTemplate =
        "Kia ora and welcome to the Ministry of Social Development, this is [case manager's name]. I am not available until [insert return date]. If you wish to speak to someone now, please contact [buddy's name and contact number]. Alternatively, you can call our general enquiries number on 0800 559 009.";

    private static readonly CultureInfo NewZealand = CultureInfo.GetCultureInfo("en-NZ");

    /// <summary>R-051: planned leave always; unplanned leave only when it is over a day.</summary>
    public static bool NeedsOutOfOffice(StaffLeave leave)
    {
        ArgumentNullException.ThrowIfNull(leave);
        return leave.Kind == LeaveKind.Planned || leave.To > leave.From;
    }

    /// <summary>The leave that runs on <paramref name="today"/>, if any.</summary>
    public static StaffLeave? Current(IEnumerable<StaffLeave> leave, DateOnly today) =>
        leave.Where(l => l.Covers(today)).OrderByDescending(l => l.To).FirstOrDefault();

    /// <summary>The first working day after the leave that covers <paramref name="today"/> (and any leave straight after it).</summary>
    public static DateOnly ReturnDate(IReadOnlyList<StaffLeave> leave, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(leave);
        var day = today;
        while (leave.Any(l => l.Covers(day)) || !WorkingDays.IsWorkingDay(day, null))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The return date as the greetings say it, e.g. "Monday 14 December".</summary>
    public static string Show(DateOnly date) => date.ToString("dddd d MMMM", NewZealand);

    public static string StandardGreeting(string name) => StandardGreetingTemplate.Replace("[Your name]", name, StringComparison.Ordinal);

    public static string LeaveGreeting(string name, DateOnly returnDate, AwayCover? cover) => LeaveGreetingTemplate
        .Replace("[case manager's name]", name, StringComparison.Ordinal)
        .Replace("[insert return date]", Show(returnDate), StringComparison.Ordinal)
        .Replace("[buddy's name and contact number]", cover is null ? "our general enquiries line" : cover.BuddyPhone is { } p ? $"{cover.BuddyName} on {p}" : cover.BuddyName, StringComparison.Ordinal);

    /// <summary>R-051: the out-of-office reply on the case manager's e-mail, with clear contact instructions for their buddy.</summary>
    public static string OutOfOffice(string name, StaffLeave leave, DateOnly returnDate, AwayCover? cover)
    {
        ArgumentNullException.ThrowIfNull(leave);
        var buddy = cover is null
            ? $"please call our general enquiries number on {GeneralEnquiries}."
            : $"please contact my buddy {cover.BuddyName}" +
              string.Concat(cover.BuddyPhone is { } p ? $" on {p}" : string.Empty, cover.BuddyEmail is { } e ? $" or at {e}" : string.Empty) +
              $", or call our general enquiries number on {GeneralEnquiries}.";
        return $"Kia ora, this is {name}. I am on {(leave.Kind == LeaveKind.Planned ? "leave" : "unplanned leave")} and not available until {Show(returnDate)}. If you need help before then, {buddy}";
    }

    /// <summary>The greeting the case manager's voicemail should play today: the leave message while away, else the standard one.</summary>
    public static string Greeting(string name, IReadOnlyList<StaffLeave> leave, DateOnly today, AwayCover? cover) =>
        Current(leave, today) is null ? StandardGreeting(name) : LeaveGreeting(name, ReturnDate(leave, today), cover);

    /// <summary>The out-of-office the case manager's e-mail should carry today, or null when none is called for.</summary>
    public static string? OutOfOfficeToday(string name, IReadOnlyList<StaffLeave> leave, DateOnly today, AwayCover? cover) =>
        Current(leave, today) is { } now && NeedsOutOfOffice(now) ? OutOfOffice(name, now, ReturnDate(leave, today), cover) : null;
}
