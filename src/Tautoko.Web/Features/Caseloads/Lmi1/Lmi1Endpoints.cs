using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Web.Features.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Lmi1;

public static class Lmi1Endpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lmi1").WithTags("Labour Market Indicator 1");
        group.MapGet("/", Get).WithSummary("The LMI1 model: held-out AUC, Brier score and calibration by decile, weights, threshold, last daily run.");
        group.MapPut("/threshold", SetThreshold).WithSummary("National office sets the threshold: clients at or above it are tagged (R-019).");
        group.MapPost("/runs", Run).WithSummary("National office trains and tags now (the daily job does this every day after 2am).");
    }

    private static async Task<Results<Ok<Lmi1View>, ProblemHttpResult>> Get(Lmi1Handler handler, CancellationToken ct) =>
        handler.MayView
            ? TypedResults.Ok(await handler.GetAsync(ct))
            : TypedResults.Problem(title: "Access refused", detail: "National office, managers and connectors see the LMI1 model.", statusCode: StatusCodes.Status403Forbidden);

    private static async Task<Results<Ok<CaseloadEndpoints.Changed>, Created<CaseloadEndpoints.Changed>, ProblemHttpResult>> SetThreshold(ThresholdInput input, Lmi1Handler handler, CancellationToken ct) =>
        CaseloadEndpoints.Respond(await handler.SetThresholdAsync(input, ct));

    private static async Task<Results<Ok<Lmi1RunResult>, ProblemHttpResult>> Run(Lmi1Handler handler, CancellationToken ct)
    {
        var (change, result) = await handler.RunNowAsync(ct);
        return result is not null ? TypedResults.Ok(result) : (ProblemHttpResult)CaseloadEndpoints.Respond(change).Result;
    }
}
