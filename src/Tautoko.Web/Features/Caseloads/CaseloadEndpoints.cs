using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Web.Features.Clients;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Caseloads;

public static class CaseloadEndpoints
{
    public sealed record Changed(Guid Id, string Message);

    public static void Map(IEndpointRouteBuilder app)
    {
        var caseloads = app.MapGroup("/api/caseloads").WithTags("Caseloads");
        caseloads.MapGet("/mine", Mine).WithSummary("My caseload: fill against capacity and my clients with time in service (green < 12 months, orange 12–18, red 18+; filter with band=green|orange|red); paged.");
        caseloads.MapGet("/staff/{staffId:guid}", ForCaseManager).WithSummary("A case manager's caseload (their manager, a connector of the site, national office).");
        caseloads.MapGet("/sites/{siteId:guid}", Site).WithSummary("A site's caseloads: each case manager's fill against capacity and free places, by service.");
        caseloads.MapGet("/regions/{regionId:guid}", Region).WithSummary("A region's caseloads rolled up by site.");
        caseloads.MapGet("/national", National).WithSummary("National caseloads rolled up by region (national office).");
        caseloads.MapGet("/services", Services).WithSummary("Caseload size per full-time case manager for each service (R-010–R-013 are the defaults).");
        caseloads.MapPut("/services/{service}", ChangeService).WithSummary("National office changes a service's caseload size; every caseload of the service follows, scaled by FTE.");
        caseloads.MapPost("/placements/{placementId:guid}/exit", Exit).WithSummary("Exit a client with one of the five reasons and the exit checklist (R-024–R-026); written to the engagement log.");
        caseloads.MapPost("/placements/{placementId:guid}/contracted-service", ContractedService).WithSummary("Record a contracted service the client starts; the rule says whether they may leave the caseload (R-027).");
        caseloads.MapGet("/transfer-requests", Transfers).WithSummary("Transfer requests for your site (pending=true: those waiting for your decision).");
        caseloads.MapPost("/transfer-requests/{requestId:guid}/decision", Decide).WithSummary("A manager of one of the two centres approves or declines (R-007); the second approval moves the client.");

        var clients = app.MapGroup("/api/clients").WithTags("Caseloads");
        clients.MapGet("/{id:guid}/caseload", ClientCaseload).WithSummary("The client's place on a caseload, history, whether a proposal would consider them and why, and caseloads they could join.");
        clients.MapPost("/{id:guid}/placements", Place).WithSummary("Place the client on a case manager's caseload (capacity guarded, R-014; LMI1 needs lmi1Reason, R-020; phone-based rules R-017/R-018).");
        clients.MapPost("/{id:guid}/transfer-requests", RequestTransfer).WithSummary("Record the client's written request, with reasons, to change case manager or service centre (R-007).");
    }

    public static Results<Ok<Changed>, Created<Changed>, ProblemHttpResult> Respond(CaseloadChange change, string? createdAt = null) => change switch
    {
        CaseloadChange.Done done when createdAt is not null => TypedResults.Created(createdAt.Replace("{id}", done.PlacementId.ToString(), StringComparison.Ordinal), new Changed(done.PlacementId, done.Message)),
        CaseloadChange.Done done => TypedResults.Ok(new Changed(done.PlacementId, done.Message)),
        CaseloadChange.Invalid invalid => ClientResults.Invalid(invalid.Problems),
        CaseloadChange.Refused refused => ClientResults.Refused(refused.Decision, Guid.Empty),
        CaseloadChange.Broken broken => ProblemDetailsSetup.RuleBroken(broken.Error),
        CaseloadChange.Conflict conflict => ProblemDetailsSetup.RuleBroken(conflict.Error, StatusCodes.Status409Conflict),
        CaseloadChange.Missing missing => ProblemDetailsSetup.NotFound(missing.What),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Unexpected outcome"),
    };

