using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Appointments;
using Tautoko.Core.Assessments;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Assessments;

/// <summary>What one run of the assessment reminders did: ICS clients looked at, Client Assessments and BEUTs due, tasks raised now, already raised before, and those with no queue to hold them.</summary>
public sealed record ReminderRun(DateOnly AsOf, int IcsClients, int Due, int Raised, int AlreadyRaised, int NoQueue);

/// <summary>
/// The daily job of ICS assessment reminders (R-114, R-115; <see cref="AssessmentReminders"/>): for every client in ICS service,
/// each Client Assessment or BEUT due or overdue becomes a task in the Ready for Processing queue of their ICS case manager's
/// site, in the case manager's hands (their "my tasks"), once: the task carries the due assessment's key under a unique index,
/// so running the job again — from the CLI (<c>assessment-reminders</c>) each morning or by national office through the API —
/// raises nothing twice. Each raised task is audited against its client.
/// </summary>
public sealed class AssessmentRemindersHandler(TautokoDbContext db, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ReminderRun>> RunForNationalOfficeAsync(CancellationToken ct)
    {
        if (staff.Role != StaffRole.NationalOffice)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "Only national office runs the assessment reminders; they run each morning as a job."));
        }

        return await RunAsync(Actor.From(staff), staff.Id, ct);
    }

    public async Task<Outcome<ReminderRun>> RunAsync(Actor actor, StaffId? by, CancellationToken ct)
    {
        var today = DateDisplay.TodayInAuckland(clock);
        var placements = await (
                from p in db.Placements.AsNoTracking().Open()
                join s in db.Staff on p.CaseManagerId equals s.Id
                where p.Service == CaseManagementService.IntensiveClientSupport
                select new { p.ClientId, p.CaseManagerId, p.StartedOn, s.SiteId })
            .ToListAsync(ct);
        var byClient = placements.GroupBy(p => p.ClientId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.StartedOn).First());
        var ids = byClient.Keys.ToList();
        var sites = byClient.Values.Select(p => p.SiteId).Distinct().ToList();
        var queues = await db.WorkQueues.Where(q => sites.Contains(q.SiteId) && q.Kind == WorkQueueKind.ReadyForProcessing && q.IsActive).ToListAsync(ct);
        var queueOf = queues.GroupBy(q => q.SiteId).ToDictionary(g => g.Key, g => g.First());
        var raisedBefore = (await db.WorkQueueTasks.AsNoTracking().Where(t => t.Origin == TaskOrigin.AssessmentDue && t.ReminderKey != null && ids.Contains(t.ClientId))
            .Select(t => t.ReminderKey!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var assessments = (await db.ClientAssessments.AsNoTracking().Where(a => ids.Contains(a.ClientId)).Select(a => new { a.ClientId, a.Point, a.CompletedOn }).ToListAsync(ct)).ToLookup(a => a.ClientId, a => new AssessmentDone(a.Point, a.CompletedOn));
        var beuts = (await db.BeutAssessments.AsNoTracking().Where(a => ids.Contains(a.ClientId)).Select(a => new { a.ClientId, a.Point, a.CompletedOn }).ToListAsync(ct)).ToLookup(a => a.ClientId, a => new AssessmentDone(a.Point, a.CompletedOn));
        var attended = (await db.Appointments.AsNoTracking().Where(a => ids.Contains(a.ClientId) && a.Status == AppointmentStatus.Attended)
                .Select(a => new { a.ClientId, a.Id, a.StartsAt }).ToListAsync(ct))
            .ToLookup(a => a.ClientId, a => new AttendedSession(a.Id.Value, DateOnly.FromDateTime(DateDisplay.ToAuckland(a.StartsAt).DateTime)));

        var now = clock.GetUtcNow();
        int due = 0, raised = 0, already = 0, noQueue = 0;
        foreach (var (client, placement) in byClient)
        {
            var episode = new IcsEpisode(placement.StartedOn, null);
            var reminders = AssessmentSchedule.Due(episode, [.. attended[client].OrderBy(a => a.On)], [.. assessments[client]], [.. beuts[client]], new HashSet<Guid>(), today)
                .Where(AssessmentReminders.Reminds).ToList();
            foreach (var reminder in reminders)
            {
                due++;
                var key = AssessmentReminders.Key(client, episode, reminder);
                if (!raisedBefore.Add(key))
                {
                    already++;
                    continue;
                }

                if (!queueOf.TryGetValue(placement.SiteId, out var queue))
                {
                    noQueue++;
                    continue;
                }

                var task = new WorkQueueTask(WorkQueueTaskId.New(), queue, client, AssessmentReminders.Need(reminder), TaskOrigin.AssessmentDue, by, now, null);
                task.RemindOf(key);
                task.Take(placement.CaseManagerId, now);
                db.WorkQueueTasks.Add(task);
                audit.Add(actor, AuditAction.Create, "WorkQueueTask", task.Id.Value.ToString(), client, $"Assessment reminder raised for the ICS case manager: {reminder.Tool.DisplayName()} ({reminder.Point!.Value.DisplayName()})");
                raised++;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.Refused(WorkQueueTaskConfiguration.OneReminderPerDueAssessment))
        {
            return Failure.Conflict(new DomainError("R-115", "The assessment reminders were being raised by another run at the same time; run again to see what is left."), "Reminders raised meanwhile");
        }

        return new ReminderRun(today, byClient.Count, due, raised, already, noQueue);
    }
}
