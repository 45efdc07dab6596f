using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies.Pages;

/// <summary>The referral worklist: the referrals you made that are still in progress, oldest first.</summary>
[ReadsClientInformation]
public sealed class WorklistModel(ReferralWorklistHandler handler) : PageModel
{
    public IReadOnlyList<WorklistReferralView> Rows { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.MineAsync(ct);
        if (read.Failure is { } failure)
        {
            Problem = failure.Message;
            Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Page();
        }

        Rows = read.Value;
        return Page();
    }
}
