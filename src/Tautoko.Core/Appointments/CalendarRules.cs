using System.Globalization;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Appointments;

public enum FindingSeverity
{
    /// <summary>The calendar breaks a rule of the national template.</summary>
    Warning = 0,

    /// <summary>Something to act on soon (a review coming due) or a permitted departure worth noting.</summary>
    Reminder = 1,
}

/// <summary>One thing a manager should look at in a calendar, with the rule it comes from.</summary>
public sealed record CalendarFinding(string Rule, DayOfWeek? Day, FindingSeverity Severity, string Message);

/// <summary>What the rules need to know about the calendar's owner and site.</summary>
public sealed record CalendarRuleContext(StaffRole Role, CaseManagerVariant Variant, decimal Fte, bool HasCaseload, IReadOnlyList<OpeningSession> OpeningHours, DateOnly Today);

/// <summary>
/// Checks a calendar against the national template rules (003 "Calendars and appointment availability",
/// R-037–R-045) and the site's opening hours, counting the slots the calendar really yields (after
/// buffers and opening hours), day by day. Part-time staff: the 5 hours scale with FTE, and days without
/// any blocks are days they do not work.
/// </summary>
public static class CalendarRules
{
    public const int ReviewEveryMonths = 3;
    public const int ReviewReminderDays = 14;

    /// <summary>The shortest standard opening day (Wednesday 9.30–5, R-001).</summary>
    public const int StandardOpenMinutes = 450;

    private static readonly CultureInfo NewZealand = CultureInfo.GetCultureInfo("en-NZ");
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static DateOnly? ReviewDue(CaseManagerCalendar calendar) => calendar.ReviewedOn?.AddMonths(ReviewEveryMonths);

    public static IReadOnlyList<CalendarFinding> Check(CaseManagerCalendar calendar, CalendarRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<CalendarFinding>();
        CheckCalendar(calendar, context, findings);
        foreach (var day in Weekdays)
        {
            CheckDay(calendar, context, day, findings);
        }

        return findings;
    }

    private static void CheckCalendar(CaseManagerCalendar calendar, CalendarRuleContext context, List<CalendarFinding> findings)
    {
        // R-043: calendars are open and functional for bookings, not locked or controlled by the site.
        if (calendar.IsLocked)
        {
            findings.Add(new("R-043", null, FindingSeverity.Warning, $"The calendar is closed to bookings ({calendar.LockedReason}); calendars are to be open to contact centre and site staff."));
        }

        // R-044: managers review each calendar's set-up at least every 3 months.
        if (ReviewDue(calendar) is not { } due)
        {
            findings.Add(new("R-044", null, FindingSeverity.Warning, "The calendar set-up has never been reviewed by a manager (due at least every 3 months)."));
        }
        else if (due < context.Today)
        {
            findings.Add(new("R-044", null, FindingSeverity.Warning, $"The calendar review was due on {Show(due)} (last reviewed {Show(calendar.ReviewedOn!.Value)})."));
        }
        else if (due <= context.Today.AddDays(ReviewReminderDays))
        {
            findings.Add(new("R-044", null, FindingSeverity.Reminder, $"The calendar review is due on {Show(due)}."));
        }

        // R-045: the Wednesday staff brief is the primary meeting time.
        var worksWednesday = calendar.BlocksOn(DayOfWeek.Wednesday).Any(b => b.Kind != CalendarBlockKind.NotWorking);
        if (worksWednesday && !calendar.BlocksOn(DayOfWeek.Wednesday).Any(b => b.Kind == CalendarBlockKind.StaffBrief))
        {
            findings.Add(new("R-045", DayOfWeek.Wednesday, FindingSeverity.Warning, "No Wednesday staff brief is blocked out; it is the primary meeting time for every site."));
        }

        // R-038: the standard appointment is 30 or 60 minutes; longer is fine when a client needs it.
        foreach (var length in calendar.Blocks.Where(b => b.IsAppointments && b.SlotMinutes is not (30 or 60)).Select(b => b.SlotMinutes).Distinct())
        {
            findings.Add(new("R-038", null, FindingSeverity.Reminder, $"{length}-minute slots: the standard is 30 or 60 minutes; longer slots suit clients who need them."));
        }
    }

