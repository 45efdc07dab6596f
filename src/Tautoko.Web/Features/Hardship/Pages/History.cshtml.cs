using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Hardship.Applications;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Pages;

/// <summary>The client's hardship tab: the last 52 weeks' applications, grants, declines by reason, debt from recoverable grants.</summary>
[ReadsClientInformation]
public sealed class HistoryModel(HardshipHistoryHandler handler, CurrentStaff me) : HardshipPageModel(me)
{
    public HardshipHistoryView? History { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Show(await handler.GetAsync(new ClientId(Id), ct), h => History = h);
}
