using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.CoreExpectations;

public static class CoreExpectationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/clients/{id:guid}/core-expectations", Client).WithTags("Core expectations").ReadsClientInformation()
            .WithSummary("The client's core-expectations check (seed 002) for their obligation type: each expectation met, missing (with the page that fixes it) or not available (not counted), and the score.");
        app.MapGet("/api/caseloads/staff/{staffId:guid}/core-expectations", Caseload).WithTags("Core expectations").ReadsClientInformation()
            .WithSummary("A case manager's caseload checked against the core expectations: the caseload score and every client, worst first (the case manager, their site's managers and connectors, national office).");
        app.MapGet("/api/caseloads/sites/{siteId:guid}/core-expectations", Site).WithTags("Core expectations").ReadsNoClientInformation()
            .WithSummary("A site's case managers compared on the core-expectations score, lowest first, with the gaps by expectation.");
    }

    private static async Task<Results<Ok<ClientExpectationsView>, Problem>> Client(Guid id, CoreExpectationsHandler handler, CancellationToken ct) =>
        (await handler.ClientAsync(new ClientId(id), ct)).ToOk();

    private static async Task<Results<Ok<CaseloadExpectationsView>, Problem>> Caseload(Guid staffId, CoreExpectationsHandler handler, CancellationToken ct) =>
        (await handler.CaseloadAsync(new StaffId(staffId), ct)).ToOk();

    private static async Task<Results<Ok<SiteExpectationsView>, Problem>> Site(Guid siteId, CoreExpectationsHandler handler, CancellationToken ct) =>
        (await handler.SiteAsync(new SiteId(siteId), ct)).ToOk();
}
