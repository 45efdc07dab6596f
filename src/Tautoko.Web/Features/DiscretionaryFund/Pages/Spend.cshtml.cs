using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.DiscretionaryFund.Pages;

/// <summary>Discretionary fund spend per month, site and case manager, and (for a manager) the requests waiting for them.</summary>
[ReadsClientInformation]
public sealed class SpendModel(SpendHandler spend, GrantHandler grants) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public SpendView? Report { get; private set; }

    public IReadOnlyList<GrantView> Awaiting { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var report = await spend.SpendAsync(From, To, null, ct);
        if (report.Failure is Failure.AccessRefused)
        {
            return Forbid();
        }

        if (report.TryGet(out var view, out var failure))
        {
            Report = view;
        }
        else
        {
            Problem = failure.Message;
        }

        Awaiting = await grants.AwaitingMeAsync(ct);
        return Page();
    }
}
