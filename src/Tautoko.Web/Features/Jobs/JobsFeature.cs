using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Jobs;

namespace Tautoko.Web.Features.Jobs;

/// <summary>Long jobs' progress: <c>GET /api/jobs/{id}</c> (polled by the job page's script) and the page <c>/jobs/{id}</c>.</summary>
public sealed class JobsFeature : IFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<BackgroundJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundJobs>());
    }

    public static void MapRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/jobs/{id:guid}", Get).ReadsNoClientInformation().WithTags("Jobs")
            .WithSummary("A long job's progress (a proposal, an LMI1 run): stage, step of steps, percent; when finished, its message and resultUrl. The job's starter and national office see it; 404 otherwise.");

    /// <summary>Who may follow a job: whoever started it, and national office.</summary>
    public static async Task<JobView?> VisibleAsync(BackgroundJobs jobs, Guid id, CurrentStaff me, CancellationToken ct) =>
        me.IsSignedIn ? await jobs.FindAsync(id, me.Id, me.Role == StaffRole.NationalOffice, ct) : null;

    private static async Task<Results<Ok<JobView>, Problem>> Get(Guid id, BackgroundJobs jobs, CurrentStaff me, CancellationToken ct) =>
        await VisibleAsync(jobs, id, me, ct) is { } job ? TypedResults.Ok(job) : Core.Common.Failure.NotFound("There is no such job that you started.").ToProblem();
}
