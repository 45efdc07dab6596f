using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;
using Tautoko.Web.Platform.Exports;

namespace Tautoko.Web.Features.Caseloads;

public static class CaseloadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var caseloads = app.MapGroup("/api/caseloads").WithTags("Caseloads");
        caseloads.MapGet("/mine", Mine).ReadsClientInformation().Exportable<MyCaseloadView, CaseloadClient>(v => $"Caseload {v.Caseload.CaseManager}", v => v.Clients, v => v.Page < v.TotalPages).WithSummary("My caseload: fill against capacity and my clients with time in service (green < 12 months, orange 12–18, red 18+; filter with band=green|orange|red); paged.");
        caseloads.MapGet("/staff/{staffId:guid}", ForCaseManager).ReadsClientInformation().Exportable<MyCaseloadView, CaseloadClient>(v => $"Caseload {v.Caseload.CaseManager}", v => v.Clients, v => v.Page < v.TotalPages).WithSummary("A case manager's caseload (their manager, a connector of the site, national office).");
        caseloads.MapGet("/sites/{siteId:guid}", Site).ReadsNoClientInformation().Exportable<SiteCaseloadsView, CaseloadFill>(v => $"Caseloads {v.Site}", v => v.Caseloads).WithSummary("A site's caseloads: each case manager's fill against capacity and free places, by service.");
        caseloads.MapGet("/regions/{regionId:guid}", Region).ReadsNoClientInformation().Exportable<RollUpView, FillTotals>(v => $"Caseloads {v.Name}", v => v.Rows).WithSummary("A region's caseloads rolled up by site.");
        caseloads.MapGet("/national", National).ReadsNoClientInformation().Exportable<RollUpView, FillTotals>(v => $"Caseloads {v.Name}", v => v.Rows).WithSummary("National caseloads rolled up by region (national office).");
        caseloads.MapGet("/services", Services).ReadsNoClientInformation().WithSummary("Caseload size per full-time case manager for each service (R-010–R-013 are the defaults).");
        caseloads.MapPut("/services/{service}", ChangeService).ReadsNoClientInformation().WithSummary("National office changes a service's caseload size; every caseload of the service follows, scaled by FTE.");
        caseloads.MapPost("/placements/{placementId:guid}/exit", Exit).ReadsClientInformation().WithSummary("Exit a client with one of the five reasons and the exit checklist (R-024–R-026); written to the engagement log.");
        caseloads.MapPost("/placements/{placementId:guid}/contracted-service", ContractedService).ReadsClientInformation().WithSummary("Record a contracted service the client starts; the rule says whether they may leave the caseload (R-027).");
        caseloads.MapGet("/transfer-requests", Transfers).ReadsClientInformation().WithSummary("Transfer requests for your site (pending=true: those waiting for your decision).");
        caseloads.MapPost("/transfer-requests/{requestId:guid}/decision", Decide).ReadsClientInformation().WithSummary("A manager of one of the two centres approves or declines (R-007); the second approval moves the client.");

        var clients = app.MapGroup("/api/clients").WithTags("Caseloads");
        clients.MapGet("/{id:guid}/caseload", ClientCaseload).ReadsClientInformation().WithSummary("The client's place on a caseload, history, whether a proposal would consider them and why, and caseloads they could join.");
        clients.MapPost("/{id:guid}/placements", Place).ReadsClientInformation().WithSummary("Place the client on a case manager's caseload (capacity guarded, R-014; LMI1 needs lmi1Reason, R-020; phone-based rules R-017/R-018).");
        clients.MapPost("/{id:guid}/phone-based-entry", PhoneBasedEntry).ReadsClientInformation().WithSummary("R-028 entering phone-based case management: after Kōrero Mahi (koreroMahiAttendedOn), the phone-based team tags and assigns the client (caseManagerId of a phone-based caseload), books the initial appointment in that case manager's calendar and posts the phone-based appointment letter.");
        clients.MapPost("/{id:guid}/transfer-requests", RequestTransfer).ReadsClientInformation().WithSummary("Record the client's written request, with reasons, to change case manager or service centre (R-007).");
    }

    private static bool TryPaging(int? page, int? pageSize, out PageRequest request, out Problem? problem)
    {
        problem = PageRequest.TryCreate(page, pageSize, out request, out var problems) ? null : Failure.Invalid(problems).ToProblem();
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

    private static async Task<Results<Ok<MyCaseloadView>, Problem>> Mine(string? band, int? page, int? pageSize, CaseloadQueryHandler handler, CancellationToken ct) =>
        await ForStaff(null, band, page, pageSize, handler, ct);

    private static async Task<Results<Ok<MyCaseloadView>, Problem>> ForCaseManager(Guid staffId, string? band, int? page, int? pageSize, CaseloadQueryHandler handler, CancellationToken ct) =>
        await ForStaff(new StaffId(staffId), band, page, pageSize, handler, ct);

    private static async Task<Results<Ok<MyCaseloadView>, Problem>> ForStaff(StaffId? staffId, string? band, int? page, int? pageSize, CaseloadQueryHandler handler, CancellationToken ct)
    {
        if (!TryPaging(page, pageSize, out var paging, out var problem))
        {
            return problem!;
        }

        if (!TryBand(band, out var filter))
        {
            return Failure.Invalid("band", "band is green, orange or red (R-022).").ToProblem();
        }

        return (await handler.MineAsync(staffId, filter, paging, ct)).ToOk();
    }

    private static async Task<Results<Ok<SiteCaseloadsView>, Problem>> Site(Guid siteId, CaseloadQueryHandler handler, CancellationToken ct) =>
        (await handler.SiteAsync(new SiteId(siteId), ct)).ToOk();

    private static async Task<Results<Ok<RollUpView>, Problem>> Region(Guid regionId, CaseloadQueryHandler handler, CancellationToken ct) =>
        (await handler.RegionAsync(new RegionId(regionId), ct)).ToOk();

    private static async Task<Results<Ok<RollUpView>, Problem>> National(CaseloadQueryHandler handler, CancellationToken ct) =>
        (await handler.NationalAsync(ct)).ToOk();

    private static async Task<Ok<IReadOnlyList<ServiceCapacityView>>> Services(ServiceCapacityHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(ct));

    private static async Task<Results<Ok<Changed>, Problem>> ChangeService(string service, ServiceCapacityInput input, ServiceCapacityHandler handler, CancellationToken ct)
    {
        var match = CaseManagementServices.All.Where(s => string.Equals(s.ToString(), service, StringComparison.OrdinalIgnoreCase) || string.Equals(s.ShortName(), service, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1)
        {
            return Failure.NotFound($"There is no service {service}; use ECM, ECM-R, PBCM, DCM, ISCM, ICS or GCM.").ToProblem();
        }

        return (await handler.ChangeAsync(match[0], input, ct)).ToOk();
    }

    private static async Task<Results<Ok<Changed>, Problem>> Exit(Guid placementId, ExitInput input, ExitHandler handler, CancellationToken ct) =>
        (await handler.ExitAsync(placementId, input, ct)).ToOk();

    private static async Task<Results<Ok<ContractedServiceResult>, Problem>> ContractedService(Guid placementId, ContractedServiceInput input, ExitHandler handler, CancellationToken ct) =>
        (await handler.ContractedServiceAsync(placementId, input, ct)).ToOk(done => done.Result);

    private static async Task<Ok<IReadOnlyList<TransferView>>> Transfers(bool? pending, TransferHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(null, pending == true, ct));

    private static async Task<Results<Ok<Changed>, Problem>> Decide(Guid requestId, TransferDecisionInput input, TransferHandler handler, CancellationToken ct) =>
        (await handler.DecideAsync(requestId, input, ct)).ToOk();

    private static async Task<Results<Ok<ClientCaseloadView>, Problem>> ClientCaseload(Guid id, ClientCaseloadHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Created<Changed>, Problem>> Place(Guid id, PlaceInput input, PlacementHandler handler, CancellationToken ct) =>
        (await handler.PlaceAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/caseload");

    private static async Task<Results<Created<PhoneBasedEntryView>, Problem>> PhoneBasedEntry(Guid id, PhoneBasedEntryInput input, PhoneBasedEntryHandler handler, CancellationToken ct) =>
        (await handler.EnterAsync(new ClientId(id), input, ct)).ToCreated(_ => $"/api/clients/{id}/caseload");

    private static async Task<Results<Created<Changed>, Problem>> RequestTransfer(Guid id, TransferInput input, TransferHandler handler, CancellationToken ct) =>
        (await handler.RequestAsync(new ClientId(id), input, ct)).ToCreated(request => $"/api/caseloads/transfer-requests/{request.Id}");
}
