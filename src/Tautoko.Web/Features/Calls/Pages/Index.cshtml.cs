using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Calls.Pages;

/// <summary>Contact-centre figures by business unit and month, the CSV upload of call records with its line errors, and self-service ("no data").</summary>
[ReadsNoClientInformation]
public sealed class IndexModel(CallFiguresHandler figures, CallImportHandler imports) : PageModel
{
    public CallFiguresReport? Figures { get; private set; }

    public CallImportResult? Imported { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var read = await figures.ReadAsync(from, to, ct);
        if (read.TryGet(out var report, out var failure))
        {
            Figures = report;
            return Page();
        }

        if (failure is Failure.AccessRefused)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Errors = failure is Failure.InvalidInput invalid ? invalid.Errors : Errors;
        Problem = failure.Message;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        var outcome = await imports.ImportAsync(async token =>
        {
            if (file is null)
            {
                return null;
            }

            await using var stream = file.OpenReadStream();
            return await CallEndpoints.ReadBoundedAsync(stream, token);
        }, file?.FileName, ct);
        if (outcome.TryGet(out var result, out var failure))
        {
            Imported = result;
        }
        else if (failure is Failure.AccessRefused)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        else
        {
            Errors = failure is Failure.InvalidInput invalid ? invalid.Errors : Errors;
            Problem = failure.Message;
        }

        Figures = (await figures.ReadAsync(null, null, ct)).TryGet(out var report, out _) ? report : null;
        return Page();
    }
}
