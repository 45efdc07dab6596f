using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Booking;

public sealed record ReferInput([Required] Guid? ClientId, string? Reason);

/// <summary>A task in a site's face-to-face appointment queue, as appointments shows it (Id is the work-queue task's id).</summary>
public sealed record QueueRequestView(
    Guid Id,
    Guid ClientId,
    string ClientName,
    string ClientNumber,
    Guid SiteId,
    string Site,
    string Reason,
    TaskOrigin Origin,
    string ReferredBy,
    DateTimeOffset ReferredAt,
    DateTimeOffset DueBy,
    bool Overdue,
    WorkQueueTaskStatus Status);

/// <summary>
/// The site's face-to-face appointment queue is the site's <see cref="WorkQueueKind.SiteFaceToFaceAppointments"/>
/// work queue: a client no case manager or buddy can take is referred by a task there (need: an appointment, with the
/// referrer and the reason), due within 24 hours; booking the client an appointment completes it (see <see cref="BookAppointmentHandler"/>).
/// </summary>
public sealed class SiteQueueHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public const int MaxReasonLength = 1000;

    public async Task<Outcome<QueueRequestView>> ReferAsync(ReferInput input, CancellationToken ct)
    {
        if (input.ClientId is not { } id || id == Guid.Empty)
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["clientId"] = ["Say which client is referred."] });
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > MaxReasonLength)
        {
            return Failure.Invalid(new Dictionary<string, string[]> { ["reason"] = [$"Say what the client needs the appointment for, in at most {MaxReasonLength} characters (R-082)."] });
        }

        var clientId = new ClientId(id);
        var check = await access.CheckAsync(clientId, ClientOperation.ManageAppointments, ct);
        if (!check.Found)
        {
            return Failure.NotFound($"There is no client {clientId}.");
        }

        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision, id);
        }

        var now = clock.GetUtcNow();
        var homeSite = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.HomeSiteId).SingleAsync(ct);
        var queue = await db.WorkQueues.FirstOrDefaultAsync(q => q.SiteId == homeSite && q.Kind == WorkQueueKind.SiteFaceToFaceAppointments && q.IsActive, ct);
        if (queue is null)
        {
            return Failure.Broken(new DomainError("R-082", "The client's home site has no open face-to-face appointment queue; book with a case manager there instead."));
        }

        WorkQueueTask task;
        try
        {
            task = new WorkQueueTask(WorkQueueTaskId.New(), queue, clientId, WorkQueueTask.AppointmentWanted(input.Reason), TaskOrigin.SiteQueueReferral, staff.Id, now, null);
        }
        catch (DomainException ex)
        {
            return Failure.Broken(ex.Error);
        }

        db.WorkQueueTasks.Add(task);
        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), clientId, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information,
            $"Referred to the home site's face-to-face appointment queue (R-082): {input.Reason.Trim()}", null));
        audit.Add(AuditAction.Create, "WorkQueueTask", task.Id.ToString(), clientId, "Referred to the site face-to-face queue (R-082)", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return Outcome<QueueRequestView>.Done((await ListAsync(db.WorkQueueTasks.Where(t => t.Id == task.Id), ct)).Single());
    }

    /// <summary>Open tasks in a site's face-to-face queue, oldest first, overdue ones flagged .</summary>
    public Task<List<QueueRequestView>> OpenAtSiteAsync(SiteId siteId, CancellationToken ct) =>
        ListAsync(db.WorkQueueTasks.OpenFaceToFace().Where(t => t.SiteId == siteId), ct);

    /// <summary>A client's open tasks in a face-to-face queue, oldest first.</summary>
    public Task<List<QueueRequestView>> OpenForClientAsync(ClientId clientId, CancellationToken ct) =>
        ListAsync(db.WorkQueueTasks.OpenFaceToFace().Where(t => t.ClientId == clientId), ct);

    private async Task<List<QueueRequestView>> ListAsync(IQueryable<WorkQueueTask> tasks, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await (
                from t in tasks.AsNoTracking()
                join c in db.Clients on t.ClientId equals c.Id
                join s in db.Sites on t.SiteId equals s.Id
                join referrer in db.Staff on t.CreatedById equals (StaffId?)referrer.Id into referrers
                from referrer in referrers.DefaultIfEmpty()
                select new
                {
                    t.Id, t.ClientId, t.SiteId, t.Need, t.Origin, t.CreatedAt, t.DueAt, t.Status,
                    Client = c.FirstName + " " + c.LastName, c.ClientNumber, Site = s.Name,
                    By = referrer == null ? null : referrer.FirstName + " " + referrer.LastName,
                })
            .ToListAsync(ct);
        return [.. rows.OrderBy(x => x.CreatedAt).Select(x => new QueueRequestView(
            x.Id.Value, x.ClientId.Value, x.Client, ClientNumbers.Format(x.ClientNumber), x.SiteId.Value, x.Site, x.Need, x.Origin, x.By ?? "Tautoko",
            x.CreatedAt, x.DueAt, x.Status != WorkQueueTaskStatus.Completed && now > x.DueAt, x.Status))];
    }
}