    private static void CheckDay(CaseManagerCalendar calendar, CalendarRuleContext context, DayOfWeek day, List<CalendarFinding> findings)
    {
        var blocks = calendar.BlocksOn(day).ToList();
        var sessions = context.OpeningHours.Where(s => s.Day == day).ToList();
        var openMinutes = sessions.Sum(s => (int)s.Length.TotalMinutes);
        var works = blocks.Any(b => b.Kind != CalendarBlockKind.NotWorking) || (context.Fte >= 1m && openMinutes > 0);
        if (!works)
        {
            return;
        }

        var name = NewZealand.DateTimeFormat.GetDayName(day);
        var outside = blocks.Where(b => b.IsAppointments).Sum(b => b.Minutes - Overlap(b, sessions));
        if (outside > 0)
        {
            findings.Add(new("R-001", day, FindingSeverity.Warning,
                openMinutes == 0
                    ? $"{name}: appointment time is set while the site is closed; no slots are offered then."
                    : $"{name}: {outside} minutes of appointment time fall outside the site's opening hours; no slots are offered then."));
        }

        if (openMinutes == 0)
        {
            return;
        }

        var slots = SlotPlanner.DayPattern(blocks, day, calendar.BufferMinutes, context.OpeningHours);
        var appointmentMinutes = slots.Sum(s => s.Minutes);
        var breakMinutes = blocks.Where(b => b.Kind == CalendarBlockKind.Break).Sum(b => b.Minutes);
        var adminInOpenHours = blocks.Where(b => b.Kind == CalendarBlockKind.Admin).Sum(b => Overlap(b, sessions));
        var fullTime = context.Fte >= 1m;

        // R-037: at least 5 hours of appointments (if the site is open that long), 1.5 hours of breaks, at most 1 hour of admin.
        var required = (int)Math.Min(Math.Round(300 * Math.Min(context.Fte, 1m)), Math.Max(0, openMinutes - 90));
        if (appointmentMinutes < required)
        {
            findings.Add(new("R-037", day, FindingSeverity.Warning, $"{name}: {Hours(appointmentMinutes)} of appointments; at least {Hours(required)} are expected."));
        }

        if (fullTime && breakMinutes < 90)
        {
            findings.Add(new("R-037", day, FindingSeverity.Warning, $"{name}: {Hours(breakMinutes)} of breaks; the template allows for 1.5 hours."));
        }

        if (adminInOpenHours > 60)
        {
            findings.Add(new("R-037", day, FindingSeverity.Warning, $"{name}: {Hours(adminInOpenHours)} of admin while the site is open; at most 1 hour a day."));
        }

        // R-039: general, seniors and integrated services case managers CAN have two 60-minute slots — allowed, not
        // required, so fewer is no finding. More than two suits a general case manager who manages the site's bookings
        // (such as new applications); it is noted, not warned.
        var sixty = slots.Count(s => s.Minutes == 60);
        if (context.Variant is CaseManagerVariant.General or CaseManagerVariant.Seniors or CaseManagerVariant.IntegratedServices && sixty > MaxSixtyMinuteSlots)
        {
            findings.Add(new("R-039", day, FindingSeverity.Reminder, $"{name}: {sixty} 60-minute slots; two is the standard, more suits a case manager who manages the site's bookings such as new applications."));
        }

        // R-040: employment case managers have at least nine proactive 30-minute appointments a day.
        var proactiveThirty = slots.Count(s => s.Kind == SlotKind.Proactive && s.Minutes == 30);
        var employmentMinimum = (int)Math.Ceiling(9 * Math.Min(context.Fte, 1m));
        if (context.Role == StaffRole.EmploymentCaseManager && proactiveThirty < employmentMinimum)
        {
            findings.Add(new("R-040", day, FindingSeverity.Warning, $"{name}: {proactiveThirty} proactive 30-minute slots; employment case managers have at least {employmentMinimum}."));
        }

        // R-041: calendars generally hold 8–10 appointments a day — on days the site keeps its standard hours (R-001).
        if (fullTime && openMinutes >= StandardOpenMinutes && slots.Count < 8)
        {
            findings.Add(new("R-041", day, FindingSeverity.Warning, $"{name}: {slots.Count} appointments; calendars generally hold 8–10 a day."));
        }

        // R-042: case managers with caseloads keep 60–90 minutes a day for reactive appointments.
        var reactive = slots.Where(s => s.Kind == SlotKind.Reactive).Sum(s => s.Minutes);
        if (context.HasCaseload && reactive < 60)
        {
            findings.Add(new("R-042", day, FindingSeverity.Warning, $"{name}: {reactive} minutes of reactive time; keep 60–90 minutes a day for reactive appointments."));
        }
    }