    private static Results<Ok<T>, ProblemHttpResult> Read<T>(CaseloadRead<T> read) => read switch
    {
        CaseloadRead<T>.Found found => TypedResults.Ok(found.Value),
        CaseloadRead<T>.Refused refused => TypedResults.Problem(title: "Access refused", detail: refused.Reason, statusCode: StatusCodes.Status403Forbidden, extensions: new Dictionary<string, object?> { ["rule"] = "scope" }),
        CaseloadRead<T>.Missing missing => ProblemDetailsSetup.NotFound(missing.What),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError),
    };

    private static bool TryPaging(int? page, int? pageSize, out PageRequest request, out ProblemHttpResult? problem)
    {
        problem = PageRequest.TryCreate(page, pageSize, out request, out var problems) ? null : ClientResults.Invalid(problems);
        return problem is null;
    }

    private static bool TryBand(string? band, out TimeInServiceBand? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(band))
        {
            return true;
        }

        if (Enum.TryParse<TimeInServiceBand>(band, true, out var parsed) && Enum.IsDefined(parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static async Task<Results<Ok<MyCaseloadView>, ProblemHttpResult>> Mine(string? band, int? page, int? pageSize, CaseloadQueryHandler handler, CancellationToken ct) =>
        await ForStaff(null, band, page, pageSize, handler, ct);

    private static async Task<Results<Ok<MyCaseloadView>, ProblemHttpResult>> ForCaseManager(Guid staffId, string? band, int? page, int? pageSize, CaseloadQueryHandler handler, CancellationToken ct) =>
        await ForStaff(new StaffId(staffId), band, page, pageSize, handler, ct);

    private static async Task<Results<Ok<MyCaseloadView>, ProblemHttpResult>> ForStaff(StaffId? staffId, string? band, int? page, int? pageSize, CaseloadQueryHandler handler, CancellationToken ct)
    {
        if (!TryPaging(page, pageSize, out var paging, out var problem))
        {
            return problem!;
        }

        if (!TryBand(band, out var filter))
        {
            return ClientResults.Invalid(new() { ["band"] = ["band is green, orange or red (R-022)."] });
        }

        return Read(await handler.MineAsync(staffId, filter, paging, ct));
    }

    private static async Task<Results<Ok<SiteCaseloadsView>, ProblemHttpResult>> Site(Guid siteId, CaseloadQueryHandler handler, CancellationToken ct) =>
        Read(await handler.SiteAsync(new SiteId(siteId), ct));

    private static async Task<Results<Ok<RollUpView>, ProblemHttpResult>> Region(Guid regionId, CaseloadQueryHandler handler, CancellationToken ct) =>
        Read(await handler.RegionAsync(new RegionId(regionId), ct));

    private static async Task<Results<Ok<RollUpView>, ProblemHttpResult>> National(CaseloadQueryHandler handler, CancellationToken ct) =>
        Read(await handler.NationalAsync(ct));

    private static async Task<Ok<IReadOnlyList<ServiceCapacityView>>> Services(ServiceCapacityHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(ct));

    private static async Task<Results<Ok<Changed>, Created<Changed>, ProblemHttpResult>> ChangeService(string service, ServiceCapacityInput input, ServiceCapacityHandler handler, CancellationToken ct)
    {
        var match = CaseManagementServices.All.Where(s => string.Equals(s.ToString(), service, StringComparison.OrdinalIgnoreCase) || string.Equals(s.ShortName(), service, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1)
        {
            return ProblemDetailsSetup.NotFound($"There is no service {service}; use ECM, ECM-R, PBCM, DCM, ISCM, ICS or GCM.");
        }

        return Respond(await handler.ChangeAsync(match[0], input, ct));
    }

    private static async Task<Results<Ok<Changed>, Created<Changed>, ProblemHttpResult>> Exit(Guid placementId, ExitInput input, ExitHandler handler, CancellationToken ct) =>
        Respond(await handler.ExitAsync(placementId, input, ct));

    private static async Task<Results<Ok<ContractedServiceResult>, ProblemHttpResult>> ContractedService(Guid placementId, ContractedServiceInput input, ExitHandler handler, CancellationToken ct)
    {
        var (change, result) = await handler.ContractedServiceAsync(placementId, input, ct);
        return result is not null ? TypedResults.Ok(result) : (ProblemHttpResult)Respond(change).Result;
    }

    private static async Task<Ok<IReadOnlyList<TransferView>>> Transfers(bool? pending, TransferHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(null, pending == true, ct));

    private static async Task<Results<Ok<Changed>, Created<Changed>, ProblemHttpResult>> Decide(Guid requestId, TransferDecisionInput input, TransferHandler handler, CancellationToken ct) =>
        Respond(await handler.DecideAsync(requestId, input, ct));

    private static async Task<Results<Ok<ClientCaseloadView>, ProblemHttpResult>> ClientCaseload(Guid id, ClientCaseloadHandler handler, CancellationToken ct)
    {
        var (access, view) = await handler.GetAsync(new ClientId(id), ct);
        if (!access.Found)
        {
            return ClientResults.Missing(id);
        }

        return view is null ? ClientResults.Refused(access.Decision, id) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<Changed>, Created<Changed>, ProblemHttpResult>> Place(Guid id, PlaceInput input, PlacementHandler handler, CancellationToken ct) =>
        Respond(await handler.PlaceAsync(new ClientId(id), input, ct), $"/api/clients/{id}/caseload");

    private static async Task<Results<Ok<Changed>, Created<Changed>, ProblemHttpResult>> RequestTransfer(Guid id, TransferInput input, TransferHandler handler, CancellationToken ct) =>
        Respond(await handler.RequestAsync(new ClientId(id), input, ct), "/api/caseloads/transfer-requests/{id}");
}
