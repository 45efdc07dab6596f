using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Booking;
using Tautoko.Web.Features.Appointments.Calendars;
using Tautoko.Web.Features.Appointments.Common;
namespace Tautoko.Web.Features.Appointments.Worklists;

public sealed record ReactiveTime(int TotalMinutes, int BookedMinutes, int FreeMinutes, IReadOnlyList<FreeSlotView> FreeSlots);

public sealed record CalendarSummary(Guid StaffId, string Name, string Role, bool HasCalendar, DateOnly? ReviewDue, bool OnLeaveToday, int Warnings, IReadOnlyList<FindingView> Findings);

public sealed record MyDay(
    DateOnly Date,
    Guid StaffId,
    string StaffName,
    bool IsCaseManager,
    IReadOnlyList<AppointmentView> Today,
    ReactiveTime Reactive,
    IReadOnlyList<AppointmentView> Unresulted,
    IReadOnlyList<AppointmentView> DidNotAttendFollowUps,
    EngagementSummary Engagement,
    IReadOnlyList<FindingView> CalendarFindings,
    bool HasCalendar);

public sealed record SiteWorklist(
    Guid SiteId,
    string Site,
    DateOnly Date,
    IReadOnlyList<AppointmentView> Unresulted,
    IReadOnlyList<AppointmentView> DidNotAttendFollowUps,
    EngagementSummary Engagement,
    IReadOnlyList<CalendarSummary> Calendars,
    IReadOnlyList<QueueRequestView> Queue,
    IReadOnlyList<FindingView>? AdminTogether = null);

