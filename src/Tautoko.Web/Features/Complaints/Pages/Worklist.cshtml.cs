using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Complaints.Pages;

[Authorize(Policy = StaffPolicies.SiteManagement)]
[ReadsClientInformation]
public sealed class WorklistModel(ComplaintRegisterHandler handler) : PageModel
{
    public IReadOnlyList<ComplaintView> Open { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var listed = await handler.WorklistAsync(ct);
        if (listed.TryGet(out var open, out var failure))
        {
            Open = open;
        }
        else
        {
            Problem = failure.Message;
        }
    }
}
