using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.Messages;

/// <summary>
/// Managers' view of R-052 (e-mails acknowledged within 24 hours) and R-053 (voicemail checked twice a day, calls
/// returned within 24 hours) for a site's case managers over a period; the counting is Core's.
/// </summary>
public sealed class MessageMeasuresHandler(TautokoDbContext db, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Outcome<MessageMeasures>> MeasuresAsync(SiteId? site, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var siteId = site ?? staff.SiteId;
        var allowed = staff.Role == StaffRole.NationalOffice || (staff.Role == StaffRole.ServiceCentreManager && siteId == staff.SiteId);
        if (!allowed)
        {
            return Failure.Refused(AccessDecision.Refuse("role", "Only the site's manager or national office see these measures."));
        }

        var today = DateDisplay.TodayInAuckland(clock);
        foreach (var (name, date) in new[] { ("from", from), ("to", to) })
        {
            if (date is { } asked && PlausibleDates.WhyNotQueryDate(asked, today) is { } problem)
            {
                return Failure.Invalid(name, problem);
            }
        }

        var last = to ?? today;
        var first = from ?? last.AddDays(-27);
        if (first > last || last.DayNumber - first.DayNumber > 366)
        {
            return Failure.Invalid("from", "Choose a period of at most a year, from before to.");
        }

        var start = VoicemailCheckCounts.StartOf(first);
        var end = VoicemailCheckCounts.StartOf(last.AddDays(1));
        var now = clock.GetUtcNow();
        var staffAtSite = await db.Staff.AsNoTracking().Where(s => s.SiteId == siteId).Select(s => new { s.Id, s.Role }).ToListAsync(ct);
        var ids = staffAtSite.Where(s => s.Role.IsCaseManager()).Select(s => s.Id).ToList();
        var messages = await db.CaseManagerMessages.AsNoTracking()
            .Where(m => ids.Contains(m.CaseManagerId) && m.ReceivedAt >= start && m.ReceivedAt < end)
            .Select(m => new { m.Kind, m.DueAt, m.AcknowledgedAt })
            .ToListAsync(ct);
        var byKind = Enum.GetValues<CaseManagerMessageKind>().Select(kind =>
        {
            var measure = AnsweredWithinADay.Measure([.. messages.Where(m => m.Kind == kind).Select(m => new MessageTiming(m.DueAt, m.AcknowledgedAt))], now);
            return new MessageMeasure(kind, measure.Received, measure.AnsweredInTime, measure.AnsweredLate, measure.OpenOverdue, measure.OpenInTime, measure.ShareInTime);
        }).ToList();

        var checks = await db.VoicemailChecks.AsNoTracking().Where(v => ids.Contains(v.StaffId) && v.At >= start && v.At < end).Select(v => new { v.StaffId, v.At }).ToListAsync(ct);
        var daysWithTwo = VoicemailCheckMeasure.DaysCheckedEnough(checks.Select(c => (c.StaffId, DateOnly.FromDateTime(DateDisplay.ToAuckland(c.At).DateTime))));
        return new MessageMeasures(siteId.Value, first, last, byKind, VoicemailCheckMeasure.WorkingDays(first, last) * ids.Count, daysWithTwo);
    }
}
