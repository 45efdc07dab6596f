using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Jobs;

namespace Tautoko.Web.Features.Caseloads.Lmi1;

public static class Lmi1Endpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lmi1").WithTags("Labour Market Indicator 1");
        group.MapGet("/", Get).ReadsNoClientInformation().WithSummary("The LMI1 model: held-out AUC, Brier score and calibration by decile, weights, threshold, last daily run.");
        group.MapPut("/threshold", SetThreshold).ReadsNoClientInformation().WithSummary("National office sets the threshold: clients at or above it are tagged (R-019).");
        group.MapPost("/runs", Run).ReadsNoClientInformation().WithSummary("National office trains and tags now (the daily job does this every day after 2am).");
    }

    private static async Task<Results<Ok<Lmi1View>, Problem>> Get(Lmi1Handler handler, CancellationToken ct) =>
        handler.MayView
            ? TypedResults.Ok(await handler.GetAsync(ct))
            : Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "National office, managers and connectors see the LMI1 model.")).ToProblem();

    private static async Task<Results<Ok<Changed>, Problem>> SetThreshold(ThresholdInput input, Lmi1Handler handler, CancellationToken ct) =>
        (await handler.SetThresholdAsync(input, ct)).ToOk();

    private static async Task<Results<Ok<Lmi1RunResult>, Accepted<JobView>, Problem>> Run(Lmi1Handler handler, CurrentStaff me, HttpRequest request, BackgroundJobs jobs, CancellationToken ct)
    {
        if (JobRequest.RespondAsync(request) && me.Role == Core.Staff.StaffRole.NationalOffice)
        {
            // Prefer: respond-async — trained in the background; follow it at /api/jobs/{id}.
            var job = await Lmi1Jobs.StartAsync(jobs, me.Id, ct);
            return TypedResults.Accepted($"/api/jobs/{job.Id}", job);
        }

        var outcome = await handler.RunNowAsync(ct);
        return outcome.TryGet(out var result, out var failure) ? TypedResults.Ok(result) : failure.ToProblem();
    }
}
