using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Navigators.Pages;

/// <summary>The whānau supported alongside a client: listed for whoever may read the client; recorded and ended by those who may change the client.</summary>
[ReadsClientInformation]
public sealed class WhanauModel(WhanauHandler handler) : ClientPageModel
{
    public WhanauList? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Show(await handler.ListAsync(new ClientId(Id), ct), list => List = list);

    public async Task<IActionResult> OnPostAddAsync(string? name, string? relationship, CancellationToken ct)
    {
        var added = await handler.AddAsync(new ClientId(Id), new WhanauInput(name, relationship), ct);
        if (added.IsDone)
        {
            return Redirect($"/clients/{Id}/whanau");
        }

        var shown = Show(await handler.ListAsync(new ClientId(Id), ct), list => List = list);
        return added.Failure is Failure.AccessRefused refused ? Refuse(refused.Decision) : KeepMessage(shown, added.Failure.Message);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid memberId, CancellationToken ct)
    {
        var ended = await handler.EndAsync(new ClientId(Id), memberId, ct);
        if (ended.IsDone)
        {
            return Redirect($"/clients/{Id}/whanau");
        }

        var shown = Show(await handler.ListAsync(new ClientId(Id), ct), list => List = list);
        return ended.Failure is Failure.AccessRefused refused ? Refuse(refused.Decision) : KeepMessage(shown, ended.Failure.Message);
    }

    private IActionResult KeepMessage(IActionResult shown, string message)
    {
        Message = message;
        return shown;
    }
}
