using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Core.Appointments;

/// <summary>
/// The national standard calendar templates (003, from 1 July 2025), as Tautoko lays them out for a
/// full-time case manager working 8.30am–5pm:
/// <code>
///  8.30– 9.00 admin (Wednesday 8.30–9.30: staff brief, before the doors open at 9.30)
///  9.00–10.30 proactive appointments      10.30–11.00 break
/// 11.00–12.30 proactive appointments      12.30– 1.30 lunch
///  1.30– 2.30 proactive appointments       2.30– 4.00 reactive appointments (90 minutes)
///  4.00– 5.00 proactive appointments
/// </code>
/// That is 6½ hours of appointments (6 on Wednesday), 1½ hours of breaks and at most ½ hour of admin
/// . General, seniors and integrated case managers get their two 60-minute slots at 9.00 and
/// 1.30; employment case managers get 30-minute slots throughout, ten proactive a day (nine
/// on Wednesday; R-040). Appointment time outside the site's opening hours becomes admin time.
/// </summary>
public static class CalendarTemplates
{
    public const string GeneralName = "National template – general, seniors and integrated services";
    public const string EmploymentName = "National template – employment case management";
    public const string PhoneBasedName = "National template – phone-based case management";

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Whether the case manager keeps two 60-minute slots rather than only 30-minute ones.</summary>
    public static bool KeepsSixtyMinuteSlots(StaffRole role, CaseManagerVariant variant) =>
        role != StaffRole.EmploymentCaseManager && variant is not (CaseManagerVariant.EmploymentFaceToFace or CaseManagerVariant.EmploymentReserve or CaseManagerVariant.PhoneBased);

    public static string NameFor(StaffRole role, CaseManagerVariant variant) =>
        variant == CaseManagerVariant.PhoneBased ? PhoneBasedName
        : KeepsSixtyMinuteSlots(role, variant) ? GeneralName
        : EmploymentName;

    /// <summary>The standard template for a case manager at a site with the given opening hours.</summary>
    public static IReadOnlyList<CalendarBlock> StandardFor(StaffRole role, CaseManagerVariant variant, IReadOnlyList<OpeningSession> openingHours)
    {
        var sixty = KeepsSixtyMinuteSlots(role, variant);
        var blocks = new List<CalendarBlock>();
        foreach (var day in Weekdays)
        {
            var wednesday = day == DayOfWeek.Wednesday;
            var pattern = new List<CalendarBlock>();
            if (wednesday)
            {
                // the Wednesday staff brief is the primary meeting time.
                pattern.Add(Block(day, 8, 30, 9, 30, CalendarBlockKind.StaffBrief));
                pattern.Add(sixty ? Appointments(day, 9, 30, 10, 30, 60) : Appointments(day, 9, 30, 10, 30, 30));
            }
            else
            {
                pattern.Add(Block(day, 8, 30, 9, 0, CalendarBlockKind.Admin));
                if (sixty)
                {
                    pattern.Add(Appointments(day, 9, 0, 10, 0, 60));
                    pattern.Add(Appointments(day, 10, 0, 10, 30, 30));
                }
                else
                {
                    pattern.Add(Appointments(day, 9, 0, 10, 30, 30));
                }
            }

            pattern.Add(Block(day, 10, 30, 11, 0, CalendarBlockKind.Break));
            pattern.Add(Appointments(day, 11, 0, 12, 30, 30));
            pattern.Add(Block(day, 12, 30, 13, 30, CalendarBlockKind.Break));
            pattern.Add(sixty ? Appointments(day, 13, 30, 14, 30, 60) : Appointments(day, 13, 30, 14, 30, 30));
            // 60–90 minutes a day kept for reactive appointments.
            pattern.Add(new CalendarBlock(day, new TimeOnly(14, 30), new TimeOnly(16, 0), CalendarBlockKind.ReactiveAppointments, 30));
            pattern.Add(Appointments(day, 16, 0, 17, 0, 30));
            var fitted = FitToOpeningHours(pattern, openingHours).ToList();
            blocks.AddRange(sixty ? KeepTwoSixties(fitted) : fitted);
        }

        return blocks;
    }

    /// <summary>R-039: where opening hours cut a 60-minute block, the next proactive hour becomes a 60-minute slot instead.</summary>
    private static List<CalendarBlock> KeepTwoSixties(List<CalendarBlock> day)
    {
        while (day.Count(b => b.IsAppointments && b.SlotMinutes == 60) < 2)
        {
            var index = day.FindIndex(b => b.Kind == CalendarBlockKind.ProactiveAppointments && b.SlotMinutes == 30 && b.Minutes >= 60);
            if (index < 0)
            {
                break;
            }

            var block = day[index];
            var split = block.Start.AddMinutes(60);
            day[index] = block with { End = split, SlotMinutes = 60 };
            if (split < block.End)
            {
                day.Insert(index + 1, block with { Start = split });
            }
        }

        return day;
    }

    /// <summary>Keeps appointment time inside the site's opening sessions; the rest of it becomes admin time.</summary>
    private static IEnumerable<CalendarBlock> FitToOpeningHours(IEnumerable<CalendarBlock> pattern, IReadOnlyList<OpeningSession> openingHours)
    {
        var pieces = new List<CalendarBlock>();
        foreach (var block in pattern)
        {
            if (!block.IsAppointments)
            {
                pieces.Add(block);
                continue;
            }

            var start = SlotPlanner.Minutes(block.Start);
            var end = SlotPlanner.Minutes(block.End);
            var cursor = start;
            foreach (var session in openingHours.Where(s => s.Day == block.Day).OrderBy(s => s.Opens))
            {
                var from = Math.Max(cursor, SlotPlanner.Minutes(session.Opens));
                var to = Math.Min(end, SlotPlanner.Minutes(session.Closes));
                var usable = (to - from) / block.SlotMinutes * block.SlotMinutes;
                if (usable <= 0)
                {
                    continue;
                }

                AddAdmin(pieces, block.Day, cursor, from);
                pieces.Add(block with { Start = At(from), End = At(from + usable) });
                cursor = from + usable;
            }

            AddAdmin(pieces, block.Day, cursor, end);
        }

        // Neighbouring admin pieces read better as one block.
        var merged = new List<CalendarBlock>();
        foreach (var piece in pieces.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && merged[^1].Kind == CalendarBlockKind.Admin && piece.Kind == CalendarBlockKind.Admin && merged[^1].End == piece.Start)
            {
                merged[^1] = merged[^1] with { End = piece.End };
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    private static void AddAdmin(List<CalendarBlock> pieces, DayOfWeek day, int from, int to)
    {
        if (to > from)
        {
            pieces.Add(new CalendarBlock(day, At(from), At(to), CalendarBlockKind.Admin, 0));
        }
    }

    private static CalendarBlock Block(DayOfWeek day, int h1, int m1, int h2, int m2, CalendarBlockKind kind) =>
        new(day, new TimeOnly(h1, m1), new TimeOnly(h2, m2), kind, 0);

    private static CalendarBlock Appointments(DayOfWeek day, int h1, int m1, int h2, int m2, int slotMinutes) =>
        new(day, new TimeOnly(h1, m1), new TimeOnly(h2, m2), CalendarBlockKind.ProactiveAppointments, slotMinutes);

    private static TimeOnly At(int minutes) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minutes));
}
