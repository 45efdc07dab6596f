using System.ComponentModel.DataAnnotations;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Web.Features.Appointments.Calendars;

public sealed record BlockInput([Required] DayOfWeek? Day, [Required] TimeOnly? Start, [Required] TimeOnly? End, [Required] CalendarBlockKind? Kind, int? SlotMinutes);

public sealed record BlockoutInput([Required] DateTimeOffset? From, [Required] DateTimeOffset? To, [Required] BlockoutReason? Reason, string? Note);

public sealed record LeaveInput([Required] DateOnly? From, [Required] DateOnly? To, LeaveKind? Kind, string? Note);

public sealed record CalendarSettingsInput(int? BufferMinutes, bool? Locked, string? LockedReason);

/// <summary>What a calendar change needs before it is tried: its required fields, and dates in Core's plausible ranges.</summary>
internal static class CalendarInputChecks
{
    /// <summary>A settings change says something: the buffer, or whether the calendar is open .</summary>
    public static Dictionary<string, string[]>? Settings(CalendarSettingsInput input) =>
        input.BufferMinutes is null && input.Locked is null
            ? new Dictionary<string, string[]>
            {
                ["bufferMinutes"] = ["Give the buffer between appointments (minutes), or `locked` to open or close the calendar."],
                ["locked"] = ["Give `locked` (true or false), or the buffer between appointments."],
            }
            : null;

    /// <summary>R-046: a block-out is planned within a few years of now and ends after it starts.</summary>
    public static Dictionary<string, string[]>? Period(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var problems = new Dictionary<string, string[]>();
        if (PlausibleDates.WhyNotPlanned(from, now) is { } fromProblem)
        {
            problems["from"] = [fromProblem];
        }

        if (PlausibleDates.WhyNotPlanned(to, now) is { } toProblem)
        {
            problems["to"] = [toProblem];
        }
        else if (to <= from)
        {
            problems["to"] = ["The end is after the start."];
        }

        return problems.Count > 0 ? problems : null;
    }

    /// <summary>R-046: leave is planned (or recorded) within a few years of today.</summary>
    public static Dictionary<string, string[]>? Leave(DateOnly from, DateOnly to, DateOnly today)
    {
        var problems = new Dictionary<string, string[]>();
        if (PlausibleDates.WhyNotPlanned(from, today) is { } fromProblem)
        {
            problems["from"] = [fromProblem];
        }

        if (PlausibleDates.WhyNotPlanned(to, today) is { } toProblem)
        {
            problems["to"] = [toProblem];
        }

        return problems.Count > 0 ? problems : null;
    }
}
