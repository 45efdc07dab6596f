using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.CentralProcessing;

/// <summary>An ICS case manager's administrative change for the Central Processing Unit: the client and the change.</summary>
public sealed record CentralProcessingInput([Required] Guid? ClientId, [Required] string? Change);

public sealed record CentralProcessingSent(Guid TaskId, Guid QueueId, string QueueName, string Site, DateTimeOffset SentAt);

/// <summary>The unit's turnaround by month (sent to completed), and the seed's range for comparison (seed 004 §2.7).</summary>
public sealed record CentralProcessingTurnaround(IReadOnlyList<TurnaroundMonth> Months, int Sent, int Completed, double? MedianMinutes, string SeedRange, string Method);

/// <summary>
/// Central processing (seed 004 §2.7): ICS case managers send administrative changes to the Central Processing Unit's work
/// queue (a task the unit's staff take and complete like any other), and its turnaround is measured from those tasks.
/// </summary>
public sealed class CentralProcessingHandler(TautokoDbContext db, CurrentStaff me, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<CentralProcessingSent>> SendAsync(CentralProcessingInput input, CancellationToken ct)
    {
        if (!Core.WorkQueues.CentralProcessing.MaySend(me.Role))
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "ICS case managers send administrative changes to the Central Processing Unit (seed 004 §2.7)."));
        }

        var problems = new Dictionary<string, string[]>();
        if (input.ClientId is null)
        {
            problems["clientId"] = ["The client the change is for."];
        }

        if (Core.WorkQueues.CentralProcessing.WhyNotChange(input.Change) is { } error)
        {
            problems["change"] = [error.Message];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var clientId = new ClientId(input.ClientId!.Value);
        var check = await access.CheckAsync(clientId, ClientOperation.Edit, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var queue = await UnitQueueAsync(now, ct);
        if (queue is null)
        {
            return Failure.NotFound("There is no centralised services or national office site to hold the Central Processing Unit's queue.", "No central processing unit");
        }

        var task = new WorkQueueTask(WorkQueueTaskId.New(), queue, clientId, input.Change!.Trim(), TaskOrigin.Manual, me.Id, now, null);
        db.WorkQueueTasks.Add(task);
        var site = await db.Sites.Where(s => s.Id == queue.SiteId).Select(s => s.Name).SingleAsync(ct);
        audit.Add(AuditAction.Create, "WorkQueueTask", task.Id.ToString(), clientId, $"Sent to the Central Processing Unit ({site})", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new CentralProcessingSent(task.Id.Value, queue.Id.Value, queue.Name, site, now);
    }

    /// <summary>The unit's turnaround per month over the last <paramref name="months"/> months (1–36, default 12).</summary>
    public async Task<Outcome<CentralProcessingTurnaround>> TurnaroundAsync(int? months, CancellationToken ct)
    {
        if (!Core.WorkQueues.CentralProcessing.MayReadTurnaround(me.Role))
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "National office, service centre managers and ICS case managers see the Central Processing Unit's turnaround."));
        }

        if (months is < 1 or > 36)
        {
            return Failure.Invalid("months", "Between 1 and 36 months.");
        }

        var since = clock.GetUtcNow().AddMonths(-(months ?? 12));
        var rows = await (
                from t in db.WorkQueueTasks.AsNoTracking()
                join q in db.WorkQueues on t.QueueId equals q.Id
                where q.Kind == WorkQueueKind.CentralProcessing && t.CreatedAt >= since
                select new { t.CreatedAt, t.CompletedAt })
            .ToListAsync(ct);
        var requests = rows.Select(r => (r.CreatedAt, r.CompletedAt)).ToList();
        var byMonth = Core.WorkQueues.CentralProcessing.ByMonth(requests);
        var minutes = requests.Where(r => r.CompletedAt is not null).Select(r => (r.CompletedAt!.Value - r.CreatedAt).TotalMinutes).ToList();
        return new CentralProcessingTurnaround(byMonth, requests.Count, minutes.Count,
            Core.WorkQueues.CentralProcessing.Median(minutes) is { } m ? Math.Round(m, 1) : null,
            "Seed 004 §2.7: requests were generally processed between ten minutes and an hour (for comparison; every figure here is Tautoko's own).",
            "Turnaround is the time from sent to completed of each request to the unit's queue; months are the Pacific/Auckland month it was sent; the median of an even count is the mean of the middle two; requests not yet completed are counted as waiting.");
    }

    /// <summary>
    /// The unit's queue: an open Central Processing queue, preferring one at a centralised services site of the case manager's
    /// region. The unit is national; its queue is opened at the first request when none exists yet, at a centralised services
    /// site (national office's site where there is none).
    /// </summary>
    private async Task<WorkQueue?> UnitQueueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var region = me.RegionId;
        var existing = await (
                from q in db.WorkQueues
                join s in db.Sites on q.SiteId equals s.Id
                where q.Kind == WorkQueueKind.CentralProcessing && q.IsActive
                orderby s.RegionId == region descending, s.Name
                select q)
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return existing;
        }

        // A centralised services site (of the case manager's region first); where there is none, national office holds it.
        var site = await db.Sites.Where(s => s.Kind == SiteKind.CentralisedServices || s.Kind == SiteKind.NationalOffice)
            .OrderBy(s => s.Kind == SiteKind.CentralisedServices ? 0 : 1).ThenBy(s => s.RegionId == region ? 0 : 1).ThenBy(s => s.Name).Select(s => (SiteId?)s.Id).FirstOrDefaultAsync(ct);
        if (site is null)
        {
            return null;
        }

        var queue = WorkQueue.Standard(WorkQueueId.New(), site.Value, WorkQueueKind.CentralProcessing, now);
        db.WorkQueues.Add(queue);
        return queue;
    }
}

public static class CentralProcessingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/central-processing").WithTags("Work queues");
        group.MapPost("/requests", Send).ReadsNoClientInformation()
            .WithSummary("An ICS case manager sends an administrative change (`clientId`, `change`) to the Central Processing Unit's work queue (seed 004 §2.7); the unit's staff take and complete it as a task.");
        group.MapGet("/turnaround", Turnaround).ReadsNoClientInformation()
            .WithSummary("The Central Processing Unit's turnaround (sent to completed) per month over the last `months` (default 12): count, median minutes and distribution, beside the seed's ten minutes to an hour.");
    }

    private static async Task<Results<Created<CentralProcessingSent>, Problem>> Send(CentralProcessingInput input, CentralProcessingHandler handler, CancellationToken ct) =>
        (await handler.SendAsync(input, ct)).ToCreated(s => $"/api/tasks/{s.TaskId}");

    private static async Task<Results<Ok<CentralProcessingTurnaround>, Problem>> Turnaround(int? months, CentralProcessingHandler handler, CancellationToken ct) =>
        (await handler.TurnaroundAsync(months, ct)).ToOk();
}
