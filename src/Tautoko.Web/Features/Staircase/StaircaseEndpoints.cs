using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Staircase;

public static class StaircaseEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/clients").WithTags("Staircase");
        clients.MapGet("/{id:guid}/staircase", Get).ReadsClientInformation()
            .WithSummary("The client's staircasing plan (R-117): the active one with milestones grouped by Te Whare Tapa Whā domain, achievements and setbacks, and earlier closed plans.");
        clients.MapPost("/{id:guid}/staircase", Start).ReadsClientInformation()
            .WithSummary("Start a staircasing plan from the client's most pressing need towards work or study; for a client in ICS service, one active plan at a time (422 R-117).");
        clients.MapPost("/{id:guid}/staircase/milestones", AddMilestone).ReadsClientInformation()
            .WithSummary("Add a milestone (domain, what, optional target date) as the next step of the active plan.");
        clients.MapPost("/{id:guid}/staircase/milestones/{milestoneId:guid}/achieve", Achieve).ReadsClientInformation()
            .WithSummary("Celebrate a milestone as achieved on a day; an achieved milestone stays achieved (422 R-117 the second time).");
        clients.MapPost("/{id:guid}/staircase/setbacks", RecordSetback).ReadsClientInformation()
            .WithSummary("Record a setback (relapse, return to prison, health decline, other) with its date and a note; nothing achieved is undone.");
        clients.MapPost("/{id:guid}/staircase/close", Close).ReadsClientInformation()
            .WithSummary("Close the active staircasing plan with a reason (goal reached, client left ICS); its milestones and setbacks stay.");
    }

    private static async Task<Results<Ok<ClientStaircase>, Problem>> Get(Guid id, StaircaseHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Created<StaircaseView>, Problem>> Start(Guid id, StartStaircaseInput input, StaircaseHandler handler, CancellationToken ct) =>
        (await handler.StartAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/staircase");

    private static async Task<Results<Ok<StaircaseView>, Problem>> AddMilestone(Guid id, MilestoneInput input, StaircaseHandler handler, CancellationToken ct) =>
        (await handler.AddMilestoneAsync(new ClientId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<StaircaseView>, Problem>> Achieve(Guid id, Guid milestoneId, AchieveInput input, StaircaseHandler handler, CancellationToken ct) =>
        (await handler.AchieveAsync(new ClientId(id), milestoneId, input, ct)).ToOk();

    private static async Task<Results<Ok<StaircaseView>, Problem>> RecordSetback(Guid id, SetbackInput input, StaircaseHandler handler, CancellationToken ct) =>
        (await handler.RecordSetbackAsync(new ClientId(id), input, ct)).ToOk();

    private static async Task<Results<Ok<StaircaseView>, Problem>> Close(Guid id, CloseStaircaseInput input, StaircaseHandler handler, CancellationToken ct) =>
        (await handler.CloseAsync(new ClientId(id), input, ct)).ToOk();
}
