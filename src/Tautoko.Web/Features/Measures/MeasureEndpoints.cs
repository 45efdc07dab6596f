using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Measures;

public static class MeasureEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var measures = app.MapGroup("/api/measures").WithTags("Measures");
        measures.MapGet("/", Get).ReadsNoClientInformation()
            .WithSummary("Every measure of the seeds' monitors and measures tables (SPEC §9) for level=country|region|site|staff (id of the region, site or staff member) over from..to (at most a year): value, numerator, denominator, target, definition and a daily (up to 62 days) or monthly series.");
        measures.MapGet("/{measure}/clients", Clients).ReadsClientInformation()
            .WithSummary("The clients behind a measure for the same level, id and period (met=true: only those that met it); restricted clients withheld unless the caller may open them; every client listed is audited.");
    }

    private static async Task<Results<Ok<MeasuresReport>, Problem>> Get(string? level, Guid? id, DateOnly? from, DateOnly? to, MeasuresHandler handler, CancellationToken ct) =>
        (await handler.MeasureAsync(level, id, from, to, ct)).ToOk();

    private static async Task<Results<Ok<MeasureClientsView>, Problem>> Clients(string measure, string? level, Guid? id, DateOnly? from, DateOnly? to, bool? met, MeasureClientsHandler handler, CancellationToken ct) =>
        (await handler.ListAsync(measure, level, id, from, to, met ?? false, ct)).ToOk();
}
