using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Plans;

public static class PlanEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/clients").WithTags("Plans");
        clients.MapGet("/{id:guid}/iep", Get).ReadsClientInformation()
            .WithSummary("The client's Individual Employment Plan: the open one with its activities (overdue ones marked, quality per R-063) and the earlier, closed ones.");
        clients.MapPost("/{id:guid}/iep", Start).ReadsClientInformation()
            .WithSummary("Start an Individual Employment Plan for the client; one open plan at a time (422 iep-one-open).");
        clients.MapPost("/{id:guid}/iep/activities", AddActivity).ReadsClientInformation()
            .WithSummary("Add an activity (what, who, due date) to the client's open plan.");
        clients.MapPost("/{id:guid}/iep/activities/{activityId:guid}/finish", FinishActivity).ReadsClientInformation()
            .WithSummary("Finish an activity as done or cancelled with its outcome; the plan closes when no activity is left open.");
        app.MapGet("/api/iep-measures", Measures).WithTags("Plans").ReadsNoClientInformation()
            .WithSummary("The IEP measures of seed 002 for a case manager or site over a period (from, to): R-062 within 10 working days of assignment and R-063 quality, with the 90 % target.");
    }

    private static async Task<Results<Ok<ClientPlans>, Problem>> Get(Guid id, PlansHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Created<PlanView>, Problem>> Start(Guid id, PlansHandler handler, CancellationToken ct) =>
        (await handler.StartAsync(new ClientId(id), ct)).ToCreated(_ => $"/api/clients/{id}/iep");

    private static async Task<Results<Ok<PlanView>, Problem>> AddActivity(Guid id, ActivityInput input, PlansHandler handler, CancellationToken ct) =>
        (await handler.AddActivityAsync(new ClientId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<PlanView>, Problem>> FinishActivity(Guid id, Guid activityId, FinishActivityInput input, PlansHandler handler, CancellationToken ct) =>
        (await handler.FinishActivityAsync(new ClientId(id), activityId, input, ct)).ToOk();

    private static async Task<Results<Ok<IepMeasuresView>, Problem>> Measures(Guid? caseManagerId, Guid? siteId, DateOnly? from, DateOnly? to, IepMeasuresHandler handler, CancellationToken ct) =>
        (await handler.MeasureAsync(caseManagerId is { } cm ? new StaffId(cm) : null, siteId is { } s ? new SiteId(s) : null, from, to, ct)).ToOk();
}
