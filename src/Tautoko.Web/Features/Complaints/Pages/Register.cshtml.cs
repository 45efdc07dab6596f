using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Complaints;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Complaints.Pages;

[Authorize(Policy = StaffPolicies.SiteManagement)]
[ReadsClientInformation]
public sealed class RegisterModel(ComplaintRegisterHandler handler, TautokoDbContext db, CurrentStaff me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SiteId { get; set; }

    /// <summary>The sites national office may narrow the register to (a manager keeps their own site's).</summary>
    public IReadOnlyList<SiteOption> Sites { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<ComplaintView>? Result { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageRequest.TryCreate(PageNumber, 25, out var page, out _);
        ComplaintStatus? status = Status switch
        {
            "open" => ComplaintStatus.Open,
            "closed" => ComplaintStatus.Closed,
            _ => null,
        };
        ComplaintOutcome? outcome = ComplaintOutcomes.TryParse(Outcome, out var parsed) ? parsed : null;
        if (me.Role == StaffRole.NationalOffice)
        {
            Sites = await db.Sites.AsNoTracking().Where(x => x.Kind == Core.Sites.SiteKind.ServiceCentre).OrderBy(x => x.Name).Select(x => new SiteOption(x.Id.Value, x.Name)).ToListAsync(ct);
        }

        var listed = await handler.ListAsync(new ComplaintFilter(status, me.Role == StaffRole.NationalOffice ? SiteId : null, null, outcome, From, To), page, ct);
        if (listed.TryGet(out var result, out var failure))
        {
            Result = result;
        }
        else
        {
            Problem = failure.Message;
        }
    }
}
