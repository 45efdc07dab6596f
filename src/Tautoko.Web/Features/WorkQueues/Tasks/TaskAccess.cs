using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.WorkQueues.Tasks;

/// <summary>A task loaded for a change, with its queue and the client access that allowed it.</summary>
public sealed record TaskForWork(WorkQueueTask Task, QueueInfo Queue, ClientAccessResult Client, bool AsManager);

/// <summary>
/// Loads a task for reading or working and checks both sides: the queue (whose site works it) and the
/// client record (scope, restricted records, break-glass).
/// </summary>
public sealed class TaskAccess(TautokoDbContext db, QueueScope scope, ClientAccess clients, CurrentStaff staff)
{
    public async Task<Outcome<TaskForWork>> ForReadAsync(WorkQueueTaskId id, CancellationToken ct)
    {
        var task = await db.WorkQueueTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return Missing(id);
        }

        var queue = (await scope.FindAsync(task.QueueId, ct))!;
        var view = scope.MayView(queue.Place);
        if (!view.Allowed && task.CreatedById != staff.Id && task.OwnerId != staff.Id)
        {
            return Failure.Refused(view);
        }

        var client = await clients.CheckAsync(task.ClientId, ClientOperation.Read, scope.MayWork(queue.Place).Allowed, ct);
        return client.Allowed
            ? new TaskForWork(task, queue, client, scope.MayManage(queue.Place).Allowed)
            : Failure.Refused(client.Decision);
    }

    /// <summary>A tracked task the signed-in person may work (or, with <paramref name="managerMay"/>, manage).</summary>
    public async Task<Outcome<TaskForWork>> ForWorkAsync(WorkQueueTaskId id, bool managerMay, CancellationToken ct)
    {
        var task = await db.WorkQueueTasks.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return Missing(id);
        }

        var queue = (await scope.FindAsync(task.QueueId, ct))!;
        var work = scope.MayWork(queue.Place);
        var manage = managerMay && scope.MayManage(queue.Place).Allowed;
        if (!work.Allowed && !manage)
        {
            return Failure.Refused(work);
        }

        // A task in the person's own site queue is theirs to work, whichever site the client calls home (R-006 open door).
        var client = await clients.CheckAsync(task.ClientId, ClientOperation.AddNote, work.Allowed, ct);
        return client.Allowed
            ? new TaskForWork(task, queue, client, manage)
            : Failure.Refused(client.Decision);
    }

    private static Failure Missing(WorkQueueTaskId id) => Failure.NotFound($"There is no work queue task {id}.");
}
