using Microsoft.AspNetCore.Mvc;
using Tautoko.Core.Access;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Pages;

namespace Tautoko.Web.Features.Vacancies.Pages;

/// <summary>A client's referrals to vacancies and programmes with their progress; stages are recorded and programme referrals made here, without JavaScript.</summary>
[ReadsClientInformation]
public sealed class ClientReferralsModel(ReferralHandler handler, CurrentStaff me) : ClientPageModel
{
    public IReadOnlyList<ReferralView> Referrals { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The referral the errors belong to (null: the new programme referral form).</summary>
    public Guid? ErrorsFor { get; private set; }

    /// <summary>Employment Support Representatives, case managers, managers and national office refer and record stages.</summary>
    public bool MayRefer => VacancyRoles.May(me.Role);

    public static IReadOnlyList<(string Value, string Name)> Services { get; } =
        [.. Enum.GetValues<ContractedServiceKind>().Select(k => (ReferralHandler.Camel(k), k.DisplayName()))];

    public static IReadOnlyList<(string Value, string Name)> Outcomes { get; } =
    [
        (ReferralHandler.Camel(ProgrammeOutcome.EnteredEmployment), "Entered employment"),
        (ReferralHandler.Camel(ProgrammeOutcome.EnteredTraining), "Entered training"),
        (ReferralHandler.Camel(ProgrammeOutcome.WorkReady), "Work ready"),
        (ReferralHandler.Camel(ProgrammeOutcome.NoChange), "No change"),
    ];

    public string? ErrorFor(Guid? referral, string field) =>
        ErrorsFor == referral && Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostStageAsync(Guid referralId, string? stage, DateOnly? on, string? outcomeCode, string? outcome, int? version, CancellationToken ct)
    {
        var done = await handler.AdvanceAsync(referralId, new ReferralStageInput(stage, on, outcomeCode, outcome, version), ct);
        return done.Failure is null ? Done($"Referral {done.Value!.Stage}.") : await RefusedAsync(done.Failure, referralId, ct);
    }

    public async Task<IActionResult> OnPostProgrammeAsync(string? service, string? programme, DateOnly? on, CancellationToken ct)
    {
        var done = await handler.ReferAsync(new ClientId(Id), new ReferralInput("programme", null, service, programme, on), ct);
        return done.Failure is null ? Done($"Referred to {done.Value!.Programme}.") : await RefusedAsync(done.Failure, null, ct);
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/clients/{Id}/referrals");
    }

    private async Task<IActionResult> RefusedAsync(Failure failure, Guid? referral, CancellationToken ct)
    {
        if (failure is Failure.AccessRefused refused)
        {
            return Refuse(refused.Decision);
        }

        var page = await LoadAsync(ct);
        Message = failure.Message;
        ErrorsFor = referral;
        if (failure is Failure.InvalidInput invalid)
        {
            Errors = invalid.Errors;
        }

        Response.StatusCode = failure switch
        {
            Failure.InvalidInput => StatusCodes.Status400BadRequest,
            Failure.StateConflict => StatusCodes.Status409Conflict,
            Failure.Missing => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return page;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct) => Show(await handler.ListAsync(new ClientId(Id), ct), r => Referrals = r);
}
