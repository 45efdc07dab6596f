using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Releases.Pages;

/// <summary>One release: its tables with the seed's notes under each, downloads as CSV, XLSX and PDF; true counts for the analyst.</summary>
[ReadsNoClientInformation]
public sealed class DetailModel(ReleaseHandler handler) : PageModel
{
    public ReleaseView? Release { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.GetAsync(id, ct);
        if (outcome.TryGet(out var release, out var failure))
        {
            Release = release;
            return Page();
        }

        return failure is Failure.Missing ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary>The release as a file (<c>?handler=download&amp;format=csv|xlsx|pdf</c>), published figures only, audited.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, string? format, CancellationToken ct)
    {
        var asked = format?.Trim().ToLowerInvariant();
        if (asked is not ("csv" or "xlsx" or "pdf"))
        {
            return BadRequest("format is csv, xlsx or pdf.");
        }

        var outcome = await handler.GetAsync(id, ct);
        if (!outcome.TryGet(out var release, out var failure))
        {
            return failure is Failure.Missing ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        var (content, type, name) = await ReleaseEndpoints.FileAsync(release, asked, Request, ct);
        return File(content, type, name);
    }
}
