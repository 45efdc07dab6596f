using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Jobs;
using Tautoko.Web.Features.Caseloads.Lmi1;

namespace Tautoko.Web.Features.Caseloads.Lmi1.Pages;

[ReadsNoClientInformation]
public sealed class IndexModel(Lmi1Handler handler, CurrentStaff me, BackgroundJobs jobs) : PageModel
{
    public Lmi1View? View { get; private set; }

    public bool MayEdit => me.Role == Core.Staff.StaffRole.NationalOffice;

    /// <summary>Runs started from this page within the hour (running or finished), for national office to come back to.</summary>
    public IReadOnlyList<JobView> Jobs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (handler.MayView)
        {
            Jobs = MayEdit ? await jobs.RecentAsync(Lmi1Jobs.Kind, me.Id, anyOwner: true, ct) : [];
            View = await handler.GetAsync(ct);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }

    public async Task<IActionResult> OnPostThresholdAsync(double? threshold, int? version, CancellationToken ct)
    {
        var outcome = await handler.SetThresholdAsync(new ThresholdInput(threshold, version), ct);
        TempData["Message"] = outcome.IsDone ? outcome.Value.Message : outcome.Failure.Message;
        return RedirectToPage();
    }

    /// <summary>Train and tag now: in the background; the job's page shows its progress and comes back here when done.</summary>
    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (!MayEdit)
        {
            TempData["Message"] = "National office runs the LMI1 model on demand.";
            return RedirectToPage();
        }

        return Redirect($"/jobs/{(await Lmi1Jobs.StartAsync(jobs, me.Id, ct)).Id}");
    }
}
