using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Navigators;

public static class NavigatorEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var navigators = app.MapGroup("/api/navigators").WithTags("Navigators");
        navigators.MapGet("/", Contracts).ReadsNoClientInformation()
            .WithSummary("Navigator contracts (seed 004 §2.4): the Navigator, the NGO provider, the ICS case manager and site, and how many of that case manager's clients are linked (about 15, warned beyond).");
        navigators.MapPost("/contracts", RecordContract).ReadsNoClientInformation()
            .WithSummary("National office records a Navigator's contract: `navigatorId` (a Navigator), `provider` (the NGO) and `caseManagerId` (an ICS case manager at the Navigator's site).");
        navigators.MapGet("/{staffId:guid}/clients", Clients).ReadsClientInformation()
            .WithSummary("The clients linked to a Navigator: the Navigator's own list (they see no other clients), the ICS case manager's links, or all for the site's manager and national office. Audited.");
        navigators.MapPost("/{staffId:guid}/clients", Link).ReadsNoClientInformation()
            .WithSummary("An ICS case manager links one of their ICS clients to a Navigator they work with; beyond about 15 of their clients the answer carries a warning (rule navigator-15), the link is made.");
        navigators.MapPost("/{staffId:guid}/clients/{clientId:guid}/end", Unlink).ReadsNoClientInformation()
            .WithSummary("The ICS case manager who linked the client, or the site's manager, ends the link; the Navigator no longer sees the client.");
        // Under the case manager, not /api/navigators/caseloads/{staffId}, which an OpenAPI reader could not tell from /api/navigators/{staffId}/clients.
        app.MapGet("/api/case-managers/{staffId:guid}/ics-caseload", CaseloadCount).WithTags("Navigators").ReadsNoClientInformation()
            .WithSummary("An ICS case manager's caseload as counted (R-118): clients, whānau supported alongside them, and the count the capacity check uses.");

        var whanau = app.MapGroup("/api/clients/{id:guid}/whanau").WithTags("Navigators");
        whanau.MapGet("/", ListWhanau).ReadsClientInformation()
            .WithSummary("The whānau members supported alongside the client, and whether they count in the ICS caseload (R-118). Audited.");
        whanau.MapPost("/", AddWhanau).ReadsNoClientInformation()
            .WithSummary("Records a whānau member supported alongside the client (`name`, `relationship`); while national office counts whānau (R-118) it takes a place on the client's ICS caseload, refused when full (R-014).");
        whanau.MapPost("/{memberId:guid}/end", EndWhanau).ReadsNoClientInformation()
            .WithSummary("Support for a whānau member alongside the client ended (the row is kept).");

        var settings = app.MapGroup("/api/ics-settings").WithTags("Navigators");
        settings.MapGet("/", GetSettings).ReadsNoClientInformation()
            .WithSummary("National office's ICS setting: whether whānau members count in the caseload of 60 (R-118, off by default).");
        settings.MapPut("/", SetSettings).ReadsNoClientInformation()
            .WithSummary("National office turns whānau counting on or off: `whanauCountInCaseload` and the `version` read are required (400 without; 409 when it changed meanwhile). Audited.");
    }

    private static async Task<Results<Ok<ContractList>, Problem>> Contracts(NavigatorsHandler handler, CancellationToken ct) =>
        (await handler.ContractsAsync(ct)).ToOk();

    private static async Task<Results<Created<ContractView>, Problem>> RecordContract(ContractInput input, NavigatorsHandler handler, CancellationToken ct) =>
        (await handler.RecordContractAsync(input, ct)).ToCreated(c => $"/api/navigators/{c.NavigatorId}/clients");

    private static async Task<Results<Ok<NavigatorClients>, Problem>> Clients(Guid staffId, NavigatorsHandler handler, CancellationToken ct) =>
        (await handler.ClientsAsync(new StaffId(staffId), ct)).ToOk();

    private static async Task<Results<Created<LinkDone>, Problem>> Link(Guid staffId, LinkInput input, NavigatorsHandler handler, CancellationToken ct) =>
        (await handler.LinkAsync(new StaffId(staffId), input, ct)).ToCreated(l => $"/api/navigators/{l.NavigatorId}/clients");

    private static async Task<Results<Ok<UnlinkDone>, Problem>> Unlink(Guid staffId, Guid clientId, NavigatorsHandler handler, CancellationToken ct) =>
        (await handler.UnlinkAsync(new StaffId(staffId), new ClientId(clientId), ct)).ToOk();

    private static async Task<Results<Ok<IcsCaseloadCountView>, Problem>> CaseloadCount(Guid staffId, NavigatorsHandler handler, CancellationToken ct) =>
        (await handler.CaseloadCountAsync(new StaffId(staffId), ct)).ToOk();

    private static async Task<Results<Ok<WhanauList>, Problem>> ListWhanau(Guid id, WhanauHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Created<WhanauView>, Problem>> AddWhanau(Guid id, WhanauInput input, WhanauHandler handler, CancellationToken ct) =>
        (await handler.AddAsync(new ClientId(id), input, ct)).ToCreated(w => $"/api/clients/{id}/whanau");

    private static async Task<Results<Ok<WhanauView>, Problem>> EndWhanau(Guid id, Guid memberId, WhanauHandler handler, CancellationToken ct) =>
        (await handler.EndAsync(new ClientId(id), memberId, ct)).ToOk();

    private static async Task<Ok<IcsSettingsView>> GetSettings(IcsSettingsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(ct));

    private static async Task<Results<Ok<IcsSettingsView>, Problem>> SetSettings(IcsSettingsInput input, IcsSettingsHandler handler, CancellationToken ct) =>
        (await handler.SetAsync(input, ct)).ToOk();
}
