using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Access;
using Tautoko.Core.Assessments;
using Tautoko.Core.Common;
using Tautoko.Core.Plans;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Staircase.Pages;

/// <summary>A client's staircasing plan: the pathway by Te Whare Tapa Whā domain, achievements celebrated, setbacks kept beside them; forms without JavaScript.</summary>
[ReadsClientInformation]
public sealed class StaircaseModel(StaircaseHandler handler, CurrentStaff me) : ClientFormPageModel
{
    public ClientStaircase? Staircase { get; private set; }

    [BindProperty]
    public string? MostPressingNeed { get; set; }

    [BindProperty]
    public string? NeedDomain { get; set; }

    [BindProperty]
    public string? Goal { get; set; }

    [BindProperty]
    public string? Domain { get; set; }

    [BindProperty]
    public string? What { get; set; }

    [BindProperty]
    public DateOnly? TargetOn { get; set; }

    [BindProperty]
    public Guid MilestoneId { get; set; }

    [BindProperty]
    public DateOnly? AchievedOn { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateOnly? OccurredOn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public static IReadOnlyList<WellbeingDomain> Domains => Enum.GetValues<WellbeingDomain>();

    public static IReadOnlyList<SetbackKind> SetbackKinds => Enum.GetValues<SetbackKind>();

    /// <summary>Whether the person's role may change the plan (the record's scope is checked by the handler); a linked Navigator only reads.</summary>
    public bool MayEdit =>
        ClientAccessPolicy.Decide(me.Viewer, new ClientScope(me.SiteId, me.RegionId, false), ClientOperation.Edit, hasBreakGlass: true).Allowed;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Show(await handler.GetAsync(new ClientId(Id), ct), s => Staircase = s);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        await AfterAsync((await handler.StartAsync(new ClientId(Id), new StartStaircaseInput(MostPressingNeed, NeedDomain, Goal), ct)).Failure, "Staircasing plan started.", ct);

    public async Task<IActionResult> OnPostMilestoneAsync(CancellationToken ct) =>
        await AfterAsync((await handler.AddMilestoneAsync(new ClientId(Id), new MilestoneInput(Domain, What, TargetOn), ct)).Failure, "Milestone added.", ct);

    public async Task<IActionResult> OnPostAchieveAsync(CancellationToken ct) =>
        await AfterAsync((await handler.AchieveAsync(new ClientId(Id), MilestoneId, new AchieveInput(AchievedOn, Note), ct)).Failure, "Milestone achieved — well done!", ct);

    public async Task<IActionResult> OnPostSetbackAsync(CancellationToken ct) =>
        await AfterAsync((await handler.RecordSetbackAsync(new ClientId(Id), new SetbackInput(Kind, OccurredOn, Note), ct)).Failure, "Setback recorded; the progress so far stays.", ct);

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        await AfterAsync((await handler.CloseAsync(new ClientId(Id), new CloseStaircaseInput(Reason), ct)).Failure, "Staircasing plan closed.", ct);

    private Task<IActionResult> AfterAsync(Failure? failure, string done, CancellationToken ct) =>
        AfterActionAsync(failure, done, "staircase", () => handler.GetAsync(new ClientId(Id), ct), s => Staircase = s);
}
