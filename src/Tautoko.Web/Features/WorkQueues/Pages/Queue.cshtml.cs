using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.WorkQueues;
using Tautoko.Web.Platform;
using Tautoko.Core.Common;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Queues;
using Tautoko.Web.Features.WorkQueues.Tasks;

namespace Tautoko.Web.Features.WorkQueues.Pages;

[ReadsClientInformation]
public sealed class QueueModel(QueuesHandler queues, TaskHandler tasks, QueueScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public WorkQueueTaskStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public QueueView? Queue { get; private set; }

    public Paged<TaskSummary>? Tasks { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Whether the signed-in person may take this queue's tasks (the Take buttons show only then).</summary>
    public bool CanWork { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var id = new WorkQueueId(Id);
        var queue = await queues.GetAsync(id, ct);
        if (!queue.TryGet(out var found, out var failure))
        {
            Problem = failure.Message;
            Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
            return Page();
        }

        Queue = found;
        CanWork = await scope.FindAsync(id, ct) is { } info && scope.MayWork(info.Place).Allowed;
        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        if ((await queues.TasksAsync(id, new TaskFilter(Status, Overdue, false), page, ct)).TryGet(out var list, out _))
        {
            Tasks = list;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTakeAsync(Guid taskId, CancellationToken ct)
    {
        var result = await tasks.TakeAsync(new WorkQueueTaskId(taskId), ct);
        if (result.IsDone)
        {
            return Redirect($"/tasks/{taskId}");
        }

        TempData["Problem"] = result.Failure.Message;
        return RedirectToPage(new { id = Id });
    }
}
