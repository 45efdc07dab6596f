using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.WorkQueues.Queues;

public sealed record NewQueueInput(Guid? SiteId, [Required] string? Name, int? TargetHours);

public sealed record TaskFilter(WorkQueueTaskStatus? Status, bool OverdueOnly, bool IncludeCompleted);

public sealed record ProvisionResult(int QueuesAdded);

/// <summary>A site's queues, their tasks, their age profiles for managers, and configuring new queues.</summary>
public sealed class QueuesHandler(TautokoDbContext db, QueueScope scope, CurrentStaff staff, TimeProvider clock, ILogger<QueuesHandler> logger)
{
    public async Task<Outcome<IReadOnlyList<QueueView>>> ListAsync(SiteId? site, CancellationToken ct)
    {
        if (site is null && staff.Role.IsContactCentre())
        {
            return Outcome.Done(await ServedQueuesAsync(null, ct));
        }

        var siteId = site ?? staff.SiteId;
        var place = await scope.PlaceOfSiteAsync(siteId, ct);
        if (place is null)
        {
            return Failure.NotFound($"There is no site {siteId}.");
        }

        var allowed = scope.MayView(place);
        if (!allowed.Allowed)
        {
            return Failure.Refused(allowed);
        }

        if (siteId != staff.SiteId && WorkQueuePolicy.ContactCentreServes(scope.Viewer, place))
        {
            return Outcome.Done(await ServedQueuesAsync(siteId, ct));
        }

        return Outcome.Done(await ViewsAsync(db.WorkQueues.Where(q => q.SiteId == siteId), ct));
    }

    /// <summary>
    /// SPEC §7: a contact-centre person's queues are the Service Centre Referral and face-to-face queues of the service
    /// centres her contact centre serves (every region when it lists none), open ones only, by site.
    /// </summary>
    private async Task<IReadOnlyList<QueueView>> ServedQueuesAsync(SiteId? onlySite, CancellationToken ct)
    {
        var served = scope.Viewer.ServedRegionIds.ToHashSet();
        var sites = await db.Sites.AsNoTracking()
            .Where(s => s.Kind == Core.Sites.SiteKind.ServiceCentre)
            .Select(s => new { s.Id, s.RegionId })
            .ToListAsync(ct);
        var siteIds = sites
            .Where(s => (served.Count == 0 || served.Contains(s.RegionId)) && (onlySite is null || s.Id == onlySite))
            .Select(s => s.Id)
            .ToList();
        var queues = db.WorkQueues.Where(q => q.IsActive && siteIds.Contains(q.SiteId)
            && (q.Kind == WorkQueueKind.ServiceCentreReferral || q.Kind == WorkQueueKind.SiteFaceToFaceAppointments));
        var views = await ViewsAsync(queues, ct);
        return [.. views.OrderBy(v => v.Site, StringComparer.Ordinal).ThenBy(v => v.Kind).ThenBy(v => v.Name, StringComparer.Ordinal)];
    }

    public async Task<Outcome<QueueView>> GetAsync(WorkQueueId id, CancellationToken ct)
    {
        var info = await scope.FindAsync(id, ct);
        if (info is null)
        {
            return Failure.NotFound($"There is no work queue {id}.");
        }

        var allowed = scope.MayView(info.Place);
        return allowed.Allowed
            ? (await ViewsAsync(db.WorkQueues.Where(q => q.Id == id), ct))[0]
            : Failure.Refused(allowed);
    }

    public async Task<Outcome<Paged<TaskSummary>>> TasksAsync(WorkQueueId id, TaskFilter filter, PageRequest page, CancellationToken ct)
    {
        var info = await scope.FindAsync(id, ct);
        if (info is null)
        {
            return Failure.NotFound($"There is no work queue {id}.");
        }

        var allowed = scope.MayView(info.Place);
        if (!allowed.Allowed)
        {
            return Failure.Refused(allowed);
        }

        var now = clock.GetUtcNow();
        var tasks = db.WorkQueueTasks.Where(t => t.QueueId == id);
        if (filter.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }
        else if (!filter.IncludeCompleted)
        {
            tasks = tasks.Where(t => t.Status != WorkQueueTaskStatus.Completed);
        }

        if (filter.OverdueOnly)
        {
            tasks = tasks.Where(t => t.Status != WorkQueueTaskStatus.Completed && t.DueAt < now);
        }

        return await TaskQueries.PageAsync(db, tasks, page, now, ct);
    }

