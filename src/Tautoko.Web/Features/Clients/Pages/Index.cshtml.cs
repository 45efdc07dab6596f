using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Clients.Pages;

[ReadsClientInformation]
public sealed class IndexModel(SearchClientsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Dob { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<ClientSummary>? Results { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Problem = "Enter the date of birth as a date, e.g. 14/03/1990.";
            return;
        }

        if (string.IsNullOrWhiteSpace(Q) && Dob is null)
        {
            return;
        }

        if (!PageRequest.TryCreate(PageNumber, PageRequest.DefaultPageSize, out var page, out _))
        {
            Problem = "That page does not exist.";
            return;
        }

        Results = await handler.HandleAsync(new ClientSearch(Q, Dob), page, ct);
    }
}
