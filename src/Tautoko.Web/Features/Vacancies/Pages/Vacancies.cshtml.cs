using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies.Pages;

/// <summary>The region's vacancies, searched by status, occupation code (or group) and town, soonest closing first.</summary>
[ReadsNoClientInformation]
public sealed class VacanciesModel(VacancyHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = "open";

    [BindProperty(SupportsGet = true)]
    public string? Occupation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Town { get; set; }

    public IReadOnlyList<VacancyView> Rows { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.ListVacanciesAsync(null, Status, Occupation, Town, ct);
        switch (read.Failure)
        {
            case null:
                Rows = read.Value;
                return Page();
            case Failure.AccessRefused refused:
                Problem = refused.Message;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                Problem = read.Failure.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }
}
