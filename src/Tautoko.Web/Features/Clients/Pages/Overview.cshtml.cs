using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tautoko.Core.Access;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Clients.ClientOverview;
using Tautoko.Web.Features.Clients.Notes;
using Tautoko.Web.Features.Clients.Tags;
using Tautoko.Web.Features.Clients.Warnings;

using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Clients.Pages;

[ReadsClientInformation]
public sealed class OverviewModel(ClientOverviewHandler overview, NotesHandler notes, TagsHandler tags, WarningsHandler warnings, CurrentStaff me) : ClientPageModel
{
    public Features.Clients.ClientOverview.ClientOverview? Client { get; private set; }

    public string? NoteProblem { get; private set; }

    /// <summary>"staff": the engagement log without automatic entries (reminders, letters, system notes).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Log { get; set; }

    public bool StaffNotesOnly => string.Equals(Log, "staff", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the signed-in person's role may do <paramref name="operation"/> on this record (the page already passed
    /// the scope check, by scope or break-glass): links and forms they may not use are not shown.
    /// </summary>
    public bool May(ClientOperation operation) =>
        Client is { } c && ClientAccessPolicy.Decide(me.Viewer, new ClientScope(new SiteId(c.HomeSiteId), new RegionId(Guid.Empty), c.IsRestricted), operation, hasBreakGlass: true).Allowed;

    /// <summary>Taking a call about the client: staff who may write to the engagement log and take calls (not quality checkers or national office).</summary>
    public bool MayTakeCall => May(ClientOperation.AddNote) && me.Role is not (Core.Staff.StaffRole.NationalOffice or Core.Staff.StaffRole.QualityChecker);

    public bool CanViewAudit => ClientAccessPolicy.Decide(me.Viewer, new ClientScope(new SiteId(Client?.HomeSiteId ?? Guid.Empty), new RegionId(Guid.Empty), false), ClientOperation.ViewAudit, false).Allowed;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNoteAsync(string? text, EngagementChannel? channel, EngagementOutcome? outcome, Guid? correctsNoteId, CancellationToken ct)
    {
        var result = await notes.AddAsync(new ClientId(Id), new NoteInput(text, channel, outcome, null, correctsNoteId), ct);
        switch (result.Failure)
        {
            case null:
                TempData["Message"] = "Note saved to the engagement log.";
                return RedirectToPage(new { id = Id });
            case Failure.InvalidInput invalid:
                NoteProblem = invalid.Message;
                return await LoadAsync(ct);
            default:
                return await LoadAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostAddTagAsync(string? code, string? reason, CancellationToken ct) =>
        await TagOutcomeAsync(await tags.AddAsync(new ClientId(Id), new AddTagInput(code, reason), ct), "Tag added.", ct);

    public async Task<IActionResult> OnPostRemoveTagAsync(Guid tagId, string? reason, CancellationToken ct) =>
        await TagOutcomeAsync(await tags.RemoveAsync(new ClientId(Id), tagId, new RemoveTagInput(reason), ct), "Tag removed.", ct);

    public async Task<IActionResult> OnPostCautionAsync(SpecialCautionKind? kind, string? text, CancellationToken ct) =>
        await WarningOutcomeAsync(await warnings.AddCautionAsync(new ClientId(Id), new CautionInput(kind, text), ct), "Special caution added.", ct);

    public async Task<IActionResult> OnPostMustViewAsync(string? text, DateOnly? expires, CancellationToken ct) =>
        await WarningOutcomeAsync(await warnings.AddMustViewAsync(new ClientId(Id), new MustViewInput(text, expires), ct), "Must-view note added.", ct);

    private Task<IActionResult> WarningOutcomeAsync<T>(Outcome<T> result, string success, CancellationToken ct) =>
        ActionOutcomeAsync(result, success, "The client was not found.", ct);

    private Task<IActionResult> TagOutcomeAsync<T>(Outcome<T> result, string success, CancellationToken ct) =>
        ActionOutcomeAsync(result, success, "That tag was not found.", ct);

    /// <summary>A form's result on the page: what was done, or what stopped it; a refusal shows the record's refusal.</summary>
    private async Task<IActionResult> ActionOutcomeAsync<T>(Outcome<T> result, string success, string missing, CancellationToken ct)
    {
        TempData["Message"] = result.Failure switch
        {
            null => success,
            Failure.Missing => missing,
            Failure.RuleBroken broken => broken.Error.Message,
            var failure => failure.Message,
        };
        return result.Failure is Failure.AccessRefused ? await LoadAsync(ct) : RedirectToPage(new { id = Id });
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct) =>
        Show(await overview.HandleAsync(new ClientId(Id), ct, StaffNotesOnly), client => Client = client);
}