    /// <summary>R-039: "two slots for 60-minute meetings" (allowed, not required).</summary>
    public const int MaxSixtyMinuteSlots = 2;

    /// <summary>R-037: at most 1 hour of admin a day while the site is open.</summary>
    public const int MaxAdminMinutesWhileOpen = 60;

    /// <summary>
    /// R-037: admin time is capped inside opening hours — adding <paramref name="block"/> may not take the day's admin
    /// while the site is open past 1 hour. Null when it may be added.
    /// </summary>
    public static DomainError? WhyNotAdmin(CaseManagerCalendar calendar, CalendarBlock block, IReadOnlyList<OpeningSession> openingHours)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(block);
        if (block.Kind != CalendarBlockKind.Admin)
        {
            return null;
        }

        var sessions = openingHours.Where(s => s.Day == block.Day).ToList();
        var already = calendar.BlocksOn(block.Day).Where(b => b.Kind == CalendarBlockKind.Admin).Sum(b => Overlap(b, sessions));
        var adding = Overlap(block, sessions);
        return adding > 0 && already + adding > MaxAdminMinutesWhileOpen
            ? new DomainError("R-037", $"{NewZealand.DateTimeFormat.GetDayName(block.Day)} would have {Hours(already + adding)} of admin while the site is open; at most 1 hour a day (admin outside opening hours is not counted).")
            : null;
    }

    /// <summary>
    /// R-037 (003): "managers need to make sure there aren't too many people doing admin at the same time" — for each
    /// weekday, the time when the most of a site's case managers have admin blocked out while the site is open, when that
    /// is at least <see cref="AdminTogetherMinimum"/> people and more than half of the case managers working that day.
    /// </summary>
    public static IReadOnlyList<CalendarFinding> AdminTogether(IReadOnlyList<CaseManagerCalendar> calendars, IReadOnlyList<OpeningSession> openingHours)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        var findings = new List<CalendarFinding>();
        foreach (var day in Weekdays)
        {
            var sessions = openingHours.Where(s => s.Day == day).ToList();
            var working = calendars.Count(c => c.BlocksOn(day).Any(b => b.Kind != CalendarBlockKind.NotWorking));
            var admin = calendars
                .Select(c => c.BlocksOn(day).Where(b => b.Kind == CalendarBlockKind.Admin && Overlap(b, sessions) > 0).ToList())
                .ToList();
            var best = admin.SelectMany(blocks => blocks)
                .Select(b => b.Start)
                .Distinct()
                .Select(at => (At: at, Count: admin.Count(blocks => blocks.Any(b => b.Start <= at && at < b.End))))
                .OrderByDescending(x => x.Count).ThenBy(x => x.At)
                .FirstOrDefault();
            if (best.Count >= AdminTogetherMinimum && best.Count * 2 > working)
            {
                findings.Add(new("R-037", day, FindingSeverity.Warning,
                    $"{NewZealand.DateTimeFormat.GetDayName(day)} {best.At.ToString("h:mm tt", NewZealand)}: {best.Count} of {working} case managers have admin time at once; stagger it so there aren't too many people doing admin at the same time."));
            }
        }

        return findings;
    }

    /// <summary>The fewest people doing admin at once that is "too many" (with more than half of those working).</summary>
    public const int AdminTogetherMinimum = 3;

    // Minutes since midnight, not TimeOnly subtraction, which wraps round midnight instead of going negative.
    private static int Overlap(CalendarBlock block, IEnumerable<OpeningSession> sessions) =>
        sessions.Sum(s => Math.Max(0, Math.Min(SlotPlanner.Minutes(block.End), SlotPlanner.Minutes(s.Closes)) - Math.Max(SlotPlanner.Minutes(block.Start), SlotPlanner.Minutes(s.Opens))));

    private static string Hours(int minutes) =>
        minutes % 60 == 0
            ? string.Create(NewZealand, $"{minutes / 60} h")
            : string.Create(NewZealand, $"{minutes / 60.0:0.##} h");

    private static string Show(DateOnly date) => date.ToString("d MMM yyyy", NewZealand);
}
