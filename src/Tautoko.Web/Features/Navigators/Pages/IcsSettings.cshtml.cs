using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Navigators.Pages;

/// <summary>National office's ICS setting: whether whānau count in the caseload of 60. Everyone signed in may read it.</summary>
[ReadsNoClientInformation]
public sealed class IcsSettingsModel(IcsSettingsHandler handler) : PageModel
{
    public IcsSettingsView? Settings { get; private set; }

    public bool MayEdit => handler.MayEdit;

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Settings = await handler.GetAsync(ct);

    public async Task<IActionResult> OnPostAsync(bool whanauCountInCaseload, int? version, CancellationToken ct)
    {
        var done = await handler.SetAsync(new IcsSettingsInput(whanauCountInCaseload, version), ct);
        if (done.IsDone)
        {
            return Redirect("/ics-settings");
        }

        if (done.Failure is Core.Common.Failure.AccessRefused)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        Problem = done.Failure.Message;
        Settings = await handler.GetAsync(ct);
        return Page();
    }
}
