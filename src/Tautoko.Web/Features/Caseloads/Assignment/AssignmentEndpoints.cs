using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Assignment;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Exports;
using Tautoko.Web.Platform.Jobs;

namespace Tautoko.Web.Features.Caseloads.Assignment;

public static class AssignmentEndpoints
{
    public sealed record Created(Guid Id, int Proposed, int Eligible, ProposalFigures Figures);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assignment").WithTags("Assignment");
        group.MapPost("/proposals", Create).ReadsNoClientInformation().WithSummary("Propose assignments for { \"scope\": \"site\"|\"region\"|\"national\", \"id\": … } with optional what-ifs; solved optimally (OR-Tools min-cost flow) for the weights shown beside it.");
        group.MapGet("/proposals", List).ReadsNoClientInformation().ExportablePaged<ProposalListItem>("Proposals").WithSummary("Proposals, newest first; paged.");
        group.MapGet("/proposals/{id:guid}", Get).ReadsClientInformation().WithSummary("A proposal: the weights and mix it used, what-ifs, how close each caseload came to the mix, waiting of the chosen clients, counts by reason, timings.");
        group.MapGet("/proposals/{id:guid}/lines", Lines).ReadsClientInformation().ExportablePaged<ProposalLineView>("Proposal lines").WithSummary("The proposed placements with their explanations; paged (caseManagerId filters).");
        group.MapGet("/proposals/{id:guid}/clients", Clients).ReadsClientInformation().WithSummary("Every client in scope with the proposal's explanation for them; paged.");
        group.MapGet("/proposals/{id:guid}/clients/{clientId:guid}", Explain).ReadsClientInformation().WithSummary("Why this client was assigned to whom, or why not.");
        group.MapPost("/proposals/{id:guid}/overrides", Override).ReadsClientInformation().WithSummary("Manual override: { action: withdraw|move|add, lineId, clientId, caseManagerId, reason }; records who and why.");
        group.MapPost("/proposals/{id:guid}/apply", Apply).ReadsNoClientInformation().WithSummary("Apply every remaining line in one transaction (capacity guarded, R-014). Applying again does nothing again.");
        group.MapPost("/proposals/{id:guid}/reject", Reject).ReadsNoClientInformation().WithSummary("Reject the proposal with a reason.");
        group.MapGet("/proposals/compare", Compare).ReadsClientInformation().WithSummary("Two proposals side by side (?a=&b=): weights, what-ifs, placed by cohort, mix, waiting, and which clients differ.");
        group.MapGet("/policy", Policy).ReadsNoClientInformation().WithSummary("National office's weights and target mix, with what they imply.");
        group.MapPut("/policy", ChangePolicy).ReadsNoClientInformation().WithSummary("National office replaces the weights and the target mix: `weights`, `mix` and the `version` read are all required (400 without; 409 when it changed meanwhile).");
    }

    public sealed record RejectInput(string? Reason);

    private static Problem MayNotView() =>
        Failure.Refused(ProposalAccessPolicy.Refuse("Connectors, service centre managers and national office see proposals.")).ToProblem();

    private static async Task<Results<Created<Created>, Accepted<JobView>, Problem>> Create(ProposalInput input, ProposalHandler handler, CurrentStaff me, HttpRequest request, BackgroundJobs jobs, CancellationToken ct)
    {
        if (JobRequest.RespondAsync(request))
        {
            // Prefer: respond-async — the proposal is made in the background; follow it at /api/jobs/{id}.
            if (!Core.Caseloads.CaseloadScope.MayAssign(me.Viewer))
            {
                return Failure.Refused(Core.Access.AccessDecision.Refuse(Core.Access.ClientAccessPolicy.RoleRule, "Connectors, service centre managers and national office make proposals.")).ToProblem();
            }

            var job = await ProposalJobs.StartAsync(jobs, input, Actor.From(me), me.Viewer, ct);
            return TypedResults.Accepted($"/api/jobs/{job.Id}", job);
        }

        return (await handler.CreateAsync(input, Actor.From(me), me.Viewer, null, ct))
            .ToCreated(created => $"/api/assignment/proposals/{created.Id}", created => new Created(created.Id, created.Figures.Placed, created.Figures.Eligible, created.Figures)) switch
        {
            { Result: Created<Created> done } => done,
            { Result: Problem problem } => problem,
            var other => throw new InvalidOperationException($"Unexpected answer {other.Result}"),
        };
    }

    private static async Task<Results<Ok<Paged<ProposalListItem>>, Problem>> List(int? page, int? pageSize, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return MayNotView();
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return TypedResults.Ok(await handler.ListAsync(paging, ct));
    }

    private static async Task<Results<Ok<ProposalView>, Problem>> Get(Guid id, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return MayNotView();
        }

        return await handler.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : Failure.NotFound("There is no such proposal.").ToProblem();
    }

    private static async Task<Results<Ok<Paged<ProposalLineView>>, Problem>> Lines(Guid id, Guid? caseManagerId, int? page, int? pageSize, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return MayNotView();
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return TypedResults.Ok(await handler.LinesAsync(id, caseManagerId, paging, ct));
    }

    private static async Task<Results<Ok<Paged<ClientExplanation>>, Problem>> Clients(Guid id, int? page, int? pageSize, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return MayNotView();
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var problems))
        {
            return Failure.Invalid(problems).ToProblem();
        }

        if (await handler.GetAsync(id, ct) is null)
        {
            return Failure.NotFound("There is no such proposal.").ToProblem();
        }

        return TypedResults.Ok(await handler.ClientsAsync(id, paging, ct));
    }

    private static async Task<Results<Ok<ClientExplanation>, Problem>> Explain(Guid id, Guid clientId, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return MayNotView();
        }

        return await handler.ExplainAsync(id, new ClientId(clientId), ct) is { } explanation ? TypedResults.Ok(explanation) : Failure.NotFound("There is no such proposal or client.").ToProblem();
    }

    private static async Task<Results<Ok<Changed>, Problem>> Override(Guid id, OverrideInput input, ProposalDecisionHandler handler, CurrentStaff me, CancellationToken ct) =>
        (await handler.OverrideAsync(id, input, Actor.From(me), me.Viewer, ct)).ToOk();

    private static async Task<Results<Ok<ApplyResult>, Problem>> Apply(Guid id, ProposalDecisionHandler handler, CurrentStaff me, CancellationToken ct) =>
        (await handler.ApplyAsync(id, Actor.From(me), me.Viewer, ct)).ToOk();

    private static async Task<Results<Ok<Changed>, Problem>> Reject(Guid id, RejectInput input, ProposalDecisionHandler handler, CurrentStaff me, CancellationToken ct) =>
        (await handler.RejectAsync(id, input.Reason, Actor.From(me), me.Viewer, ct)).ToOk();

    private static async Task<Results<Ok<ProposalComparison>, Problem>> Compare(Guid? a, Guid? b, ProposalReviewHandler handler, CancellationToken ct)
    {
        if (!handler.MayView)
        {
            return MayNotView();
        }

        if (a is null || b is null)
        {
            return Failure.Invalid("a", "Give two proposals: ?a=…&b=…").ToProblem();
        }

        return await handler.CompareAsync(a.Value, b.Value, ct) is { } comparison ? TypedResults.Ok(comparison) : Failure.NotFound("One of the proposals does not exist.").ToProblem();
    }

    private static async Task<Ok<PolicyView>> Policy(PolicyHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(ct));

    private static async Task<Results<Ok<Changed>, Problem>> ChangePolicy(PolicyInput input, PolicyHandler handler, CancellationToken ct) =>
        (await handler.ChangeAsync(input, ct)).ToOk();
}
