using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Fairness.Pages;

/// <summary>Fairness and decisions: choose a level and period; the outcomes by each breakdown and the decline reasons' overturn rates.</summary>
[ReadsNoClientInformation]
public sealed class FairnessModel(FairnessHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public FairnessReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public static string Show(FairnessCell cell) => cell.Suppressed ? "S" : cell.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    public static string Show(decimal? rate) => rate is { } r ? (r * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %" : "–";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await handler.ReportAsync(Level, Id, From, To, ct);
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