    /// <summary>Each queue's open work by age (managers; R-083 overdue flags for the site F2F queue).</summary>
    public async Task<Outcome<IReadOnlyList<QueueAgeProfileView>>> AgeProfilesAsync(SiteId? site, CancellationToken ct)
    {
        var siteId = site ?? staff.SiteId;
        var place = await scope.PlaceOfSiteAsync(siteId, ct);
        if (place is null)
        {
            return Failure.NotFound($"There is no site {siteId}.");
        }

        var allowed = scope.MayManage(place);
        if (!allowed.Allowed)
        {
            return Failure.Refused(allowed);
        }

        var now = clock.GetUtcNow();
        var queues = await (
                from q in db.WorkQueues.AsNoTracking()
                where q.SiteId == siteId && q.IsActive
                join s in db.Sites on q.SiteId equals s.Id
                select new { q.Id, q.Name, q.Kind, q.TargetHours, Site = s.Name })
            .ToListAsync(ct);
        queues = [.. queues.OrderBy(q => q.Kind).ThenBy(q => q.Name, StringComparer.Ordinal)];
        var open = await db.WorkQueueTasks.AsNoTracking()
            .Where(t => t.SiteId == siteId && t.Status != WorkQueueTaskStatus.Completed)
            .Select(t => new { t.QueueId, t.CreatedAt, t.DueAt, t.Status })
            .ToListAsync(ct);
        var byQueue = open.ToLookup(t => t.QueueId);
        IReadOnlyList<QueueAgeProfileView> profiles =
        [
            .. queues.Select(q =>
            {
                var profile = QueueAgeProfile.Compute(byQueue[q.Id].Select(t => new OpenTaskAge(t.CreatedAt, t.DueAt, t.Status)), now);
                return new QueueAgeProfileView(
                    q.Id.Value, q.Name, q.Kind, q.Site, q.TargetHours, profile.Open, profile.Waiting, profile.InProgress, profile.OnHold, profile.Overdue,
                    profile.Oldest is { } oldest ? Math.Round(oldest.TotalHours, 1) : null,
                    [.. profile.Bands.Select(b => new AgeBandView(b.Label, b.Count))]);
            }),
        ];
        return Outcome.Done(profiles);
    }

    /// <summary>A new queue a manager configures for their site (national office for any site).</summary>
    public async Task<Outcome<QueueView>> CreateAsync(NewQueueInput input, CancellationToken ct)
    {
        var siteId = input.SiteId is { } s ? new SiteId(s) : staff.SiteId;
        var place = await scope.PlaceOfSiteAsync(siteId, ct);
        if (place is null)
        {
            return Failure.Invalid("siteId", "There is no such site.");
        }

        var allowed = scope.MayManage(place);
        if (!allowed.Allowed)
        {
            return Failure.Refused(allowed);
        }

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > WorkQueue.MaxNameLength)
        {
            return Failure.Invalid("name", $"Give the queue a name of at most {WorkQueue.MaxNameLength} characters.");
        }

        if (await db.WorkQueues.AnyAsync(q => q.SiteId == siteId && q.Name == name, ct))
        {
            return Failure.Invalid("name", "The site already has a queue of that name.");
        }

        WorkQueue queue;
        try
        {
            queue = new WorkQueue(WorkQueueId.New(), siteId, WorkQueueKind.Custom, name, input.TargetHours ?? WorkQueueKinds.DefaultTargetHours, staff.Id, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return TaskFailure.From(ex.Error);
        }

        db.WorkQueues.Add(queue);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Work queue {QueueId} configured at site {SiteId} by {StaffId}", queue.Id.Value, siteId.Value, staff.Id.Value);
        return (await ViewsAsync(db.WorkQueues.Where(q => q.Id == queue.Id), ct))[0];
    }

    /// <summary>National office: give every site the standard queues of its kind (idempotent).</summary>
    public async Task<Outcome<ProvisionResult>> ProvisionAsync(CancellationToken ct)
    {
        if (staff.Role != StaffRole.NationalOffice)
        {
            return Failure.Refused(AccessDecision.Refuse(WorkQueuePolicy.Rule, "Only national office provisions queues for every site."));
        }

        var added = await WorkQueueProvisioning.EnsureStandardQueuesAsync(db, clock.GetUtcNow(), ct);
        return new ProvisionResult(added);
    }

    private async Task<IReadOnlyList<QueueView>> ViewsAsync(IQueryable<WorkQueue> queues, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tasks = db.WorkQueueTasks;
        var rows = await (
                from q in queues.AsNoTracking()
                join s in db.Sites on q.SiteId equals s.Id
                join r in db.Regions on s.RegionId equals r.Id
                select new
                {
                    Queue = q,
                    Site = s.Name,
                    s.RegionId,
                    Region = r.Name,
                    Open = tasks.Count(t => t.QueueId == q.Id && t.Status != WorkQueueTaskStatus.Completed),
                    Overdue = tasks.Count(t => t.QueueId == q.Id && t.Status != WorkQueueTaskStatus.Completed && t.DueAt < now),
                })
            .ToListAsync(ct);
        // Kinds are stored by name; list them in the seeds' order, then by name.
        return
        [
            .. rows.OrderBy(r => r.Queue.Kind).ThenBy(r => r.Queue.Name, StringComparer.Ordinal).Select(r => new QueueView(
                r.Queue.Id.Value, r.Queue.Name, r.Queue.Kind, r.Queue.Kind.DisplayName(), r.Queue.SiteId.Value, r.Site, r.RegionId.Value, r.Region,
                r.Queue.TargetHours, r.Queue.IsActive, r.Open, r.Overdue)),
        ];
    }
}
