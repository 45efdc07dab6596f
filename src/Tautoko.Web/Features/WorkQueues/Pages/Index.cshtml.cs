using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;
using Microsoft.EntityFrameworkCore;
using Tautoko.Data;
using Tautoko.Web.Features.WorkQueues.Queues;

namespace Tautoko.Web.Features.WorkQueues.Pages;

[ReadsNoClientInformation]
public sealed class IndexModel(QueuesHandler queues, TautokoDbContext db, CurrentStaff me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SiteId { get; set; }

    public IReadOnlyList<QueueView> Queues { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Sites { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>For managers: the queues' age profiles drawn (the numbers are on the age profiles page too).</summary>
    public Tautoko.Web.Platform.Charts.ChartModel? AgeChart { get; private set; }

    public bool IsManager => me.Role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice;

    public bool IsContactCentre => me.Role.IsContactCentre();

    public bool IsNationalOffice => me.Role is StaffRole.NationalOffice or StaffRole.QualityChecker;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNationalOffice)
        {
            // The first hundred sites by name, for the site drop-down.
            var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Name).Take(100).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
            Sites = [.. sites.Select(s => (s.Id.Value, s.Name))];
        }

        var result = await queues.ListAsync(SiteId is { } s ? new SiteId(s) : null, ct);
        if (result.TryGet(out var list, out var failure))
        {
            Queues = list;
            if (IsManager && (await queues.AgeProfilesAsync(SiteId is { } site ? new SiteId(site) : null, ct)).TryGet(out var profiles, out _) && profiles.Count > 0)
            {
                AgeChart = QueueCharts.AgeProfiles(profiles, QueueAgeProfile.BandLabels);
            }

            return Page();
        }

        Problem = failure.Message;
        Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return Page();
    }
}
