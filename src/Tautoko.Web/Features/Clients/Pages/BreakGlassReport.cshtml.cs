using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Clients.BreakGlass;

namespace Tautoko.Web.Features.Clients.Pages;

[Authorize(Policy = StaffPolicies.SiteManagement)]
[ReadsClientInformation]
public sealed class BreakGlassReportModel(BreakGlassHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Unreviewed { get; set; }

    public IReadOnlyList<BreakGlassReportRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ReportAsync(Unreviewed, ct);

    public async Task<IActionResult> OnPostReviewAsync(Guid grantId, CancellationToken ct)
    {
        await handler.MarkReviewedAsync(grantId, ct);
        return RedirectToPage();
    }
}
