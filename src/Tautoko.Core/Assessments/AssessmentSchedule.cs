namespace Tautoko.Core.Assessments;

/// <summary>A client's time in ICS service: from the day they were placed on an ICS caseload to the day they left it (null while in service).</summary>
public sealed record IcsEpisode(DateOnly EntryOn, DateOnly? ExitOn);

/// <summary>An appointment the client attended, with its New Zealand date.</summary>
public sealed record AttendedSession(Guid AppointmentId, DateOnly On);

/// <summary>A recorded assessment's point and date.</summary>
public sealed record AssessmentDone(AssessmentPoint Point, DateOnly CompletedOn);

/// <summary>An assessment that is due (or overdue): the tool, the point (or the appointment, for PCOMS), by when, and why.</summary>
public sealed record AssessmentDue(AssessmentTool Tool, AssessmentPoint? Point, Guid? AppointmentId, DateOnly? DueOn, bool Overdue, string Rule, string Why);

/// <summary>
/// When the ICS assessments are due (004 §2.5): the reminders a client's page and the API show.
/// <list type="bullet">
/// <item>R-114: a Client Assessment at entry, by the third attended appointment under the practice guidelines; overdue once a
/// third appointment has passed without one. R-115: the BEUT "at entry" uses the same window (004 says the two are being combined).</item>
/// <item>R-114, R-115: then quarterly: due three months after the last entry or quarterly one, shown from
/// <see cref="QuarterlyLeadDays"/> days before, overdue after the day.</item>
/// <item>R-114, R-115: at exit: due on the day the client left ICS service, overdue <see cref="ExitGraceDays"/> days later.</item>
/// <item>R-116: a PCOMS measure (rated or skipped with a reason) at each attended appointment, overdue
/// <see cref="SessionGraceDays"/> days after it.</item>
/// </list>
/// </summary>
public static class AssessmentSchedule
{
    public const int EntryByAppointment = 3;
    public const int QuarterMonths = 3;
    public const int QuarterlyLeadDays = 14;
    public const int ExitGraceDays = 14;
    public const int SessionGraceDays = 7;

    public static IReadOnlyList<AssessmentDue> Due(
        IcsEpisode? episode, IReadOnlyList<AttendedSession> attended, IReadOnlyList<AssessmentDone> clientAssessments,
        IReadOnlyList<AssessmentDone> beuts, IReadOnlySet<Guid> measuredAppointments, DateOnly today)
    {
        if (episode is null)
        {
            return [];
        }

        var sessions = attended.Where(a => a.On >= episode.EntryOn && (episode.ExitOn is null || a.On <= episode.ExitOn)).OrderBy(a => a.On).ToList();
        var due = new List<AssessmentDue>();
        due.AddRange(Periodic(AssessmentTool.ClientAssessment, "R-114", episode, sessions, clientAssessments, today));
        due.AddRange(Periodic(AssessmentTool.Beut, "R-115", episode, sessions, beuts, today));
        due.AddRange(sessions.Where(s => !measuredAppointments.Contains(s.AppointmentId)).Select(s =>
            new AssessmentDue(AssessmentTool.Pcoms, null, s.AppointmentId, s.On, today > s.On.AddDays(SessionGraceDays), "R-116",
                $"The appointment on {s.On:d MMM yyyy} has no PCOMS measure (rate it with the client, or skip it with a reason).")));
        return due;
    }

    private static IEnumerable<AssessmentDue> Periodic(AssessmentTool tool, string rule, IcsEpisode episode, List<AttendedSession> sessions, IReadOnlyList<AssessmentDone> done, DateOnly today)
    {
        var inEpisode = done.Where(d => d.CompletedOn >= episode.EntryOn).ToList();
        var name = tool.DisplayName();
        if (episode.ExitOn is { } exitOn)
        {
            if (!inEpisode.Any(d => d.Point == AssessmentPoint.Exit))
            {
                yield return new AssessmentDue(tool, AssessmentPoint.Exit, null, exitOn, today > exitOn.AddDays(ExitGraceDays), rule,
                    $"The client left ICS service on {exitOn:d MMM yyyy}: an exit {name} is due.");
            }

            yield break;
        }

        if (!inEpisode.Any(d => d.Point == AssessmentPoint.Entry))
        {
            var third = sessions.Count >= EntryByAppointment ? sessions[EntryByAppointment - 1].On : (DateOnly?)null;
            yield return new AssessmentDue(tool, AssessmentPoint.Entry, null, third, third is { } d && today > d, rule,
                third is null
                    ? $"An entry {name} is due by the third appointment ({sessions.Count} of {EntryByAppointment} attended)."
                    : $"An entry {name} was due by the third appointment, on {third:d MMM yyyy}.");
            yield break;
        }

        var last = inEpisode.Where(d => d.Point != AssessmentPoint.Exit).Max(d => d.CompletedOn);
        var next = last.AddMonths(QuarterMonths);
        if (today >= next.AddDays(-QuarterlyLeadDays))
        {
            yield return new AssessmentDue(tool, AssessmentPoint.Quarterly, null, next, today > next, rule,
                $"A quarterly {name} is due by {next:d MMM yyyy}, three months after the last on {last:d MMM yyyy}.");
        }
    }
}
