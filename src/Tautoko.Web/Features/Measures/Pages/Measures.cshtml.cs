using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Measures.Pages;

/// <summary>Monitors and measures: choose a level and period; each measure with its target, definition, trend and a drill-down link.</summary>
[ReadsNoClientInformation]
public sealed class MeasuresModel(MeasuresHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public MeasuresReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public string Query => $"level={Report?.Level}&id={Report?.Id}&from={Report?.From:yyyy-MM-dd}&to={Report?.To:yyyy-MM-dd}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.MeasureAsync(Level, Id, From, To, ct);
        if (read.Failure is { } failure)
        {
            Problem = failure.Message;
            Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Page();
        }

        Report = read.Value;
        return Page();
    }
}
