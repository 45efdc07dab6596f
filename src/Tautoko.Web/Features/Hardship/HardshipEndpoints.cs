using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Hardship.Applications;
using Tautoko.Web.Features.Hardship.Reviews;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship;

public static class HardshipEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var client = app.MapGroup("/api/clients/{id:guid}/hardship").WithTags("Hardship assistance");
        client.MapGet("/", History).ReadsClientInformation().WithSummary("The client's hardship history over the last 52 weeks: applications, grants, declines by reason, debt from recoverable grants, and the high-hardship count (R-080). Audited.");
        client.MapGet("/applications", List).ReadsClientInformation().WithSummary("The client's hardship and supplementary assistance applications, newest first; paged. Audited.");
        client.MapPost("/applications", Create).ReadsClientInformation().WithSummary("Record a hardship or supplementary assistance application (R-090): need, category, amount asked (NZD), recoverable, channel. Counts towards high hardship (R-080).");
        client.MapGet("/applications/{applicationId:guid}", Get).ReadsClientInformation().WithSummary("One application with its decision and reviews. Audited.");
        client.MapPost("/applications/{applicationId:guid}/decision", Decide).ReadsClientInformation().WithSummary("Decide: grant in full, grant in part (amount ≤ asked), or decline with one of the sixteen reasons and a note (R-091; a decline without a reason is 400 naming declineReason). The client is told by their preferred channel.");
        client.MapPost("/applications/{applicationId:guid}/reviews", RequestReview).ReadsClientInformation().WithSummary("The client or agent asks for a review of the decision; after the review window a lateReason is needed (400 naming it).");

        var reviews = app.MapGroup("/api/hardship").WithTags("Reviews of decision");
        reviews.MapGet("/reviews", Register).ReadsClientInformation().WithSummary("The reviews register: reviews of decision in your scope (status=open|closed|all); paged. R-095.");
        reviews.MapGet("/reviews/worklist", Worklist).ReadsClientInformation().WithSummary("The reviews officer's worklist: open reviews overdue, due within a week, and later.");
        reviews.MapGet("/reviews/{reviewId:guid}", GetReview).ReadsClientInformation().WithSummary("One review of decision. Audited.");
        reviews.MapPost("/reviews/{reviewId:guid}/refer", Refer).ReadsClientInformation().WithSummary("The internal review did not overturn: refer to the Benefit Review Committee with the hearing date.");
        reviews.MapPost("/reviews/{reviewId:guid}/outcome", Close).ReadsClientInformation().WithSummary("Record one of Table Seven's seven outcomes (R-092); an overturned or partly upheld decision becomes a grant linked to the review. The client is told.");
        reviews.MapGet("/review-window", Window).ReadsNoClientInformation().WithSummary("The review window: months from notice of the decision (default 3) and days for an internal review.");
        reviews.MapPut("/review-window", ChangeWindow).ReadsNoClientInformation().WithSummary("National office sets the review window.");
    }

    private static async Task<Results<Ok<HardshipHistoryView>, Problem>> History(Guid id, HardshipHistoryHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<Paged<ApplicationView>>, Problem>> List(Guid id, int? page, int? pageSize, ApplicationsHandler handler, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return (await handler.ListAsync(new ClientId(id), paging, ct)).ToOk();
    }

    private static async Task<Results<Created<ApplicationRecorded>, Problem>> Create(Guid id, ApplicationInput input, ApplicationsHandler handler, CancellationToken ct) =>
        (await handler.CreateAsync(new ClientId(id), input, ct)).ToCreated(r => $"/api/clients/{id}/hardship/applications/{r.Application.Id}");

    private static async Task<Results<Ok<ApplicationView>, Problem>> Get(Guid id, Guid applicationId, ApplicationsHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), applicationId, ct)).ToOk();

    private static async Task<Results<Ok<DecisionMade>, Problem>> Decide(Guid id, Guid applicationId, DecisionInput input, DecisionHandler handler, CancellationToken ct) =>
        (await handler.DecideAsync(new ClientId(id), applicationId, input, ct)).ToOk();

    private static async Task<Results<Created<ReviewView>, Problem>> RequestReview(Guid id, Guid applicationId, ReviewRequestInput input, ReviewsHandler handler, CancellationToken ct) =>
        (await handler.RequestAsync(new ClientId(id), applicationId, input, ct)).ToCreated(r => $"/api/hardship/reviews/{r.Id}");

    private static async Task<Results<Ok<Paged<ReviewRow>>, Problem>> Register(string? status, int? page, int? pageSize, ReviewsRegisterHandler handler, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return (await handler.RegisterAsync(status, paging, ct)).ToOk();
    }

    private static async Task<Results<Ok<ReviewWorklist>, Problem>> Worklist(ReviewsRegisterHandler handler, CancellationToken ct) =>
        (await handler.WorklistAsync(ct)).ToOk();

    private static async Task<Results<Ok<ReviewView>, Problem>> GetReview(Guid reviewId, ReviewsHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(reviewId, ct)).ToOk();

    private static async Task<Results<Ok<ReviewView>, Problem>> Refer(Guid reviewId, ReferInput input, ReviewsHandler handler, CancellationToken ct) =>
        (await handler.ReferAsync(reviewId, input, ct)).ToOk();

    private static async Task<Results<Ok<ReviewView>, Problem>> Close(Guid reviewId, ReviewOutcomeInput input, ReviewsHandler handler, CancellationToken ct) =>
        (await handler.CloseAsync(reviewId, input, ct)).ToOk();

    private static async Task<Ok<ReviewWindowView>> Window(ReviewWindowHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(ct));

    private static async Task<Results<Ok<ReviewWindowView>, Problem>> ChangeWindow(ReviewWindowInput input, ReviewWindowHandler handler, CancellationToken ct) =>
        (await handler.ChangeAsync(input, ct)).ToOk();
}
