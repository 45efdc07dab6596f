using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.StartingWork;

public static class StartingWorkEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/clients").WithTags("Starting work");
        clients.MapGet("/{id:guid}/starting-work", Get).ReadsClientInformation()
            .WithSummary("The client's exits into work with the supports offered for each (R-065) and their declared part-time earnings.");
        clients.MapPost("/{id:guid}/work-starts", RecordWorkStart).ReadsClientInformation()
            .WithSummary("Record an exit into work: date started, employer, hours a week, full or part time, weekly pay (optional, NZD).");
        clients.MapPost("/{id:guid}/part-time-earnings", RecordEarnings).ReadsClientInformation()
            .WithSummary("Record newly declared part-time earnings: NZD a week from a date.");
        clients.MapPost("/{id:guid}/work-starts/{workStartId:guid}/supports", RecordSupport).ReadsClientInformation()
            .WithSummary("Record a support of seed 002 for a work start as offered, agreed or declined, with the follow-up due (defaults: 20 working days; debt suspension 3 months).");
        app.MapGet("/api/employment-outcome-measures", Measures).WithTags("Starting work").ReadsNoClientInformation()
            .WithSummary("The seed 002 monitor measures work exits and part-time earnings for a case manager or site over a period (from, to), with each case manager's counts.");
    }

    private static async Task<Results<Ok<ClientStartingWork>, Problem>> Get(Guid id, StartingWorkHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Created<WorkStartView>, Problem>> RecordWorkStart(Guid id, WorkStartInput input, StartingWorkHandler handler, CancellationToken ct) =>
        (await handler.RecordWorkStartAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/starting-work");

    private static async Task<Results<Created<PartTimeEarningView>, Problem>> RecordEarnings(Guid id, PartTimeEarningInput input, StartingWorkHandler handler, CancellationToken ct) =>
        (await handler.RecordEarningsAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/starting-work");

    private static async Task<Results<Ok<WorkStartView>, Problem>> RecordSupport(Guid id, Guid workStartId, WorkSupportInput input, StartingWorkHandler handler, CancellationToken ct) =>
        (await handler.RecordSupportAsync(new ClientId(id), workStartId, input, ct)).ToOk();

    private static async Task<Results<Ok<EmploymentOutcomeMeasuresView>, Problem>> Measures(Guid? caseManagerId, Guid? siteId, DateOnly? from, DateOnly? to, EmploymentOutcomeMeasuresHandler handler, CancellationToken ct) =>
        (await handler.MeasureAsync(caseManagerId is { } cm ? new StaffId(cm) : null, siteId is { } s ? new SiteId(s) : null, from, to, ct)).ToOk();
}
