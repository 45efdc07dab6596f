using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Clients.BreakGlass;

namespace Tautoko.Web.Features.Clients.Pages;

[ReadsNoClientInformation]
public sealed class HomeModel(CurrentStaff me, BreakGlassHandler breakGlass) : PageModel
{
    /// <summary>Break-glass openings of the manager's clients waiting for review; null for other roles.</summary>
    public int? BreakGlassToReview { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (me.Role is StaffRole.ServiceCentreManager or StaffRole.NationalOffice)
        {
            BreakGlassToReview = await breakGlass.UnreviewedCountAsync(ct);
        }
    }
}
