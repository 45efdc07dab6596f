using Tautoko.Core.Access;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Jobs;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>A proposal made in the background, its stages the handler's own (the CLI's progress bar shows the same).</summary>
public static class ProposalJobs
{
    public const string Kind = "proposal";

    public static readonly string[] Stages = ["Loading caseloads and clients", "Solving (OR-Tools min-cost flow)", "Explaining", "Saving the proposal"];

    public static Task<JobView> StartAsync(BackgroundJobs jobs, ProposalInput input, Actor actor, Viewer viewer, CancellationToken ct) =>
        jobs.StartAsync(Kind, $"Assignment proposal: {input.Scope}", actor.StaffId, Stages, async (services, progress, ct) =>
        {
            var outcome = await services.GetRequiredService<ProposalHandler>().CreateAsync(input, actor, viewer, progress, ct);
            return outcome.TryGet(out var created, out var failure)
                ? new JobResult(true, $"{created.Figures.Placed:N0} placements proposed.", $"/assignment/{created.Id}")
                : new JobResult(false, failure.Message, null);
        }, ct);
}
