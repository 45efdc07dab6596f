using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Staff;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Staff.Pages;

[ReadsNoClientInformation]
public sealed class IndexModel(StaffDirectoryHandler handler, TautokoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? SiteId { get; set; }

    [BindProperty(SupportsGet = true)]
    public StaffRole? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<StaffView>? Result { get; private set; }

    public IReadOnlyList<SiteOption> Sites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageRequest.TryCreate(PageNumber, 50, out var page, out _);
        Sites = await db.Sites.AsNoTracking().OrderBy(s => s.Name).Select(s => new SiteOption(s.Id.Value, s.Name)).ToListAsync(ct);
        Result = await handler.ListAsync(new StaffQuery(Name, SiteId, Role), page, ct);
    }
}
