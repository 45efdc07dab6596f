using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.WorkQueues.CentralProcessing.Pages;

/// <summary>The Central Processing Unit (seed 004 §2.7): ICS case managers send administrative changes; the unit's turnaround by month.</summary>
[ReadsNoClientInformation]
public sealed class CentralProcessingModel(CentralProcessingHandler handler, CurrentStaff me) : PageModel
{
    public CentralProcessingTurnaround? Turnaround { get; private set; }

    public bool MaySend => Core.WorkQueues.CentralProcessing.MaySend(me.Role);

    public string? Problem { get; private set; }

    public CentralProcessingSent? Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid? clientId, string? change, CancellationToken ct)
    {
        var sent = await handler.SendAsync(new CentralProcessingInput(clientId, change), ct);
        if (sent.IsDone)
        {
            Sent = sent.Value;
        }
        else
        {
            Problem = sent.Failure.Message;
        }

        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var turnaround = await handler.TurnaroundAsync(null, ct);
        if (!turnaround.IsDone)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Turnaround = turnaround.Value;
        return Page();
    }
}
