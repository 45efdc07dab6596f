using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Exports;
using Tautoko.Web.Features.WorkQueues.Attempts;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Queues;
using Tautoko.Web.Features.WorkQueues.Tasks;

namespace Tautoko.Web.Features.WorkQueues;

public static class WorkQueueEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var queues = app.MapGroup("/api/work-queues").WithTags("Work queues");
        queues.MapGet("/", ListQueues).ReadsNoClientInformation().ExportableList<QueueView>("Work queues").WithSummary("A site's work queues (yours unless siteId is given) with open and overdue task counts.");
        queues.MapPost("/", CreateQueue).ReadsNoClientInformation().WithSummary("Configure a new queue for a site (the site's manager, or national office).");
        queues.MapPost("/standard", Provision).ReadsNoClientInformation().WithSummary("National office: give every site the standard queues of its kind (idempotent).");
        queues.MapGet("/age-profiles", AgeProfiles).ReadsNoClientInformation().Exportable<IReadOnlyList<QueueAgeProfileView>, QueueAgeExportRow>(_ => "Queue age profiles", QueueAgeExportRow.Rows).WithSummary("Managers: each queue's open tasks by age, overdue counts (R-083: site F2F queue cleared within 24 hours).");
        queues.MapGet("/{id:guid}", GetQueue).ReadsNoClientInformation().WithSummary("One queue.");
        queues.MapGet("/{id:guid}/tasks", QueueTasks).ReadsClientInformation().Exportable<Paged<TaskSummary>, TaskSummary>(v => v.Items.Count > 0 ? $"Queue {v.Items[0].Queue}" : "Queue tasks", v => v.Items, v => v.HasNext).WithSummary("A queue's tasks, soonest due first; open tasks unless status or includeCompleted says otherwise; overdue=true for overdue only; paged.");
        queues.MapPost("/{id:guid}/tasks", CreateTask).ReadsClientInformation().WithSummary("Raise a task for a client in this queue (R-070: not into regional processing queues from a service centre; R-072: housing requests screened).");

        app.MapGet("/api/clients/{id:guid}/work-on-hand-queue", WorkOnHandQueue).ReadsClientInformation().WithTags("Work queues")
            .WithSummary("Where a site refers the client's work-on-hand request (002): the Ready for Processing queue, or Hold with `hold=true` — a phone-based client's team's queue (Whanganui: \"Centralised in-bound Whanganui\"; Napier: \"Centralised Services Hawkes Bay Unit\"), else the home site's. Raise the task there with POST /api/work-queues/{id}/tasks. Audited.");

        var tasks = app.MapGroup("/api/tasks").WithTags("Work queue tasks");
        tasks.MapGet("/mine", Mine).ReadsClientInformation().ExportablePaged<TaskSummary>("My tasks").WithSummary("Tasks you are working; paged.");
        tasks.MapGet("/{id:guid}", GetTask).ReadsClientInformation().WithSummary("A task with its review, contact attempts, the client's other open events and its history. Audited.");
        tasks.MapPost("/{id:guid}/take", Take).ReadsClientInformation().WithSummary("Take the task. One person at a time: if someone else took it first, 409.");
        tasks.MapPost("/{id:guid}/release", Release).ReadsClientInformation().WithSummary("Put the task back in its queue.");
        tasks.MapPost("/{id:guid}/hold", Hold).ReadsClientInformation().WithSummary("Put the task on hold with a reason.");
        tasks.MapPost("/{id:guid}/complete", Complete).ReadsClientInformation().WithSummary("Complete with an outcome and a note. Closing as noContact with fewer than three attempts is 422 naming R-073.");
        tasks.MapPost("/{id:guid}/reassign", Reassign).ReadsClientInformation().WithSummary("R-008: reassign to another region, then one of its sites; the task keeps its history.");
        tasks.MapPost("/{id:guid}/review", Review).ReadsClientInformation().WithSummary("R-074: record the review of the task and the client's record before contacting the client.");
        tasks.MapGet("/{id:guid}/attempts", Attempts).ReadsClientInformation().WithSummary("The contact attempts on the task, first to last.");
        tasks.MapPost("/{id:guid}/attempts", RecordAttempt).ReadsClientInformation().WithSummary("R-075: record a contact attempt (it goes into the engagement log); voicemail gets the seed's script for the situation (R-076).");
        tasks.MapPost("/{id:guid}/assign-case-manager", AssignCaseManager).ReadsClientInformation().WithSummary("R-081: for a high-hardship referral, the connector chooses the service, assigns a case manager and tag, and completes the task.");
        tasks.MapGet("/{id:guid}/voicemail-scripts", Scripts).ReadsClientInformation().WithSummary("R-076: the script for each voicemail situation if the next attempt reaches voicemail.");
    }

    private static async Task<Results<Ok<WorkOnHandRoute>, Problem>> WorkOnHandQueue(Guid id, bool? hold, WorkOnHandRouting handler, CancellationToken ct) =>
        (await handler.RouteAsync(new ClientId(id), hold ?? false, ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<QueueView>>, Problem>> ListQueues(Guid? siteId, QueuesHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(siteId is { } s ? new SiteId(s) : null, ct)).ToOk();

    private static async Task<Results<Created<QueueView>, Problem>> CreateQueue(NewQueueInput input, QueuesHandler handler, CancellationToken ct) =>
        (await handler.CreateAsync(input, ct)).ToCreated(q => $"/api/work-queues/{q.Id}");

    private static async Task<Results<Ok<ProvisionResult>, Problem>> Provision(QueuesHandler handler, CancellationToken ct) =>
        (await handler.ProvisionAsync(ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<QueueAgeProfileView>>, Problem>> AgeProfiles(Guid? siteId, QueuesHandler handler, CancellationToken ct) =>
        (await handler.AgeProfilesAsync(siteId is { } s ? new SiteId(s) : null, ct)).ToOk();

    private static async Task<Results<Ok<QueueView>, Problem>> GetQueue(Guid id, QueuesHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new WorkQueueId(id), ct)).ToOk();

    private static async Task<Results<Ok<Paged<TaskSummary>>, Problem>> QueueTasks(
        Guid id, string? status, bool? overdue, bool? includeCompleted, int? page, int? pageSize, QueuesHandler handler, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        WorkQueueTaskStatus? parsed = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<WorkQueueTaskStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s))
            {
                parsed = s;
            }
            else
            {
                problems["status"] = ["Use one of: " + string.Join(", ", Enum.GetNames<WorkQueueTaskStatus>()) + "."];
            }
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var pagingProblems))
        {
            foreach (var (k, v) in pagingProblems)
            {
                problems[k] = v;
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return (await handler.TasksAsync(new WorkQueueId(id), new TaskFilter(parsed, overdue ?? false, includeCompleted ?? false), paging, ct)).ToOk();
    }

    private static async Task<Results<Created<TaskSummary>, Problem>> CreateTask(Guid id, NewTaskInput input, TaskHandler handler, CancellationToken ct) =>
        (await handler.CreateAsync(new WorkQueueId(id), input, ct)).ToCreated(t => $"/api/tasks/{t.Id}");

    private static async Task<Results<Ok<Paged<TaskSummary>>, Problem>> Mine(int? page, int? pageSize, TaskHandler handler, CancellationToken ct) =>
        PageRequest.TryCreate(page, pageSize, out var paging, out var problems)
            ? (await handler.MineAsync(paging, ct)).ToOk()
            : Failure.Invalid(problems).ToProblem();

    private static async Task<Results<Ok<TaskDetail>, Problem>> GetTask(Guid id, TaskDetailHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(new WorkQueueTaskId(id), ct)).ToOk();

    private static async Task<Results<Ok<TaskSummary>, Problem>> Take(Guid id, TaskHandler handler, CancellationToken ct) =>
        (await handler.TakeAsync(new WorkQueueTaskId(id), ct)).ToOk();

    private static async Task<Results<Ok<TaskSummary>, Problem>> Release(Guid id, TaskHandler handler, CancellationToken ct) =>
        (await handler.ReleaseAsync(new WorkQueueTaskId(id), ct)).ToOk();

    private static async Task<Results<Ok<TaskSummary>, Problem>> Hold(Guid id, HoldTaskInput input, TaskHandler handler, CancellationToken ct) =>
        (await handler.HoldAsync(new WorkQueueTaskId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<TaskSummary>, Problem>> Complete(Guid id, CompleteTaskInput input, TaskHandler handler, CancellationToken ct) =>
        (await handler.CompleteAsync(new WorkQueueTaskId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<TaskSummary>, Problem>> Reassign(Guid id, ReassignTaskInput input, TaskHandler handler, CancellationToken ct) =>
        (await handler.ReassignAsync(new WorkQueueTaskId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<ReviewView>, Problem>> Review(Guid id, ReviewInput input, ContactAttemptHandler handler, CancellationToken ct) =>
        (await handler.ReviewAsync(new WorkQueueTaskId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<AttemptView>>, Problem>> Attempts(Guid id, TaskDetailHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(new WorkQueueTaskId(id), ct)).ToOk(t => t.ContactAttempts);

    private static async Task<Results<Created<AttemptRecorded>, Problem>> RecordAttempt(Guid id, AttemptInput input, ContactAttemptHandler handler, CancellationToken ct) =>
        (await handler.RecordAsync(new WorkQueueTaskId(id), input, ct)).ToCreated(a => $"/api/tasks/{id}/attempts/{a.Attempt.Id}");

    private static async Task<Results<Ok<TaskSummary>, Problem>> AssignCaseManager(Guid id, AssignCaseManagerInput input, AssignCaseManagerHandler handler, CancellationToken ct) =>
        (await handler.AssignAsync(new WorkQueueTaskId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<ScriptsForNextAttempt>, Problem>> Scripts(Guid id, ContactAttemptHandler handler, CancellationToken ct) =>
        (await handler.ScriptsAsync(new WorkQueueTaskId(id), ct)).ToOk();
}
