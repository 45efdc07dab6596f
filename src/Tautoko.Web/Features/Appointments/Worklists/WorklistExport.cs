using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Worklists;

/// <summary>One line of a worklist as it is downloaded: which list it is on, whom it concerns, when, and what is to be done.</summary>
public sealed record WorklistExportRow(
    string List,
    string? ClientNumber,
    string? Client,
    string? StaffMember,
    DateTimeOffset? When,
    DateOnly? DueOn,
    string? Rule,
    string Detail);

/// <summary>The worklists of the site and of my day, one table: each list's lines under its name.</summary>
public static class WorklistExport
{
    public static IEnumerable<WorklistExportRow> Rows(SiteWorklist list) =>
        Appointments("Unresulted", list.Unresulted)
            .Concat(Appointments("Did not attend: follow up", list.DidNotAttendFollowUps))
            .Concat(Engagement(list.Engagement))
            .Concat(list.Calendars.SelectMany(c => c.Findings.Select(f => new WorklistExportRow("Calendar", null, null, c.Name, null, c.ReviewDue, f.Rule, f.Message))
                .DefaultIfEmpty(new WorklistExportRow("Calendar", null, null, c.Name, null, c.ReviewDue, null, c.HasCalendar ? "Calendar review" : "No calendar")))
                .Where(r => r.Rule is not null || r.DueOn is not null || r.Detail == "No calendar"))
            .Concat(list.Queue.Select(q => new WorklistExportRow("Face-to-face queue", q.ClientNumber, q.ClientName, q.ReferredBy, q.ReferredAt, DateOnly.FromDateTime(Platform.DateDisplay.ToAuckland(q.DueBy).DateTime), null,
                q.Overdue ? $"{q.Reason} (overdue)" : q.Reason)));

    public static IEnumerable<WorklistExportRow> Rows(MyDay day) =>
        Appointments("Today", day.Today)
            .Concat(Appointments("Unresulted", day.Unresulted))
            .Concat(Appointments("Did not attend: follow up", day.DidNotAttendFollowUps))
            .Concat(Engagement(day.Engagement))
            .Concat(day.CalendarFindings.Select(f => new WorklistExportRow("Calendar", null, null, day.StaffName, null, null, f.Rule, f.Message)));

    private static IEnumerable<WorklistExportRow> Appointments(string list, IEnumerable<AppointmentView> appointments) =>
        appointments.Select(a => new WorklistExportRow(list, a.ClientNumber, a.ClientName, a.StaffName, a.StartsAt, null, null, $"{a.TypeName} · {a.StatusName}"));

    private static IEnumerable<WorklistExportRow> Engagement(EngagementSummary engagement) =>
        engagement.Items.SelectMany(i => i.Findings.Select(f => new WorklistExportRow("Engagement standards", i.ClientNumber, i.ClientName, i.CaseManager, null, f.DueOn, f.Rule, f.Message)));
}
