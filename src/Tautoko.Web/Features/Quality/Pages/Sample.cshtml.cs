using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Quality.Pages;

/// <summary>One quality sample: its seed, the sampled actions in draw order, and a form to record each check's result.</summary>
[ReadsClientInformation]
public sealed class SampleModel(QualitySampleHandler handler) : PageModel
{
    public QualitySampleView? Sample { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostRecordAsync(Guid id, Guid checkId, string? result, string? errorType, string? note, CancellationToken ct)
    {
        var recorded = await handler.RecordAsync(checkId, new QualityResultInput(result, errorType, note), ct);
        if (recorded.IsDone)
        {
            return Redirect($"/quality/{id}");
        }

        if (recorded.Failure is Failure.AccessRefused)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Problem = recorded.Failure.Message;
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.GetAsync(id, ct);
        if (outcome.TryGet(out var sample, out var failure))
        {
            Sample = sample;
            return Page();
        }

        return failure is Failure.Missing ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
    }
}
