using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Access;
using Tautoko.Core.Assessments;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Assessments.Pages;

/// <summary>A client's ICS progress (004 §2.5): what is due, the charts over time, and forms for a Client Assessment, a BEUT and a PCOMS measure (no JavaScript).</summary>
[ReadsClientInformation]
public sealed class ProgressModel(ProgressHandler handler, CurrentStaff me) : ClientFormPageModel
{
    public ClientProgress? Progress { get; private set; }

    [BindProperty]
    public string? Point { get; set; }

    [BindProperty]
    public DateOnly? CompletedOn { get; set; }

    [BindProperty]
    public string? Narrative { get; set; }

    [BindProperty]
    public string? SensitiveTopics { get; set; }

    [BindProperty]
    public Dictionary<string, int> Ratings { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public Guid? AppointmentId { get; set; }

    [BindProperty]
    public int? Individually { get; set; }

    [BindProperty]
    public int? Interpersonally { get; set; }

    [BindProperty]
    public int? Socially { get; set; }

    [BindProperty]
    public int? Overall { get; set; }

    [BindProperty]
    public int? Relationship { get; set; }

    [BindProperty]
    public int? GoalsAndTopics { get; set; }

    [BindProperty]
    public int? ApproachOrMethod { get; set; }

    [BindProperty]
    public int? SessionOverall { get; set; }

    [BindProperty]
    public string? SkipReason { get; set; }

    public static IReadOnlyList<BeutFactor> Factors => BeutFactors.All;

    /// <summary>Whether the person's role may record assessments (the record's scope is checked by the handler).</summary>
    public bool MayEdit =>
        ClientAccessPolicy.Decide(me.Viewer, new ClientScope(me.SiteId, me.RegionId, false), ClientOperation.Edit, hasBreakGlass: true).Allowed;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Show(await handler.GetAsync(new ClientId(Id), ct), p => Progress = p);

    public async Task<IActionResult> OnPostClientAssessmentAsync(CancellationToken ct) =>
        await AfterAsync((await handler.RecordClientAssessmentAsync(new ClientId(Id), new ClientAssessmentInput(Point, CompletedOn, Narrative, SensitiveTopics), ct)).Failure, "Client Assessment recorded.", ct);

    public async Task<IActionResult> OnPostBeutAsync(CancellationToken ct) =>
        await AfterAsync((await handler.RecordBeutAsync(new ClientId(Id), new BeutInput(Point, CompletedOn, Ratings, Note), ct)).Failure, "BEUT recorded.", ct);

    public async Task<IActionResult> OnPostSessionAsync(CancellationToken ct) =>
        await AfterAsync((await handler.RecordSessionAsync(new ClientId(Id), new SessionMeasureInput(AppointmentId, Individually, Interpersonally, Socially, Overall,
            Relationship, GoalsAndTopics, ApproachOrMethod, SessionOverall, SkipReason), ct)).Failure, "PCOMS measure recorded.", ct);

    private Task<IActionResult> AfterAsync(Failure? failure, string done, CancellationToken ct) =>
        AfterActionAsync(failure, done, "progress", () => handler.GetAsync(new ClientId(Id), ct), p => Progress = p);
}
