using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Web.Features.WorkQueues.Attempts;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Tasks;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.Pages;

/// <summary>The task page: review first, then the contact-attempt panel with the seed's scripts, then close, hold or reassign.</summary>
[ReadsClientInformation]
public sealed class TaskModel(TaskDetailHandler detail, TaskHandler tasks, ContactAttemptHandler attempts, AssignCaseManagerHandler assign) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The region chosen for a reassignment; its sites are offered next .</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Region { get; set; }

    public TaskDetail? Task { get; private set; }

    public ScriptsForNextAttempt? Scripts { get; private set; }

    public ReassignChoices? Reassign { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>For a high-hardship referral being worked: the site's case managers to assign .</summary>
    public IReadOnlyList<CaseManagerChoice> CaseManagers { get; private set; } = [];

    private WorkQueueTaskId TaskId => new(Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await detail.HandleAsync(TaskId, ct);
        if (!result.TryGet(out var task, out var failure))
        {
            Problem = failure.Message;
            Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
            return Page();
        }

        Task = task;
        if (Task.IsMine && Task.ReviewedAt is not null && (await attempts.ScriptsAsync(TaskId, ct)).TryGet(out var scripts, out _))
        {
            Scripts = scripts;
        }

        if (Task.IsMine && Task.Task.Origin == TaskOrigin.HighHardship)
        {
            CaseManagers = await assign.CaseManagersAsync(new SiteId(Task.SiteId), ct);
        }

        if (Task.Task.Status != WorkQueueTaskStatus.Completed && (Task.CanWork || Task.CanManage))
        {
            Reassign = await tasks.ReassignChoicesAsync(Task.Task.QueueKind, new SiteId(Task.SiteId), Region, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTakeAsync(CancellationToken ct) => Done(await tasks.TakeAsync(TaskId, ct), "You have the task.");

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) => Done(await tasks.ReleaseAsync(TaskId, ct), "Task put back in its queue.");

    public async Task<IActionResult> OnPostHoldAsync(string? reason, CancellationToken ct) =>
        Done(await tasks.HoldAsync(TaskId, new HoldTaskInput(reason), ct), "Task put on hold.");

    public async Task<IActionResult> OnPostCompleteAsync(TaskOutcome? outcome, string? note, CancellationToken ct) =>
        Done(await tasks.CompleteAsync(TaskId, new CompleteTaskInput(outcome, note), ct), "Task completed.");

    public async Task<IActionResult> OnPostReassignAsync(Guid? regionId, Guid? siteId, string? reason, CancellationToken ct)
    {
        var result = await tasks.ReassignAsync(TaskId, new ReassignTaskInput(regionId, siteId, reason), ct);
        if (!result.TryGet(out var moved, out _))
        {
            return Done(result, string.Empty);
        }

        // The task now belongs to the other site's queue, so it leaves this person's list.
        TempData["Message"] = $"Task for {moved.ClientName} reassigned to {moved.Site}'s {moved.Queue} queue, with its history.";
        return Redirect("/tasks/mine");
    }

    public async Task<IActionResult> OnPostAssignAsync(string? service, Guid? caseManagerId, string? note, CancellationToken ct) =>
        Done(await assign.AssignAsync(TaskId, new AssignCaseManagerInput(service, caseManagerId, note), ct), "Client placed on the case manager's caseload, programme tag added and task completed.");

    public async Task<IActionResult> OnPostReviewAsync(
        bool taskAndRecordReviewed, bool contactDetailsConfirmed, bool circumstancesConfirmed, bool clientEventsChecked,
        bool benefitExpiriesChecked, bool redirectionsAndDebtOffsetsChecked, string? findings, CancellationToken ct) =>
        Done(
            await attempts.ReviewAsync(TaskId, new ReviewInput(taskAndRecordReviewed, contactDetailsConfirmed, circumstancesConfirmed, clientEventsChecked, benefitExpiriesChecked, redirectionsAndDebtOffsetsChecked, findings), ct),
            "Review recorded. You can contact the client now.");

    public async Task<IActionResult> OnPostAttemptAsync(AttemptChannel? channel, AttemptResult? result, VoicemailSituation? voicemail, string? note, CancellationToken ct)
    {
        var recorded = await attempts.RecordAsync(TaskId, new AttemptInput(channel, result, voicemail, null, note), ct);
        if (recorded.TryGet(out var done, out var failure))
        {
            TempData["Message"] = done.Script switch
            {
                { Message: { } message } => $"Attempt {done.Attempt.Number} recorded in the engagement log. Message to leave: \"{message}\"",
                { Kind: VoicemailScriptKind.NoMessage } => $"Attempt {done.Attempt.Number} recorded in the engagement log. Leave no voicemail: the number is not known to be the client's.",
                _ => $"Attempt {done.Attempt.Number} recorded in the engagement log.",
            };
            return RedirectToPage(new { id = Id });
        }

        TempData["Problem"] = failure.Message;
        return RedirectToPage(new { id = Id });
    }

    private RedirectToPageResult Done<T>(Outcome<T> result, string success)
    {
        if (result.IsDone)
        {
            TempData["Message"] = success;
        }
        else
        {
            TempData["Problem"] = result.Failure.Message;
        }

        return RedirectToPage(new { id = Id });
    }
}
