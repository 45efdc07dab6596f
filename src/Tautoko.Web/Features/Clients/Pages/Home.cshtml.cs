using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Clients.BreakGlass;
using Tautoko.Web.Features.Clients.Recent;

namespace Tautoko.Web.Features.Clients.Pages;

[ReadsClientInformation]
public sealed class HomeModel(CurrentStaff me, BreakGlassHandler breakGlass, RecentClientsHandler recent) : PageModel
{
    /// <summary>The clients the person opened lately that they may still open.</summary>
    public IReadOnlyList<RecentClient> Recent { get; private set; } = [];

    /// <summary>Break-glass openings of the manager's clients waiting for review; null for other roles.</summary>
    public int? BreakGlassToReview { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Recent = await recent.ListAsync(ct);
        if (me.Role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice)
        {
            BreakGlassToReview = await breakGlass.UnreviewedCountAsync(ct);
        }
    }
}
