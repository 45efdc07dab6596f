using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Web.Features.Appointments.Worklists;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.Pages;

[ReadsClientInformation]
public sealed class MyDayModel(WorklistHandler worklists, TimeProvider clock) : PageModel
{
    public MyDay Day { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Day = await worklists.MyDayAsync(ct);
    }
}
