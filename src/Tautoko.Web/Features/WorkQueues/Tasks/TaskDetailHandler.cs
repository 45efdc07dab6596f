using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.WorkQueues.Tasks;

/// <summary>One task with everything its worker needs: the review checklist, the attempts so far, the client's other open events, and its history.</summary>
public sealed class TaskDetailHandler(TautokoDbContext db, TaskAccess tasks, QueueScope scope, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    /// <summary>Queue kinds whose open tasks are "client events in progress, on hold or ready for processing" (R-074, R-064).</summary>
    private static readonly WorkQueueKind[] EventKinds =
        [WorkQueueKind.ReadyForProcessing, WorkQueueKind.WorkOnHold, WorkQueueKind.Approval, WorkQueueKind.Housing, WorkQueueKind.Custom];

    public async Task<Outcome<TaskDetail>> HandleAsync(WorkQueueTaskId id, CancellationToken ct)
    {
        var loaded = await tasks.ForReadAsync(id, ct);
        if (!loaded.TryGet(out var read, out var failure))
        {
            return failure;
        }

        var now = clock.GetUtcNow();
        var task = read.Task;
        var summary = (await TaskQueries.OneAsync(db, id, now, ct))!;
        var events = await db.WorkQueueTaskEvents.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var attempts = await db.ContactAttempts.AsNoTracking().Where(a => a.TaskId == id).OrderBy(a => a.Number).ToListAsync(ct);
        var review = await db.ContactReviews.AsNoTracking().Where(r => r.TaskId == id).OrderByDescending(r => r.At).FirstOrDefaultAsync(ct);
        var names = await TaskQueries.StaffNamesAsync(
            db,
            [.. events.Select(e => e.ById), .. attempts.Select(a => (Core.Common.StaffId?)a.ById), task.CreatedById, task.CompletedById, review?.ById],
            ct);
        var queueIds = events.SelectMany(e => new[] { e.FromQueueId, e.ToQueueId }).Where(q => q is not null).Select(q => q!.Value).Distinct().ToList();
        var queueSites = await (
                from q in db.WorkQueues.AsNoTracking()
                where queueIds.Contains(q.Id)
                join s in db.Sites on q.SiteId equals s.Id
                select new { q.Id, s.Name })
            .ToDictionaryAsync(q => q.Id, q => q.Name, ct);
        var clientEvents = await (
                from t in db.WorkQueueTasks.AsNoTracking()
                where t.ClientId == task.ClientId && t.Id != id && t.Status != WorkQueueTaskStatus.Completed && EventKinds.Contains(t.QueueKind)
                join q in db.WorkQueues on t.QueueId equals q.Id
                join s in db.Sites on t.SiteId equals s.Id
                orderby t.DueAt
                select new { t.Id, Queue = q.Name, Site = s.Name, t.Need, t.Status, t.DueAt })
            .Take(20)
            .ToListAsync(ct);

        string Name(Core.Common.StaffId? who) => who is { } w && names.TryGetValue(w, out var n) ? n : "Tautoko";
        string? SiteOf(WorkQueueId? queue) => queue is { } q && queueSites.TryGetValue(q, out var s) ? s : null;

        var client = await db.Clients.AsNoTracking().Where(c => c.Id == task.ClientId).SingleAsync(ct);
        List<PhoneNumberView> phones = [];
        if (client.Phone is { } phone)
        {
            phones.Add(new PhoneNumberView("Client", phone));
        }

        if (client.Agent is { Phone: { } agentPhone } agent)
        {
            phones.Add(new PhoneNumberView($"Agent {agent.FullName} ({agent.Relationship}{(agent.IsVerified ? "" : ", not verified")})", agentPhone));
        }

        var contact = new ClientContactView(phones, client.Email, Core.Clients.BenefitNames.DisplayName(client.PreferredChannel));

        await audit.RecordAsync(AuditAction.Read, "WorkQueueTask", id.ToString(), task.ClientId, "Task opened", read.Client.ViaBreakGlass, ct);
        return new TaskDetail(
            summary,
            read.Queue.Place.SiteId.Value,
            read.Queue.Place.RegionId.Value,
            Name(task.CreatedById),
            task.TakenAt,
            task.HeldAt,
            task.ReviewedAt,
            task.UnsuccessfulAttempts,
            ContactAttemptRules.MinimumBeforeNoContact,
            task.Outcome,
            task.OutcomeNote,
            task.CompletedAt,
            task.CompletedById is null ? null : Name(task.CompletedById),
            task.OwnerId == staff.Id,
            scope.MayWork(read.Queue.Place).Allowed,
            read.AsManager,
            review is null ? null : new ReviewView(review.At, Name(review.ById), review.Checks, review.Findings),
            [
                .. attempts.Select(a => new AttemptView(
                    a.Id, a.Number, a.OccurredAt, Name(a.ById), a.Channel, a.Result, a.Result.DisplayName(), a.Successful, a.Voicemail, a.Script, a.MessageLeft, a.Note, a.EngagementNoteId)),
            ],
            [.. clientEvents.Select(e => new ClientEventView(e.Id.Value, e.Queue, e.Site, e.Need, e.Status.DisplayName(), e.DueAt))],
            [.. events.Select(e => new TaskEventView(e.Kind.DisplayName(), e.At, Name(e.ById), e.Detail, SiteOf(e.FromQueueId), SiteOf(e.ToQueueId)))],
            OutboundCalling.For(client.Phone), // 003: dial with the prefix so the client sees 0800 559 009.
            RaisedBy(task.CreatedById, task.Origin, Name(task.CreatedById)),
            contact);
    }

    /// <summary>Who raised the task, as a person would say it: "Raised by Tautoko automatically (…)" or "Added by Aroha Ngata".</summary>
    public static string RaisedBy(Core.Common.StaffId? createdBy, TaskOrigin origin, string name) => createdBy is null
        ? $"Raised by Tautoko automatically{(origin == TaskOrigin.Manual ? "" : $" ({origin.DisplayName().ToLowerInvariant()})")}"
        : $"Added by {name}{(origin == TaskOrigin.Manual ? "" : $" ({origin.DisplayName().ToLowerInvariant()})")}";
}
