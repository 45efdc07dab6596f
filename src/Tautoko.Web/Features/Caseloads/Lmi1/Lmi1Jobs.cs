using System.Globalization;
using Tautoko.Core.Common;
using Tautoko.Web.Platform.Jobs;

namespace Tautoko.Web.Features.Caseloads.Lmi1;

/// <summary>An LMI1 run (train, score, tag) in the background, for national office's "Train and tag now".</summary>
public static class Lmi1Jobs
{
    public const string Kind = "lmi1";

    public static Task<JobView> StartAsync(BackgroundJobs jobs, StaffId owner, CancellationToken ct) =>
        jobs.StartAsync(Kind, "LMI1: train and tag", owner, Lmi1Run.Stages, async (services, progress, ct) =>
        {
            try
            {
                var r = await services.GetRequiredService<Lmi1Run>().RunAsync(progress, ct);
                return new JobResult(true, string.Create(CultureInfo.InvariantCulture, $"Model trained: held-out AUC {r.Auc:0.000}; {r.Tagged} clients newly tagged."), "/lmi1#model");
            }
            catch (InvalidOperationException ex)
            {
                return new JobResult(false, ex.Message, null);
            }
        }, ct);
}
