using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Sites;

namespace Tautoko.Web.Features.Sites.Pages;

[ReadsNoClientInformation]
public sealed class IndexModel(SitesHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<SiteView>? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageRequest.TryCreate(PageNumber, 20, out var page, out _);
        Result = await handler.ListAsync(new SiteQuery(Name, null, null), page, ct);
    }
}
