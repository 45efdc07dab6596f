using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Sites;

public static class SiteEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites").WithTags("Sites");
        group.MapGet("/", List).ReadsNoClientInformation().WithSummary("Sites with region, kind, opening hours and the public holidays they close for in the next 90 days; filter by name, regionId, kind; paged.");
        group.MapGet("/{id:guid}", Get).ReadsNoClientInformation().WithSummary("One site.");
        app.MapGet("/api/regions", async (SitesHandler handler, CancellationToken ct) =>
                TypedResults.Ok((await handler.RegionsAsync(ct)).Select(r => new { Id = r.Id.Value, r.Code, r.Name }))).ReadsNoClientInformation()
            .WithTags("Sites").WithSummary("The agency's 13 regions.");
    }

    private static async Task<Results<Ok<Paged<SiteView>>, Problem>> List(string? name, Guid? regionId, string? kind, int? page, int? pageSize, SitesHandler handler, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        SiteKind? parsedKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (Enum.TryParse<SiteKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k))
            {
                parsedKind = k;
            }
            else
            {
                problems["kind"] = ["Unknown kind. Use one of: " + string.Join(", ", Enum.GetNames<SiteKind>()) + "."];
            }
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var pagingProblems))
        {
            foreach (var (key, value) in pagingProblems)
            {
                problems[key] = value;
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return TypedResults.Ok(await handler.ListAsync(new SiteQuery(name, regionId, parsedKind), paging, ct));
    }

    private static async Task<Results<Ok<SiteView>, Problem>> Get(Guid id, SitesHandler handler, CancellationToken ct) =>
        await handler.GetAsync(new SiteId(id), ct) is { } site
            ? TypedResults.Ok(site)
            : Failure.NotFound($"There is no site {id}.", "Site not found").ToProblem();
}
