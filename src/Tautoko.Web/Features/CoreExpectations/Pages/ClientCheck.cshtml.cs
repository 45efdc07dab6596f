using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.CoreExpectations.Pages;

/// <summary>One client's core-expectations check, with a link to fix each gap.</summary>
[ReadsClientInformation]
public sealed class ClientCheckModel(CoreExpectationsHandler handler) : ClientPageModel
{
    public ClientExpectationsView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Show(await handler.ClientAsync(new ClientId(Id), ct), v => View = v);
}
