using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Audit;
using Tautoko.Web.Auth;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.WorkQueues.Tasks;

public sealed record AssignCaseManagerInput(string? Service, Guid? CaseManagerId, string? Note);

public sealed record CaseManagerChoice(Guid Id, string Name, string Role);

/// <summary>
/// R-081 (003): for a high-hardship referral in the site F2F queue, the connector determines the case
/// management service, assigns a case manager, adds the programme tag, and completes the task.
/// </summary>
public sealed class AssignCaseManagerHandler(TautokoDbContext db, TaskAccess tasks, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    /// <summary>The programme tags that are a case management service (LTCM and LMI1 are status tags).</summary>
    public static readonly ProgrammeTagCode[] Services =
    [
        ProgrammeTagCode.EmploymentCaseManagement, ProgrammeTagCode.EmploymentCaseManagementReserve, ProgrammeTagCode.PhoneBasedCaseManagement,
        ProgrammeTagCode.DedicatedCaseManagement, ProgrammeTagCode.IntegratedServicesCaseManagement, ProgrammeTagCode.IntensiveClientSupport,
        ProgrammeTagCode.GeneralCaseManagement,
    ];

    public async Task<IReadOnlyList<CaseManagerChoice>> CaseManagersAsync(SiteId site, CancellationToken ct)
    {
        var staffAtSite = await db.Staff.AsNoTracking().Where(s => s.SiteId == site && s.IsActive).OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ToListAsync(ct);
        return [.. staffAtSite.Where(s => s.Role.IsCaseManager()).Select(s => new CaseManagerChoice(s.Id.Value, s.FullName, s.Role.DisplayName()))];
    }

    public async Task<WorkResult<TaskSummary>> AssignAsync(WorkQueueTaskId id, AssignCaseManagerInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (!ProgrammeTagCodes.TryParse(input.Service, out var service) || !Services.Contains(service))
        {
            problems["service"] = ["Choose the case management service: " + string.Join(", ", Services.Select(s => s.ShortName())) + "."];
        }

        if (input.CaseManagerId is not { } cmGuid)
        {
            problems["caseManagerId"] = ["Choose the case manager."];
        }

        if (problems.Count > 0)
        {
            return new WorkResult<TaskSummary>.Invalid(problems);
        }

        if (staff.Role is not (StaffRole.Connector or StaffRole.ServiceCentreManager))
        {
            return new WorkResult<TaskSummary>.Broken(new DomainError("R-081", "The connector (or the site's manager) decides the service and assigns the case manager."));
        }

        var loaded = await tasks.ForWorkAsync(id, managerMay: false, ct);
        if (loaded is not WorkResult<TaskForWork>.Ok { Value: var work })
        {
            return loaded.As<TaskSummary>();
        }

        var task = work.Task;
        if (task.Origin != TaskOrigin.HighHardship)
        {
            return new WorkResult<TaskSummary>.Broken(new DomainError("R-081", "Assigning a case manager from the queue is for high-hardship referrals."));
        }

        var caseManager = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new StaffId(input.CaseManagerId!.Value), ct);
        if (caseManager is null || !caseManager.Role.IsCaseManager() || !caseManager.IsActive)
        {
            return new WorkResult<TaskSummary>.Invalid(new() { ["caseManagerId"] = ["Choose an active case manager."] });
        }

        var now = clock.GetUtcNow();
        var reason = $"High hardship: assigned to {caseManager.FullName} ({service.ShortName()}) by the connector.";
        var note = string.IsNullOrWhiteSpace(input.Note) ? reason : $"{reason} {input.Note.Trim()}";
        try
        {
            task.Complete(staff.Id, TaskOutcome.CaseManagerAssigned, note.Length > WorkQueueTask.MaxReasonLength ? note[..WorkQueueTask.MaxReasonLength] : note, now);
        }
        catch (DomainException ex)
        {
            return WorkResult<TaskSummary>.From(ex.Error);
        }

        if (!await db.ProgrammeTags.AnyAsync(t => t.ClientId == task.ClientId && t.Code == service && t.RemovedAt == null, ct))
        {
            db.ProgrammeTags.Add(new ProgrammeTag(Guid.CreateVersion7(), task.ClientId, service, staff.Id, now, reason));
            audit.Add(AuditAction.AddTag, "ProgrammeTag", service.ShortName(), task.ClientId, reason, work.Client.ViaBreakGlass);
        }

        db.EngagementNotes.Add(new EngagementNote(Guid.CreateVersion7(), task.ClientId, staff.Id, now, now, EngagementChannel.Internal, EngagementOutcome.Information, note, null));
        audit.Add(AuditAction.Update, "WorkQueueTask", task.Id.ToString(), task.ClientId, "High hardship: case manager assigned (R-081)", work.Client.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new WorkResult<TaskSummary>.Conflict(new DomainError(WorkQueueTask.TakenRule, "Someone else changed this task meanwhile. Reload it and try again."));
        }

        return (await TaskQueries.OneAsync(db, task.Id, now, ct))!;
    }
}
