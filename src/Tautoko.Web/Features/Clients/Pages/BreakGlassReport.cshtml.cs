using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Exports;
using Tautoko.Web.Features.Clients.BreakGlass;

namespace Tautoko.Web.Features.Clients.Pages;

[Authorize(Policy = StaffPolicies.SiteManagement)]
[ReadsClientInformation]
public sealed class BreakGlassReportModel(BreakGlassHandler handler, Exporter exporter) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Unreviewed { get; set; }

    public IReadOnlyList<BreakGlassReportRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ReportAsync(Unreviewed, ct);

    /// <summary>The report as CSV or XLSX (<c>?handler=export&amp;format=csv|xlsx</c>), with the same filter; audited as an export.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!ExportRequest.TryRead(Request, out var format, out var problem) || format is not { } asked)
        {
            return BadRequest(problem ?? "format is csv or xlsx.");
        }

        return await exporter.PageFileAsync(ExportTable.Of("Break-glass report", await handler.ReportAsync(Unreviewed, ct)), asked, Request, ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid grantId, CancellationToken ct)
    {
        await handler.MarkReviewedAsync(grantId, ct);
        return RedirectToPage();
    }
}
