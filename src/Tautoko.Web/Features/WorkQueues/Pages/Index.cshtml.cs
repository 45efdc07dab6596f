using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Sites;
using Tautoko.Web.Features.WorkQueues.Common;
using Tautoko.Web.Features.WorkQueues.Queues;

namespace Tautoko.Web.Features.WorkQueues.Pages;

public sealed class IndexModel(QueuesHandler queues, SitesHandler sites, CurrentStaff me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SiteId { get; set; }

    public IReadOnlyList<QueueView> Queues { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Sites { get; private set; } = [];

    public string? Problem { get; private set; }

    public bool IsManager => me.Role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice;

    public bool IsNationalOffice => me.Role is StaffRole.NationalOffice or StaffRole.QualityChecker;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsNationalOffice)
        {
            Sites = [.. (await sites.ListAsync(new SiteQuery(null, null, null), new Platform.PageRequest(1, 100), ct)).Items.Select(s => (s.Id, s.Name))];
        }

        var result = await queues.ListAsync(SiteId is { } s ? new SiteId(s) : null, ct);
        if (result is WorkResult<IReadOnlyList<QueueView>>.Ok ok)
        {
            Queues = ok.Value;
            return Page();
        }

        Problem = WorkResults.Message(result);
        Response.StatusCode = result is WorkResult<IReadOnlyList<QueueView>>.Refused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return Page();
    }
}
