using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.WorkQueues.Tasks;

public sealed record NewTaskInput([Required] Guid? ClientId, [Required] string? Need, DateTimeOffset? DueAt, bool Screened);

public sealed record HoldTaskInput([Required] string? Reason);

public sealed record CompleteTaskInput([Required] TaskOutcome? Outcome, string? Note);

public sealed record ReassignTaskInput(Guid? RegionId, Guid? SiteId, string? Reason);

public sealed record PlaceChoice(Guid Id, string Name);

/// <summary>R-008: the 13 regions, and once one is chosen, its sites that have the task's kind of queue.</summary>
public sealed record ReassignChoices(IReadOnlyList<PlaceChoice> Regions, Guid? RegionId, IReadOnlyList<PlaceChoice> Sites);

/// <summary>
/// Raising a task into a queue, and working it: take (one person at a time, enforced by the database),
/// release, hold with a reason, complete with an outcome, reassign to another region and site.
/// </summary>
public sealed class TaskHandler(
    TautokoDbContext db,
    TaskAccess tasks,
    QueueScope scope,
    ClientAccess clients,
    CurrentStaff staff,
    AuditLog audit,
    TimeProvider clock,
    ILogger<TaskHandler> logger)
{
    public async Task<Outcome<TaskSummary>> CreateAsync(WorkQueueId queueId, NewTaskInput input, CancellationToken ct)
    {
        var queue = await scope.FindAsync(queueId, ct);
        if (queue is null)
        {
            return Failure.NotFound($"There is no work queue {queueId}.");
        }

        if (input.ClientId is not { } clientGuid || clientGuid == Guid.Empty)
        {
            return Failure.Invalid("clientId", "Say which client the task is for.");
        }

        var clientId = new ClientId(clientGuid);
        var client = await clients.CheckAsync(clientId, ClientOperation.AddNote, ct);
        if (!client.Found)
        {
            return Failure.Invalid("clientId", "There is no such client.");
        }

        if (!client.Allowed)
        {
            return Failure.Refused(client.Decision);
        }

        var mySite = await scope.MySiteKindAsync(ct);
        if (WorkQueuePolicy.MayRaise(mySite, queue.Queue.Kind, queue.Place.SiteKind, input.Screened) is { } refusal)
        {
            return Failure.Broken(refusal);
        }

        var now = clock.GetUtcNow();
        var origin = mySite == SiteKind.ContactCentre ? TaskOrigin.ContactCentreReferral : TaskOrigin.Manual;
        WorkQueueTask task;
        try
        {
            var tracked = await db.WorkQueues.SingleAsync(q => q.Id == queueId, ct);
            task = new WorkQueueTask(WorkQueueTaskId.New(), tracked, clientId, input.Need ?? string.Empty, origin, staff.Id, now, input.DueAt?.ToUniversalTime());
        }
        catch (DomainException ex)
        {
            return ex.Error.Rule is "need" or "task-due"
                ? Failure.Invalid(ex.Error.Rule == "need" ? "need" : "dueAt", ex.Error.Message)
                : TaskFailure.From(ex.Error);
        }

        db.WorkQueueTasks.Add(task);
        audit.Add(AuditAction.Create, "WorkQueueTask", task.Id.ToString(), clientId, $"Raised in {queue.Site} {queue.Queue.Name}", client.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Task {TaskId} raised in queue {QueueId} by {StaffId}", task.Id.Value, queueId.Value, staff.Id.Value);
        return (await TaskQueries.OneAsync(db, task.Id, now, ct))!;
    }

    public Task<Outcome<TaskSummary>> TakeAsync(WorkQueueTaskId id, CancellationToken ct) =>
        ChangeAsync(id, false, (t, now) => t.Take(staff.Id, now), "Taken", ct);

    /// <summary>Back to the queue; after one unanswered call since taking it, try again first (003, <see cref="OutboundCalling"/>).</summary>
    public async Task<Outcome<TaskSummary>> ReleaseAsync(WorkQueueTaskId id, CancellationToken ct)
    {
        var loaded = await tasks.ForWorkAsync(id, false, ct);
        if (!loaded.TryGet(out var work, out var failure))
        {
            return failure;
        }

        if (work.Task.TakenAt is { } takenAt)
        {
            var since = await db.ContactAttempts.AsNoTracking()
                .Where(a => a.TaskId == id && a.ById == staff.Id && a.RecordedAt >= takenAt)
                .Select(a => new { a.Channel, a.Result })
                .ToListAsync(ct);
            if (OutboundCalling.WhyNotRequeue([.. since.Select(a => (a.Channel, a.Result))]) is { } tryAgain)
            {
                return Failure.Broken(tryAgain);
            }
        }

        return await SaveAsync(work, t => t.Release(staff.Id, clock.GetUtcNow()), "Released", ct);
    }

    public Task<Outcome<TaskSummary>> HoldAsync(WorkQueueTaskId id, HoldTaskInput input, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(input.Reason)
            ? Task.FromResult<Outcome<TaskSummary>>(Failure.Invalid("reason", "Say why the task is on hold."))
            : ChangeAsync(id, false, (t, now) => t.Hold(staff.Id, input.Reason, now), "Put on hold", ct);

    public Task<Outcome<TaskSummary>> CompleteAsync(WorkQueueTaskId id, CompleteTaskInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            problems["outcome"] = ["Choose the outcome: " + string.Join(", ", Enum.GetNames<TaskOutcome>()) + "."];
        }

        if (string.IsNullOrWhiteSpace(input.Note))
        {
            problems["note"] = ["Write what was done, so the next person can follow it."];
        }

        return problems.Count > 0
            ? Task.FromResult<Outcome<TaskSummary>>(Failure.Invalid(problems))
            : ChangeAsync(id, false, (t, now) => t.Complete(staff.Id, input.Outcome!.Value, input.Note!, now), $"Completed: {input.Outcome}", ct);
    }

    /// <summary>R-008: to another region (13 offered), then one of its sites; the task keeps its history.</summary>
    public async Task<Outcome<TaskSummary>> ReassignAsync(WorkQueueTaskId id, ReassignTaskInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.RegionId is not { } regionGuid)
        {
            problems["regionId"] = ["Choose the region first."];
        }
        else if (input.SiteId is not { } siteGuid)
        {
            problems["siteId"] = ["Choose one of the region's sites."];
        }
        else if (!await db.Sites.AnyAsync(s => s.Id == new SiteId(siteGuid) && s.RegionId == new RegionId(regionGuid), ct))
        {
            problems["siteId"] = ["That site is not in the region chosen."];
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            problems["reason"] = ["Say why the task belongs at the other site."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var loaded = await tasks.ForWorkAsync(id, managerMay: true, ct);
        if (!loaded.TryGet(out var work, out var failure))
        {
            return failure;
        }

        var targetSite = new SiteId(input.SiteId!.Value);
        var target = await db.WorkQueues.FirstOrDefaultAsync(q => q.SiteId == targetSite && q.Kind == work.Task.QueueKind && q.IsActive, ct);
        if (WorkQueuePolicy.MayReassignTo(target, work.Task.QueueKind) is { } noQueue)
        {
            return Failure.Broken(noQueue);
        }

        return await SaveAsync(work, t => t.Reassign(staff.Id, target!, input.Reason!, clock.GetUtcNow(), work.AsManager), $"Reassigned to {targetSite}", ct);
    }

    public async Task<ReassignChoices> ReassignChoicesAsync(WorkQueueKind kind, SiteId currentSite, Guid? regionId, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new PlaceChoice(r.Id.Value, r.Name)).ToListAsync(ct);
        if (regionId is not { } chosen)
        {
            return new ReassignChoices(regions, null, []);
        }

        var region = new RegionId(chosen);
        var queues = db.WorkQueues;
        var sites = await (
                from s in db.Sites.AsNoTracking()
                where s.RegionId == region && s.Id != currentSite
                where queues.Any(q => q.SiteId == s.Id && q.Kind == kind && q.IsActive)
                orderby s.Name
                select new PlaceChoice(s.Id.Value, s.Name))
            .ToListAsync(ct);
        return new ReassignChoices(regions, chosen, sites);
    }

    public async Task<Outcome<Paged<TaskSummary>>> MineAsync(PageRequest page, CancellationToken ct)
    {
        var me = staff.Id;
        return await TaskQueries.PageAsync(db, db.WorkQueueTasks.Where(t => t.OwnerId == me && t.Status == WorkQueueTaskStatus.InProgress), page, clock.GetUtcNow(), ct);
    }

    /// <summary>Tasks the signed-in person raised that are still open (a CSR following up a referral).</summary>
    public async Task<IReadOnlyList<TaskSummary>> RaisedByMeAsync(int limit, CancellationToken ct)
    {
        var me = staff.Id;
        return await TaskQueries.ListAsync(db, db.WorkQueueTasks.Where(t => t.CreatedById == me && t.Status != WorkQueueTaskStatus.Completed), limit, clock.GetUtcNow(), ct);
    }

    private async Task<Outcome<TaskSummary>> ChangeAsync(WorkQueueTaskId id, bool managerMay, Action<WorkQueueTask, DateTimeOffset> change, string what, CancellationToken ct)
    {
        var loaded = await tasks.ForWorkAsync(id, managerMay, ct);
        return loaded.TryGet(out var work, out var failure)
            ? await SaveAsync(work, t => change(t, clock.GetUtcNow()), what, ct)
            : failure;
    }

    private async Task<Outcome<TaskSummary>> SaveAsync(TaskForWork work, Action<WorkQueueTask> change, string what, CancellationToken ct)
    {
        try
        {
            change(work.Task);
        }
        catch (DomainException ex)
        {
            return TaskFailure.From(ex.Error);
        }

        audit.Add(AuditAction.Update, "WorkQueueTask", work.Task.Id.ToString(), work.Task.ClientId, what, work.Client.ViaBreakGlass);
        try
        {
            // The UPDATE carries the version and owner read above: if someone changed the task meanwhile, no row matches.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TaskFailure.Changed("Someone else changed this task first (another person took it, or it moved). Reload it and try again.");
        }

        logger.LogInformation("Task {TaskId} {Change} by {StaffId}", work.Task.Id.Value, what.Split(':')[0], staff.Id.Value);
        return (await TaskQueries.OneAsync(db, work.Task.Id, clock.GetUtcNow(), ct))!;
    }
}
