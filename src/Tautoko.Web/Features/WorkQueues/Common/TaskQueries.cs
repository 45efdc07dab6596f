using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.WorkQueues.Common;

/// <summary>Task lists as people read them: client, queue, site, owner, due time and whether it is overdue.</summary>
public static class TaskQueries
{
    private sealed record Row(
        WorkQueueTask Task,
        string Queue,
        string Site,
        string FirstName,
        string LastName,
        string ClientNumber,
        string? OwnerFirst,
        string? OwnerLast);

    public static async Task<Paged<TaskSummary>> PageAsync(TautokoDbContext db, IQueryable<WorkQueueTask> tasks, PageRequest page, DateTimeOffset now, CancellationToken ct)
    {
        var query = Rows(db, tasks);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new Paged<TaskSummary>([.. rows.Select(r => Summary(r, now))], page.Page, page.PageSize, total);
    }

    public static async Task<IReadOnlyList<TaskSummary>> ListAsync(TautokoDbContext db, IQueryable<WorkQueueTask> tasks, int limit, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await Rows(db, tasks).Take(limit).ToListAsync(ct);
        return [.. rows.Select(r => Summary(r, now))];
    }

    public static async Task<TaskSummary?> OneAsync(TautokoDbContext db, WorkQueueTaskId id, DateTimeOffset now, CancellationToken ct)
    {
        var row = await Rows(db, db.WorkQueueTasks.Where(t => t.Id == id)).SingleOrDefaultAsync(ct);
        return row is null ? null : Summary(row, now);
    }

    /// <summary>Names of staff by id, for histories and lists.</summary>
    public static async Task<Dictionary<StaffId, string>> StaffNamesAsync(TautokoDbContext db, IEnumerable<StaffId?> ids, CancellationToken ct)
    {
        var wanted = ids.Where(i => i is not null).Select(i => i!.Value).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, ct);
    }

    private static IQueryable<Row> Rows(TautokoDbContext db, IQueryable<WorkQueueTask> tasks) =>
        from t in tasks.AsNoTracking()
        join q in db.WorkQueues on t.QueueId equals q.Id
        join s in db.Sites on t.SiteId equals s.Id
        join c in db.Clients on t.ClientId equals c.Id
        join o in db.Staff on t.OwnerId equals o.Id into owners
        from o in owners.DefaultIfEmpty()
        orderby t.DueAt, t.CreatedAt
        select new Row(t, q.Name, s.Name, c.FirstName, c.LastName, c.ClientNumber, o == null ? null : o.FirstName, o == null ? null : o.LastName);

    private static TaskSummary Summary(Row r, DateTimeOffset now) => new(
        r.Task.Id.Value,
        r.Task.QueueId.Value,
        r.Queue,
        r.Task.QueueKind,
        r.Site,
        r.Task.ClientId.Value,
        $"{r.FirstName} {r.LastName}",
        Core.Clients.ClientNumbers.Format(r.ClientNumber),
        r.Task.Need,
        r.Task.Origin,
        r.Task.Status,
        r.Task.Status.DisplayName(),
        r.OwnerFirst is null ? null : $"{r.OwnerFirst} {r.OwnerLast}",
        r.Task.CreatedAt,
        r.Task.DueAt,
        r.Task.IsOverdue(now),
        r.Task.Attempts,
        r.Task.HoldReason,
        r.Task.Version);
}
