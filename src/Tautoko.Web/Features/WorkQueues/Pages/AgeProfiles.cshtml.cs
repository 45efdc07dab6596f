using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Queues;

namespace Tautoko.Web.Features.WorkQueues.Pages;

[Authorize(Policy = StaffPolicies.SiteManagement)]
[ReadsNoClientInformation]
public sealed class AgeProfilesModel(QueuesHandler queues) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SiteId { get; set; }

    public IReadOnlyList<QueueAgeProfileView> Profiles { get; private set; } = [];

    public IReadOnlyList<string> Bands => QueueAgeProfile.BandLabels;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await queues.AgeProfilesAsync(SiteId is { } s ? new SiteId(s) : null, ct);
        if (result.TryGet(out var profiles, out var failure))
        {
            Profiles = profiles;
        }
        else
        {
            Problem = failure.Message;
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Page();
    }
}
