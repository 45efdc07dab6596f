using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Quality;

public static class QualityEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var samples = app.MapGroup("/api/quality-samples").WithTags("Quality checks");
        samples.MapPost("/", Draw).ReadsClientInformation()
            .WithSummary("The National Quality Team draws a random sample of a site's processed actions (hardship decisions and grants, appointments resulted, work-queue tasks completed) for a period: site, from, to, size (default 30), kinds, and optionally the seed (a fresh one otherwise). The seed is recorded with the sample: the same seed over the same actions draws the same sample (R-100).");
        samples.MapGet("/", List).ReadsNoClientInformation()
            .WithSummary("Quality samples drawn, newest first (optionally of one site), with how many of their actions are checked and correct.");
        samples.MapGet("/{id:guid}", Get).ReadsClientInformation()
            .WithSummary("One quality sample: its seed, population size, the sampled actions in draw order with their check results, and its accuracy (R-100).");
        app.MapPost("/api/quality-checks/{id:guid}/result", Record).WithTags("Quality checks").ReadsClientInformation()
            .WithSummary("Records a sampled action's check: result (correct or error), the error type of an error, an optional note. Once per action; nobody checks an action they processed (R-100).");
        app.MapGet("/api/quality-accuracy", Accuracy).WithTags("Quality checks").ReadsNoClientInformation()
            .WithSummary("The accuracy measure (target 95 %, R-100) of a site or the country for a period (actions processed from..to, the last twelve months by default): checked, correct, accuracy, and the 95 % Wilson score interval with its margin; errors by type; the country by site.");
    }

    private static async Task<Results<Created<QualitySampleView>, Problem>> Draw(QualitySampleInput input, QualitySampleHandler handler, CancellationToken ct) =>
        (await handler.DrawAsync(input, ct)).ToCreated(sample => $"/api/quality-samples/{sample.Id}");

    private static async Task<Results<Ok<IReadOnlyList<QualitySampleSummary>>, Problem>> List(Guid? siteId, QualitySampleHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(siteId, ct)).ToOk();

    private static async Task<Results<Ok<QualitySampleView>, Problem>> Get(Guid id, QualitySampleHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<QualityCheckView>, Problem>> Record(Guid id, QualityResultInput input, QualitySampleHandler handler, CancellationToken ct) =>
        (await handler.RecordAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<QualityAccuracyReport>, Problem>> Accuracy(Guid? siteId, DateOnly? from, DateOnly? to, QualityAccuracyHandler handler, CancellationToken ct) =>
        (await handler.ReadAsync(siteId, from, to, ct)).ToOk();
}
