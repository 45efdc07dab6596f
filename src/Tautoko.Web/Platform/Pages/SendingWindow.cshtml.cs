using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tautoko.Web.Platform.Pages;

/// <summary>National office's page for the sending window (everyone may read it; the API is GET/PUT /api/sending-window).</summary>
[ReadsNoClientInformation]
public sealed class SendingWindowModel(SendingWindowHandler handler) : PageModel
{
    public SendingWindowView? View { get; private set; }

    public bool MayEdit => handler.MayEdit;

    /// <summary>Monday first, Sunday last.</summary>
    public IEnumerable<string> WeekDays => SendingWindowHandler.DayNames.Skip(1).Append(SendingWindowHandler.DayNames[0]);

    public static string DayLabel(string day) => day switch
    {
        "mon" => "Monday",
        "tue" => "Tuesday",
        "wed" => "Wednesday",
        "thu" => "Thursday",
        "fri" => "Friday",
        "sat" => "Saturday",
        _ => "Sunday",
    };

    public async Task OnGetAsync(CancellationToken ct) => View = await handler.GetAsync(ct);

    public async Task<IActionResult> OnPostAsync(string[]? days, string? opens, string? closes, int? version, CancellationToken ct)
    {
        var outcome = await handler.SetAsync(new SendingWindowInput(days ?? [], opens, closes, version), ct);
        TempData["Message"] = outcome.IsDone ? $"Saved: texts and e-mails go {outcome.Value.Summary} (Pacific/Auckland)." : outcome.Failure.Message;
        return RedirectToPage();
    }
}
