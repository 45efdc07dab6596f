using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials;

/// <summary>The optional seed of a draw (leave it out for a fresh one; give it to repeat a draw elsewhere for the audit).</summary>
public sealed record RandomiseInput(long? Seed);

public static class TrialEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var trials = app.MapGroup("/api/trials").WithTags("Trials");
        trials.MapGet("/", List).ReadsNoClientInformation()
            .WithSummary("The randomised trials (national office, ICS case managers and service centre managers), with each arm's size.");
        trials.MapPost("/", Define).ReadsNoClientInformation()
            .WithSummary("National office defines a trial: name, the service it tests, selection date, eligibility criteria as data (ICS-X by default, R-110–R-112), strata, allocation ratio, capacity per site.");
        trials.MapGet("/{id:guid}", Get).ReadsNoClientInformation()
            .WithSummary("One trial: its criteria in words, strata, ratio, whether it is randomised (with the recorded seed) and running.");
        trials.MapGet("/{id:guid}/eligible", Eligible).ReadsClientInformation()
            .WithSummary("National office: the clients eligible on the selection date (R-110–R-112), in their age groups.");
        trials.MapGet("/{id:guid}/eligibility/{clientId:guid}", Why).ReadsClientInformation()
            .WithSummary("National office: whether one client is eligible, and each failed criterion in words with its rule id.");
        trials.MapPost("/{id:guid}/randomise", Randomise).ReadsNoClientInformation()
            .WithSummary("National office randomises the eligible clients once (R-113): stratified, balanced within each stratum, the seed recorded; a second draw is refused (409).");
        trials.MapGet("/{id:guid}/assignments", Assignments).ReadsClientInformation()
            .WithSummary("The trial's assignment: national office sees every client, ICS case managers and service centre managers their own site's.");
        trials.MapPost("/{id:guid}/offer-treatment", Offer).ReadsNoClientInformation()
            .WithSummary("Places the treatment clients not yet in the service with a case manager of that service at their home site (capacity guarded, R-014).");
        trials.MapGet("/{id:guid}/outcomes", Outcomes).ReadsNoClientInformation()
            .WithSummary("The outcome report: treatment against control at 12, 24 and 36 months, intention to treat, overall and by age group, with n, difference, 95 % CI and p-value; small cells protected outside national office or with release=true.");
    }

    private static async Task<Results<Ok<TrialList>, Problem>> List(TrialsHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(ct)).ToOk();

    private static async Task<Results<Created<TrialView>, Problem>> Define(TrialInput input, TrialsHandler handler, CancellationToken ct) =>
        (await handler.DefineAsync(input, ct)).ToCreated(t => $"/api/trials/{t.Id}");

    private static async Task<Results<Ok<TrialView>, Problem>> Get(Guid id, TrialsHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<EligibleList>, Problem>> Eligible(Guid id, SelectionHandler handler, CancellationToken ct) =>
        (await handler.EligibleAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<EligibilityView>, Problem>> Why(Guid id, Guid clientId, SelectionHandler handler, CancellationToken ct) =>
        (await handler.WhyAsync(id, new ClientId(clientId), ct)).ToOk();

    private static async Task<Results<Ok<RandomisationView>, Problem>> Randomise(Guid id, RandomiseInput? input, SelectionHandler handler, CancellationToken ct) =>
        (await handler.RandomiseAsync(id, input?.Seed, ct)).ToOk();

    private static async Task<Results<Ok<AssignmentList>, Problem>> Assignments(Guid id, AssignmentsHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<OfferResult>, Problem>> Offer(Guid id, AssignmentsHandler handler, CancellationToken ct) =>
        (await handler.OfferTreatmentAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<OutcomeReport>, Problem>> Outcomes(Guid id, bool? release, OutcomesHandler handler, CancellationToken ct) =>
        (await handler.ReportAsync(id, release ?? false, ct)).ToOk();
}