/// <summary>
/// The worklists of 003: today's appointments and reactive time, appointments past their time and not
/// resulted, did-not-attend clients still to be contacted, engagement-standard breaches
/// and, for managers, calendars due for review or breaking the template and the
/// site's face-to-face queue. Each view is one audit row.
/// </summary>
public sealed class WorklistHandler(
    TautokoDbContext db,
    CurrentStaff me,
    AuditLog audit,
    EngagementWorklist engagement,
    Availability availability,
    SiteQueueHandler queue,
    TimeProvider clock)
{
    private const int FollowUpDays = 30;

    /// <param name="date">The day whose appointments and reactive time to show (the worklists are always as of now); today when null.</param>
    public async Task<MyDay> MyDayAsync(CancellationToken ct, DateOnly? date = null)
    {
        var now = clock.GetUtcNow();
        var today = date ?? NzLocalTime.DateOf(now);
        var start = NzLocalTime.ToUtc(today, TimeOnly.MinValue);
        var end = NzLocalTime.ToUtc(today.AddDays(1), TimeOnly.MinValue);
        var mine = db.Appointments.Where(a => a.StaffId == me.Id);
        var todays = Sorted(await AppointmentViews.ListAsync(db, mine.Where(a => a.StartsAt >= start && a.StartsAt < end), ct));
        var unresulted = Sorted(await AppointmentViews.ListAsync(db, mine.Where(a => a.Status == AppointmentStatus.Booked && a.EndsAt <= now), ct));
        var followUps = await FollowUpsAsync(mine, now, ct);

        var slots = await availability.SlotsAsync([me.Id], start, end, ct);
        var reactive = slots.Where(s => s.Slot.Kind == SlotKind.Reactive).ToList();
        var reactiveTime = new ReactiveTime(
            reactive.Sum(s => s.Slot.Minutes),
            reactive.Where(s => s.AppointmentId is not null).Sum(s => s.Slot.Minutes),
            reactive.Where(s => s.IsFree).Sum(s => s.Slot.Minutes),
            [.. reactive.Where(s => s.IsFree).Select(FreeSlotView.Of)]);

        var summary = await engagement.EvaluateAsync([me.Id], ct);
        var calendar = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.StaffId == me.Id, ct);
        var findings = calendar is null ? [] : await FindingsAsync(calendar, ct);
        await audit.RecordAsync(AuditAction.Read, "Worklist", me.Id.ToString(), null, "My day", false, ct);
        return new MyDay(today, me.Id.Value, me.FullName, me.Role.IsCaseManager(), todays, reactiveTime, unresulted, followUps, summary, findings, calendar is not null);
    }

    /// <param name="audited">False when the caller's own audit row already records that the worklist was shown (the site calendars page).</param>
    public async Task<Outcome<SiteWorklist>> SiteAsync(SiteId siteId, CancellationToken ct, bool audited = true)
    {
        // the worklist names the site's clients, so it is for the site's own staff and national office (quality checkers
        // read everything); a refusal is audited.
        if (me.Role is not (StaffRole.NationalOffice or StaffRole.QualityChecker) && me.SiteId != siteId)
        {
            if (audited)
            {
                await audit.RecordAsync(AuditAction.AccessRefused, "Worklist", siteId.ToString(), null, "Site worklist: scope", false, ct);
            }

            return Failure.Refused(AccessDecision.Refuse("scope", "The site worklist names the site's clients: it is for the site's own staff and national office."));
        }

        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, ct);
        if (site is null)
        {
            return Failure.NotFound($"There is no site {siteId}.");
        }

        var now = clock.GetUtcNow();
        var today = NzLocalTime.DateOf(now);
        var caseManagers = await db.Staff.AsNoTracking()
            .Where(s => s.SiteId == siteId && s.IsActive)
            .ToListAsync(ct);
        caseManagers = [.. caseManagers.Where(s => s.Role.IsCaseManager()).OrderBy(s => s.LastName, StringComparer.Ordinal).ThenBy(s => s.FirstName, StringComparer.Ordinal)];
        var ids = caseManagers.Select(s => s.Id).ToList();
        var atSite = db.Appointments.Where(a => a.SiteId == siteId);
        var unresulted = Sorted(await AppointmentViews.ListAsync(db, atSite.Where(a => a.Status == AppointmentStatus.Booked && a.EndsAt <= now), ct));
        var followUps = await FollowUpsAsync(atSite, now, ct);
        var summary = await engagement.EvaluateAsync(ids, ct);

        var calendars = await db.Calendars.AsNoTracking().Where(c => ids.Contains(c.StaffId)).ToDictionaryAsync(c => c.StaffId, ct);
        var withCaseload = (await CaseloadPlaces.OfCaseManagers(db, ids).Select(p => p.CaseManagerId).Distinct().ToListAsync(ct)).ToHashSet();
        var summaries = new List<CalendarSummary>();
        foreach (var member in caseManagers)
        {
            var calendar = calendars.GetValueOrDefault(member.Id);
            var findings = calendar is null
                ? [new FindingView("R-043", null, FindingSeverity.Warning, "No calendar is set up.")]
                : CalendarRules.Check(calendar, new CalendarRuleContext(member.Role, member.Variant, member.Fte, withCaseload.Contains(member.Id), site.OpeningSessions, today)).Select(FindingView.Of).ToList();
            summaries.Add(new CalendarSummary(member.Id.Value, member.FullName, member.Role.DisplayName(), calendar is not null, calendar is null ? null : CalendarRules.ReviewDue(calendar),
                member.IsOnLeave(today), findings.Count(f => f.Severity == FindingSeverity.Warning), findings));
        }

        var requests = await queue.OpenAtSiteAsync(siteId, ct);
        if (audited)
        {
            await audit.RecordAsync(AuditAction.Read, "Worklist", siteId.ToString(), null, $"Site worklist {site.Name}", false, ct);
        }

        // not too many of the site's case managers doing admin at the same time.
        var adminTogether = CalendarRules.AdminTogether([.. calendars.Values], site.OpeningSessions).Select(FindingView.Of).ToList();
        return Outcome<SiteWorklist>.Done(new SiteWorklist(siteId.Value, site.Name, today, unresulted, followUps, summary, summaries, requests, adminTogether));
    }

    /// <summary>R-048: did-not-attend in the last 30 days, with no booking, attendance or successful contact since.</summary>
    private async Task<List<AppointmentView>> FollowUpsAsync(IQueryable<Appointment> scope, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-FollowUpDays);
        var missed = scope.Where(a => a.Status == AppointmentStatus.DidNotAttend && a.StartsAt >= since)
            .Where(a => !db.Appointments.Any(later => later.ClientId == a.ClientId && later.BookedAt > a.StartsAt && later.Status != AppointmentStatus.CancelledByAgency))
            .Where(a => !db.EngagementNotes.Any(n => n.ClientId == a.ClientId && n.OccurredAt > a.StartsAt && n.Outcome == Core.Clients.EngagementOutcome.Contact));
        return Sorted(await AppointmentViews.ListAsync(db, missed, ct));
    }

    private async Task<List<FindingView>> FindingsAsync(CaseManagerCalendar calendar, CancellationToken ct)
    {
        var member = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == calendar.StaffId, ct);
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Id == member.SiteId, ct);
        var caseload = await CaseloadPlaces.OfCaseManagers(db, [member.Id]).AnyAsync(ct);
        return [.. CalendarRules.Check(calendar, new CalendarRuleContext(member.Role, member.Variant, member.Fte, caseload, site.OpeningSessions, NzLocalTime.Today(clock))).Select(FindingView.Of)];
    }

    private static List<AppointmentView> Sorted(List<AppointmentView> views) => [.. views.OrderBy(v => v.StartsAt)];
}
