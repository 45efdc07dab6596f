using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Staff;
using Tautoko.Core.Trials;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials.Pages;

/// <summary>The trials: national office defines one with the ICS-X criteria (the API takes any criteria as data).</summary>
[ReadsNoClientInformation]
public sealed class IndexModel(TrialsHandler handler, CurrentStaff me) : PageModel
{
    public TrialList? List { get; private set; }

    public string? Problem { get; private set; }

    public bool MayDefine => me.Role == StaffRole.NationalOffice;

    public IEnumerable<string> IcsX => TrialCriteria.IcsX.Describe();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? name, DateOnly? selectionDate, DateOnly? endsOn, bool stratifyBySite, int? capacityPerSite, CancellationToken ct)
    {
        var outcome = await handler.DefineAsync(new TrialInput(name, "IntensiveClientSupport", selectionDate, endsOn, null, stratifyBySite, 1, 1, capacityPerSite), ct);
        if (outcome.IsDone)
        {
            return Redirect($"/trials/{outcome.Value.Id}");
        }

        Problem = outcome.Failure.Message;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var outcome = await handler.ListAsync(ct);
        if (outcome.IsDone)
        {
            List = outcome.Value;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }
}
