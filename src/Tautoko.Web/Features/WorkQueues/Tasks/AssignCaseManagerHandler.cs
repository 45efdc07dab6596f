using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;

namespace Tautoko.Web.Features.WorkQueues.Tasks;

public sealed record AssignCaseManagerInput(string? Service, Guid? CaseManagerId, string? Note, string? Lmi1Reason = null);

public sealed record CaseManagerChoice(Guid Id, string Name, string Role);

/// <summary>
/// R-081 (003): for a high-hardship referral in the site F2F queue, the connector determines the case
/// management service, assigns a case manager, adds the programme tag, and completes the task. The assignment is a
/// place on the case manager's caseload, taken through the caseloads' <see cref="ICaseloadPlacement"/> (its capacity guard
/// R-014 and rules) in the same transaction as completing the task: a refused placement completes nothing.
/// </summary>
public sealed class AssignCaseManagerHandler(TautokoDbContext db, TaskAccess tasks, ICaseloadPlacement placements, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    /// <summary>The site's active C19 (general) and integrated services case managers (003), their service and free places (the placement takes one).</summary>
    public async Task<IReadOnlyList<CaseManagerChoice>> CaseManagersAsync(SiteId site, CancellationToken ct)
    {
        var rows = await (
                from s in db.Staff.AsNoTracking()
                join c in db.Caseloads on s.Id equals c.StaffId
                where c.SiteId == site && s.IsActive && (c.Service == CaseManagementService.General || c.Service == CaseManagementService.IntegratedServices)
                orderby s.LastName, s.FirstName
                select new { s.Id, s.FirstName, s.LastName, c.Service, c.Capacity, c.Filled })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CaseManagerChoice(
            r.Id.Value,
            r.FirstName + " " + r.LastName,
            string.Create(CultureInfo.InvariantCulture, $"{r.Service.ShortName()}, {Math.Max(0, r.Capacity - r.Filled)} free")))];
    }

    public async Task<Outcome<TaskSummary>> AssignAsync(WorkQueueTaskId id, AssignCaseManagerInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (!ProgrammeTagCodes.TryParse(input.Service, out var service) || !HighHardshipAssignment.Services.Contains(service))
        {
            // 003: "Assign a C19 CM or ISCM" — the two services the seed names for this referral.
            problems["service"] = ["Choose the case management service for a high-hardship referral: " + string.Join(" or ", HighHardshipAssignment.Services.Select(s => s.ShortName())) + " (a C19 case manager or an integrated services case manager, R-081)."];
        }

        if (input.CaseManagerId is not { } cmGuid)
        {
            problems["caseManagerId"] = ["Choose the case manager."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        if (HighHardshipAssignment.MayAssign(staff.Role) is { } notTheConnector)
        {
            return Failure.Broken(notTheConnector);
        }

        var loaded = await tasks.ForWorkAsync(id, managerMay: false, ct);
        if (!loaded.TryGet(out var work, out var failure))
        {
            return failure;
        }

        var task = work.Task;
        if (HighHardshipAssignment.MayAssignFrom(task) is { } notHighHardship)
        {
            return Failure.Broken(notHighHardship);
        }

        var caseManager = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new StaffId(input.CaseManagerId!.Value), ct);
        if (caseManager is null || !caseManager.Role.IsCaseManager() || !caseManager.IsActive)
        {
            return Failure.Invalid("caseManagerId", "Choose an active case manager.");
        }

        var reason = $"High hardship: assigned to {caseManager.FullName} ({service.ShortName()}) by the connector.";
        var note = string.IsNullOrWhiteSpace(input.Note) ? reason : $"{reason} {input.Note.Trim()}";
        var now = clock.GetUtcNow();
        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        var taken = await placements.TakeAsync(new PlacementRequest(task.ClientId, caseManager.Id, note, input.Lmi1Reason, service), ct);
        if (!taken.IsDone)
        {
            return taken.Failure;
        }

        try
        {
            task.Complete(staff.Id, TaskOutcome.CaseManagerAssigned, note.Length > WorkQueueTask.MaxReasonLength ? note[..WorkQueueTask.MaxReasonLength] : note, now);
        }
        catch (DomainException ex)
        {
            return TaskFailure.From(ex.Error);
        }

        // 003: the new case manager reviews the client's circumstances and gets their contact details — a follow-up on
        // their worklist, due within 24 hours like any message to them.
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == task.ClientId).Select(c => new { c.FirstName, c.LastName }).SingleAsync(ct);
        db.CaseManagerMessages.Add(new CaseManagerMessage(
            Guid.CreateVersion7(), caseManager.Id, task.ClientId, CaseManagerMessageKind.Email, staff.FullName, staff.Id,
            HighHardship.FollowUpSubject, HighHardship.FollowUp($"{client.FirstName} {client.LastName}", task.Need), now));
        audit.Add(AuditAction.Update, "WorkQueueTask", task.Id.ToString(), task.ClientId, "High hardship: case manager assigned, client placed on their caseload (R-081)", work.Client.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TaskFailure.Changed("Someone else changed this task meanwhile. Reload it and try again.");
        }
        catch (DbUpdateException ex) when (placements.RefusalOnSave(ex) is { } refusal)
        {
            return refusal;
        }

        await transaction.CommitAsync(ct);
        return (await TaskQueries.OneAsync(db, task.Id, now, ct))!;
    }
}
