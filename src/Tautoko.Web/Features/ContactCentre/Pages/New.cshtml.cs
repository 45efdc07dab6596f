using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.ContactCentre;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.ContactCentre.Calls;
using Tautoko.Core.Common;

namespace Tautoko.Web.Features.ContactCentre.Pages;

/// <summary>A call comes in: find the client and start the call, which opens not verified .</summary>
[ReadsClientInformation]
public sealed class NewModel(SearchClientsHandler search, CallsHandler calls) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public Paged<ClientSummary>? Results { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Results = await search.HandleAsync(new ClientSearch(Q, null), new PageRequest(1, 20), ct);
        }
    }

    public async Task<IActionResult> OnPostStartAsync(Guid clientId, CallDirection direction, Guid? taskId, CancellationToken ct)
    {
        var result = await calls.StartAsync(new StartCallInput(clientId, direction, taskId), ct);
        if (result.TryGet(out var call, out var failure))
        {
            return Redirect($"/calls/{call.Id}");
        }

        Problem = failure.Message;
        Response.StatusCode = failure is Failure.AccessRefused ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return Page();
    }
}
