using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Staff;

public static class StaffEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff").WithTags("Staff");
        group.MapGet("/", List).ReadsNoClientInformation().WithSummary("The staff directory, with buddies and current or upcoming leave; filter by name, siteId, role; paged.");
        group.MapGet("/{id:guid}", Get).ReadsNoClientInformation().WithSummary("One staff member with their buddy and leave.");
    }

    private static async Task<Results<Ok<Paged<StaffView>>, Problem>> List(string? name, Guid? siteId, string? role, int? page, int? pageSize, StaffDirectoryHandler handler, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        StaffRole? parsedRole = null;
        if (!string.IsNullOrWhiteSpace(role))
        {
            if (Enum.TryParse<StaffRole>(role, ignoreCase: true, out var r) && Enum.IsDefined(r))
            {
                parsedRole = r;
            }
            else
            {
                problems["role"] = ["Unknown role. Use one of: " + string.Join(", ", Enum.GetNames<StaffRole>()) + "."];
            }
        }

        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var pagingProblems))
        {
            foreach (var (k, v) in pagingProblems)
            {
                problems[k] = v;
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return TypedResults.Ok(await handler.ListAsync(new StaffQuery(name, siteId, parsedRole), paging, ct));
    }

    private static async Task<Results<Ok<StaffView>, Problem>> Get(Guid id, StaffDirectoryHandler handler, CancellationToken ct) =>
        await handler.GetAsync(new StaffId(id), ct) is { } staff
            ? TypedResults.Ok(staff)
            : Failure.NotFound($"There is no staff member {id}.", "Staff member not found").ToProblem();
}
