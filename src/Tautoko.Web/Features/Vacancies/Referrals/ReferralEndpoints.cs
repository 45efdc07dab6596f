using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

/// <summary>The referrals API: refer a client to a vacancy or programme, list a client's referrals, record stages, and the referral measures.</summary>
public static class ReferralEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Referrals");
        api.MapPost("/clients/{id:guid}/referrals", Refer).ReadsClientInformation()
            .WithSummary("Refer the client to an open vacancy (`kind` vacancy, `vacancyId`) or to a contracted service or programme (`kind` programme, `service`, `programme`). A filled or closed vacancy answers 422 vacancy-status; a second referral to the same vacancy 409. Employment Support Representatives, case managers, managers, national office.");
        api.MapGet("/clients/{id:guid}/referrals", List).ReadsClientInformation()
            .WithSummary("The client's referrals, newest first, each with its stages (date and who) and the stages it may move to next. Audited.");
        api.MapPost("/referrals/{id:guid}/stage", Advance).ReadsClientInformation()
            .WithSummary("Record the referral's next stage with the `version` read: vacancy referred → accepted | declined → interviewed | declined → filled | declined; programme referred → accepted | declined → participated | declined → completed (with `outcomeCode` and `outcome`) | declined. Another move answers 400 naming `stage`.");
        api.MapGet("/referrals", Worklist).ReadsClientInformation()
            .WithSummary("Your referral worklist: the referrals you made that are still in progress, oldest first, with the client. Each client shown is audited.");
        app.MapGet("/api/referral-measures", Measures).WithTags("Referrals").ReadsNoClientInformation()
            .WithSummary("Seed 002's referral measures for a case manager (referrals they made) or a site over a period (from, to): counts and percentages by stage, for vacancy and programme referrals.");
    }

    private static async Task<Results<Created<ReferralView>, Problem>> Refer(Guid id, ReferralInput input, ReferralHandler handler, CancellationToken ct) =>
        (await handler.ReferAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/referrals");

    private static async Task<Results<Ok<IReadOnlyList<ReferralView>>, Problem>> List(Guid id, ReferralHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<ReferralView>, Problem>> Advance(Guid id, ReferralStageInput input, ReferralHandler handler, CancellationToken ct) =>
        (await handler.AdvanceAsync(id, input, ct)).ToOk();

    private static async Task<Results<Ok<IReadOnlyList<WorklistReferralView>>, Problem>> Worklist(ReferralWorklistHandler handler, CancellationToken ct) =>
        (await handler.MineAsync(ct)).ToOk();

    private static async Task<Results<Ok<ReferralMeasuresView>, Problem>> Measures(Guid? caseManagerId, Guid? siteId, DateOnly? from, DateOnly? to, ReferralMeasuresHandler handler, CancellationToken ct) =>
        (await handler.MeasureAsync(caseManagerId is { } cm ? new StaffId(cm) : null, siteId is { } s ? new SiteId(s) : null, from, to, ct)).ToOk();
}
