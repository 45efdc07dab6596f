using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.Caseloads;
using Tautoko.Web.Features.Clients;

namespace Tautoko.Web.Features.Caseloads.Assignment;

public static class AssignmentEndpoints
{
    public sealed record Created(Guid Id, int Proposed, int Eligible, ProposalFigures Figures);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assignment").WithTags("Assignment");
        group.MapPost("/proposals", Create).WithSummary("Propose assignments for { \"scope\": \"site\"|\"region\"|\"national\", \"id\": … } with optional what-ifs; solved optimally (OR-Tools min-cost flow) for the weights shown beside it.");
        group.MapGet("/proposals", List).WithSummary("Proposals, newest first; paged.");
        group.MapGet("/proposals/{id:guid}", Get).WithSummary("A proposal: the weights and mix it used, what-ifs, how close each caseload came to the mix, waiting of the chosen clients, counts by reason, timings.");
        group.MapGet("/proposals/{id:guid}/lines", Lines).WithSummary("The proposed placements with their explanations; paged (caseManagerId filters).");
        group.MapGet("/proposals/{id:guid}/clients", Clients).WithSummary("Every client in scope with the proposal's explanation for them; paged.");
        group.MapGet("/proposals/{id:guid}/clients/{clientId:guid}", Explain).WithSummary("Why this client was assigned to whom, or why not.");
        group.MapPost("/proposals/{id:guid}/overrides", Override).WithSummary("Manual override: { action: withdraw|move|add, lineId, clientId, caseManagerId, reason }; records who and why.");
        group.MapPost("/proposals/{id:guid}/apply", Apply).WithSummary("Apply every remaining line in one transaction (capacity guarded, R-014). Applying again does nothing again.");
        group.MapPost("/proposals/{id:guid}/reject", Reject).WithSummary("Reject the proposal with a reason.");
        group.MapGet("/proposals/compare", Compare).WithSummary("Two proposals side by side (?a=&b=): weights, what-ifs, placed by cohort, mix, waiting, and which clients differ.");
        group.MapGet("/policy", Policy).WithSummary("National office's weights and target mix, with what they imply.");
        group.MapPut("/policy", ChangePolicy).WithSummary("National office changes the weights or the mix.");
    }

    public sealed record RejectInput(string? Reason);

    private static ProblemHttpResult Refused(string reason) =>
        TypedResults.Problem(title: "Access refused", detail: reason, statusCode: StatusCodes.Status403Forbidden, extensions: new Dictionary<string, object?> { ["rule"] = "R-081" });

    private static async Task<Results<Created<Created>, ProblemHttpResult>> Create(ProposalInput input, ProposalHandler handler, CurrentStaff me, CancellationToken ct) =>
        await handler.CreateAsync(input, Actor.From(me), me.Viewer, null, ct) switch
        {
            ProposalResult.Created created => TypedResults.Created($"/api/assignment/proposals/{created.Id}", new Created(created.Id, created.Figures.Placed, created.Figures.Eligible, created.Figures)),
            ProposalResult.Invalid invalid => ClientResults.Invalid(invalid.Problems),
            ProposalResult.Refused refused => Refused(refused.Reason),
            ProposalResult.Missing missing => ProblemDetailsSetup.NotFound(missing.What),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError),
        };

    private static async Task<Results<Ok<Paged<ProposalListItem>>, ProblemHttpResult>> List(int? page, int? pageSize, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return Refused("Connectors, service centre managers and national office see proposals.");
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return ClientResults.Invalid(problems);
        }

        return TypedResults.Ok(await handler.ListAsync(paging, ct));
    }

    private static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> Get(Guid id, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return Refused("Connectors, service centre managers and national office see proposals.");
        }

        return await handler.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : ProblemDetailsSetup.NotFound("There is no such proposal.");
    }

    private static async Task<Results<Ok<Paged<ProposalLineView>>, ProblemHttpResult>> Lines(Guid id, Guid? caseManagerId, int? page, int? pageSize, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return Refused("Connectors, service centre managers and national office see proposals.");
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return ClientResults.Invalid(problems);
        }

        return TypedResults.Ok(await handler.LinesAsync(id, caseManagerId, paging, ct));
    }

    private static async Task<Results<Ok<Paged<ClientExplanation>>, ProblemHttpResult>> Clients(Guid id, int? page, int? pageSize, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return Refused("Connectors, service centre managers and national office see proposals.");
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return ClientResults.Invalid(problems);
        }

        if (await handler.GetAsync(id, ct) is null)
        {
            return ProblemDetailsSetup.NotFound("There is no such proposal.");
        }

        return TypedResults.Ok(await handler.ClientsAsync(id, paging, ct));
    }

    private static async Task<Results<Ok<ClientExplanation>, ProblemHttpResult>> Explain(Guid id, Guid clientId, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return Refused("Connectors, service centre managers and national office see proposals.");
        }

        return await handler.ExplainAsync(id, new ClientId(clientId), ct) is { } explanation ? TypedResults.Ok(explanation) : ProblemDetailsSetup.NotFound("There is no such proposal or client.");
    }

    private static async Task<Results<Ok<CaseloadEndpoints.Changed>, ProblemHttpResult>> Override(Guid id, OverrideInput input, ProposalDecisionHandler handler, CurrentStaff me, CancellationToken ct) =>
        Decision(await handler.OverrideAsync(id, input, Actor.From(me), me.Viewer, ct), id);

    private static async Task<Results<Ok<ApplyResult>, ProblemHttpResult>> Apply(Guid id, ProposalDecisionHandler handler, CurrentStaff me, CancellationToken ct) =>
        await handler.ApplyAsync(id, Actor.From(me), me.Viewer, ct) switch
        {
            DecisionResult.Applied applied => TypedResults.Ok(applied.Result),
            var other => (ProblemHttpResult)Decision(other, id).Result,
        };

    private static async Task<Results<Ok<CaseloadEndpoints.Changed>, ProblemHttpResult>> Reject(Guid id, RejectInput input, ProposalDecisionHandler handler, CurrentStaff me, CancellationToken ct) =>
        Decision(await handler.RejectAsync(id, input.Reason, Actor.From(me), me.Viewer, ct), id);

    private static Results<Ok<CaseloadEndpoints.Changed>, ProblemHttpResult> Decision(DecisionResult result, Guid id) => result switch
    {
        DecisionResult.Done done => TypedResults.Ok(new CaseloadEndpoints.Changed(id, done.Message)),
        DecisionResult.Applied applied => TypedResults.Ok(new CaseloadEndpoints.Changed(id, applied.Result.Message)),
        DecisionResult.Invalid invalid => ClientResults.Invalid(invalid.Problems),
        DecisionResult.Refused refused => Refused(refused.Reason),
        DecisionResult.Missing missing => ProblemDetailsSetup.NotFound(missing.What),
        DecisionResult.Broken broken => ProblemDetailsSetup.RuleBroken(broken.Error),
        DecisionResult.Conflict conflict => ProblemDetailsSetup.RuleBroken(conflict.Error, StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError),
    };

    private static async Task<Results<Ok<ProposalComparison>, ProblemHttpResult>> Compare(Guid? a, Guid? b, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return Refused("Connectors, service centre managers and national office see proposals.");
        }

        if (a is null || b is null)
        {
            return ClientResults.Invalid(new() { ["a"] = ["Give two proposals: ?a=…&b=…"] });
        }

        return await handler.CompareAsync(a.Value, b.Value, ct) is { } comparison ? TypedResults.Ok(comparison) : ProblemDetailsSetup.NotFound("One of the proposals does not exist.");
    }

    private static async Task<Ok<PolicyView>> Policy(PolicyHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(ct));

    private static async Task<Results<Ok<CaseloadEndpoints.Changed>, Created<CaseloadEndpoints.Changed>, ProblemHttpResult>> ChangePolicy(PolicyInput input, PolicyHandler handler, CancellationToken ct) =>
        CaseloadEndpoints.Respond(await handler.ChangeAsync(input, ct));
}
