using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Complaints;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Complaints.Pages;

/// <summary>Any member of staff records a complaint about a colleague's behaviour; it goes to the managers of that person's site.</summary>
[ReadsNoClientInformation]
public sealed class NewModel(RecordComplaintHandler handler, TautokoDbContext db, CurrentStaff me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SiteId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClientId { get; set; }

    public IReadOnlyList<SiteOption> Sites { get; private set; } = [];

    public IReadOnlyList<StaffOption> StaffAtSite { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid? staffId, DateOnly? receivedOn, ComplaintChannel? channel, string? description, CancellationToken ct)
    {
        var recorded = await handler.RecordAsync(new ComplaintInput(staffId, ClientId, receivedOn, channel, description), ct);
        if (recorded.TryGet(out var done, out var failure))
        {
            TempData["Message"] = done.Message;
            return RedirectToPage(new { siteId = SiteId });
        }

        if (failure is Tautoko.Core.Common.Failure.InvalidInput invalid)
        {
            Errors = invalid.Errors;
        }

        Problem = failure.Message;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = DateDisplay.TodayInAuckland(clock);
        var site = SiteId is { } s ? new Tautoko.Core.Common.SiteId(s) : me.SiteId;
        SiteId = site.Value;
        Sites = await db.Sites.AsNoTracking().OrderBy(x => x.Name).Select(x => new SiteOption(x.Id.Value, x.Name)).ToListAsync(ct);
        var mine = me.Id;
        StaffAtSite = await db.Staff.AsNoTracking().Where(x => x.SiteId == site && x.IsActive && x.Id != mine)
            .OrderBy(x => x.LastName).ThenBy(x => x.FirstName).Select(x => new StaffOption(x.Id.Value, x.FirstName + " " + x.LastName)).ToListAsync(ct);
    }
}
