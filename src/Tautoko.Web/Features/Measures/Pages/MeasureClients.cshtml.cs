using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Measures.Pages;

/// <summary>The clients behind a measure's number (each listed client audited by the handler).</summary>
[ReadsClientInformation]
public sealed class MeasureClientsModel(MeasureClientsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Measure { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Met { get; set; }

    public MeasureClientsView? View { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.ListAsync(Measure, Level, Id, From, To, Met, ct);
        if (read.Failure is { } failure)
        {
            Problem = failure.Message;
            Response.StatusCode = failure switch
            {
                Failure.AccessRefused => StatusCodes.Status403Forbidden,
                Failure.Missing => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
            return Page();
        }

        View = read.Value;
        return Page();
    }
}
