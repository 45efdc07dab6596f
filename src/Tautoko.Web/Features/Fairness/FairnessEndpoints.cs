using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Fairness;

public static class FairnessEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var fairness = app.MapGroup("/api/fairness").WithTags("Fairness");
        fairness.MapGet("/", Get).ReadsNoClientInformation()
            .WithSummary("Fairness and decisions for level=country|region|site (id of the region or site; site defaults to your own) over from..to (at most a year): clients assigned to caseloads, hardship decisions and declines (decline rate), reviews of decision and those overturned (overturn rate), exits to work, by priority cohort, age group, gender, ethnicity (where recorded) and home site; and for each decline reason the declines, reviewed and overturned. Counts are randomly rounded to base 3 by cell key (R-105) with rounded counts under 6 suppressed, except for the analyst role (national office), who sees true counts flagged unrounded. National office sees every level; a service centre manager their own site.");
    }

    private static async Task<Results<Ok<FairnessReport>, Problem>> Get(string? level, Guid? id, DateOnly? from, DateOnly? to, FairnessHandler handler, CancellationToken ct) =>
        (await handler.ReportAsync(level, id, from, to, ct)).ToOk();
}
