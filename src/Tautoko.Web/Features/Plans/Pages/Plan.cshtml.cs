using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Access;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Plans.Pages;

/// <summary>The client's Individual Employment Plan: its activities, and forms to start a plan, add and finish activities (no JavaScript).</summary>
[ReadsClientInformation]
public sealed class PlanModel(PlansHandler handler, CurrentStaff me) : ClientPageModel
{
    public ClientPlans? Plans { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [BindProperty]
    public string? What { get; set; }

    [BindProperty]
    public string? Who { get; set; }

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    public Guid ActivityId { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    /// <summary>Whether the person's role may change the plan (the record's scope is checked by the handler).</summary>
    public bool MayEdit =>
        ClientAccessPolicy.Decide(me.Viewer, new ClientScope(me.SiteId, me.RegionId, false), ClientOperation.Edit, hasBreakGlass: true).Allowed;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Show(await handler.GetAsync(new ClientId(Id), ct), p => Plans = p);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        await AfterAsync(await handler.StartAsync(new ClientId(Id), ct), "Plan started.", ct);

    public async Task<IActionResult> OnPostAddActivityAsync(CancellationToken ct) =>
        await AfterAsync(await handler.AddActivityAsync(new ClientId(Id), new ActivityInput(What, Who, DueOn), ct), "Activity added.", ct);

    public async Task<IActionResult> OnPostFinishAsync(CancellationToken ct) =>
        await AfterAsync(await handler.FinishActivityAsync(new ClientId(Id), ActivityId, new FinishActivityInput(Status, Outcome), ct), "Activity finished.", ct);

    private async Task<IActionResult> AfterAsync(Outcome<PlanView> outcome, string done, CancellationToken ct)
    {
        if (outcome.Failure is null)
        {
            TempData["Message"] = done;
            return Redirect($"/clients/{Id}/plan");
        }

        if (outcome.Failure is Failure.AccessRefused refused)
        {
            return Refuse(refused.Decision);
        }

        Message = outcome.Failure.Message;
        if (outcome.Failure is Failure.InvalidInput invalid)
        {
            Errors = invalid.Errors;
        }

        Response.StatusCode = outcome.Failure is Failure.InvalidInput ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;
        return Show(await handler.GetAsync(new ClientId(Id), ct), p => Plans = p);
    }
}
