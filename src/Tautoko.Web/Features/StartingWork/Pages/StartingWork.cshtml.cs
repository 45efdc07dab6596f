using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.StartingWork.Pages;

/// <summary>Starting work: record an exit into work, part-time earnings, and the supports offered; no JavaScript.</summary>
[ReadsClientInformation]
public sealed class StartingWorkModel(StartingWorkHandler handler, CurrentStaff me) : ClientPageModel
{
    public ClientStartingWork? View { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Whether the person's role may record (the record's scope is checked by the handler).</summary>
    public bool MayEdit =>
        ClientAccessPolicy.Decide(me.Viewer, new ClientScope(me.SiteId, me.RegionId, false), ClientOperation.Edit, hasBreakGlass: true).Allowed;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Show(await handler.GetAsync(new ClientId(Id), ct), v => View = v);

    public async Task<IActionResult> OnPostWorkStartAsync(WorkStartInput input, CancellationToken ct) =>
        await AfterAsync((await handler.RecordWorkStartAsync(new ClientId(Id), input, ct)).Failure, "Exit into work recorded: now record the supports offered.", ct);

    public async Task<IActionResult> OnPostEarningsAsync(PartTimeEarningInput input, CancellationToken ct) =>
        await AfterAsync((await handler.RecordEarningsAsync(new ClientId(Id), input, ct)).Failure, "Part-time earnings recorded.", ct);

    public async Task<IActionResult> OnPostSupportAsync(Guid workStartId, WorkSupportInput input, CancellationToken ct) =>
        await AfterAsync((await handler.RecordSupportAsync(new ClientId(Id), workStartId, input, ct)).Failure, "Support recorded.", ct);

    private async Task<IActionResult> AfterAsync(Failure? failure, string done, CancellationToken ct)
    {
        if (failure is null)
        {
            TempData["Message"] = done;
            return Redirect($"/clients/{Id}/starting-work");
        }

        if (failure is Failure.AccessRefused refused)
        {
            return Refuse(refused.Decision);
        }

        Message = failure.Message;
        if (failure is Failure.InvalidInput invalid)
        {
            Errors = invalid.Errors;
        }

        Response.StatusCode = failure switch
        {
            Failure.InvalidInput => StatusCodes.Status400BadRequest,
            Failure.Missing => StatusCodes.Status404NotFound,
            Failure.StateConflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Show(await handler.GetAsync(new ClientId(Id), ct), v => View = v);
    }
}
