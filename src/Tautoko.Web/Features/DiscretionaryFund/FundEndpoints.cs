using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.DiscretionaryFund;

public static class FundEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var client = app.MapGroup("/api/clients/{id:guid}/discretionary-fund").WithTags("Discretionary fund");
        client.MapGet("/", History).ReadsClientInformation()
            .WithSummary("The client's requests to the ICS discretionary fund, what was granted, and the debt it added (none: the fund is not recoverable, R-094).");
        client.MapPost("/grants", Request).ReadsClientInformation()
            .WithSummary("An ICSM grants up to $500 on the spot; over $500 names the Service Centre Manager of their site who approves (R-094: refused as 422 without one). NZD with cents.");
        client.MapPost("/grants/{grantId:guid}/decision", Decide).ReadsClientInformation()
            .WithSummary("The Service Centre Manager named in a request over $500 approves or declines it, with the version read (R-094).");

        var fund = app.MapGroup("/api/discretionary-fund").WithTags("Discretionary fund");
        fund.MapGet("/purposes", Purposes).ReadsNoClientInformation()
            .WithSummary("The purposes offered for a grant: the examples of 004 §2.6 in the seed's words, and Other.");
        fund.MapGet("/spend", Spend).ReadsNoClientInformation()
            .WithSummary("Granted spend per month, site and case manager (from, to as yyyy-MM, default the last 12 months; siteId for national office). ICSMs see their own, managers their site, national office every site.");
        fund.MapGet("/awaiting-me", AwaitingMe).ReadsClientInformation()
            .WithSummary("Requests over $500 waiting for the signed-in manager's approval (R-094).");
    }

    private static async Task<Results<Ok<ClientFundView>, Problem>> History(Guid id, GrantHandler handler, CancellationToken ct) =>
        (await handler.ClientAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Created<GrantView>, Problem>> Request(Guid id, GrantInput input, GrantHandler handler, CancellationToken ct) =>
        (await handler.RequestAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/discretionary-fund");

    private static async Task<Results<Ok<GrantView>, Problem>> Decide(Guid id, Guid grantId, GrantDecisionInput input, GrantHandler handler, CancellationToken ct) =>
        (await handler.DecideAsync(new ClientId(id), grantId, input, ct)).ToOk();

    private static Ok<IReadOnlyList<PurposeOption>> Purposes() => TypedResults.Ok(GrantHandler.Purposes);

    private static async Task<Results<Ok<SpendView>, Problem>> Spend(string? from, string? to, Guid? siteId, SpendHandler handler, CancellationToken ct) =>
        (await handler.SpendAsync(from, to, siteId, ct)).ToOk();

    private static async Task<Ok<IReadOnlyList<GrantView>>> AwaitingMe(GrantHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.AwaitingMeAsync(ct));
}
