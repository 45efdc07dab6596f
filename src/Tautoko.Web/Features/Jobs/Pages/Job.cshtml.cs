using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Jobs;

namespace Tautoko.Web.Features.Jobs.Pages;

/// <summary>A long job's page: where it has got to (updated by <c>/js/job-progress.js</c> without a reload), and when done a link to what it made.</summary>
[ReadsNoClientInformation]
public sealed class JobModel(BackgroundJobs jobs, CurrentStaff me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public JobView? Job { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Job = await JobsFeature.VisibleAsync(jobs, Id, me, ct);
        return Job is null ? NotFound() : Page();
    }
}
