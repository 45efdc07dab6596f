using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Core.Complaints;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Complaints;

public static class ComplaintEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var complaints = app.MapGroup("/api/complaints").WithTags("Complaints");
        complaints.MapPost("/", Record).ReadsClientInformation()
            .WithSummary("Record a complaint about a frontline staff member's behaviour: the staff member, the client (optional), received date, channel, description. Any member of staff may, never about themselves.");
        complaints.MapGet("/", Register).ReadsClientInformation()
            .WithSummary("The complaints register (the managers of the named staff member's site and national office; never the staff member named): filter by status (open|closed), siteId, staffId, outcome, from, to; paged.");
        complaints.MapGet("/worklist", Worklist).ReadsClientInformation()
            .WithSummary("Open complaints of the manager's site (every site for national office), longest open first.");
        complaints.MapGet("/outcomes", Outcomes).ReadsNoClientInformation()
            .WithSummary("The nine complaint outcomes of Table Eight (R-093), in the seed's words.");
        complaints.MapGet("/{id:guid}", Get).ReadsClientInformation()
            .WithSummary("One complaint (the managers of the named staff member's site and national office; the staff member named is refused).");
        complaints.MapPost("/{id:guid}/outcome", RecordOutcome).ReadsClientInformation()
            .WithSummary("Record one of Table Eight's nine outcomes (R-093) with the version read; the complaint closes.");
    }

    private static async Task<Results<Created<ComplaintRecorded>, Problem>> Record(ComplaintInput input, RecordComplaintHandler handler, CancellationToken ct) =>
        (await handler.RecordAsync(input, ct)).ToCreated(recorded => $"/api/complaints/{recorded.Id}");

    private static async Task<Results<Ok<Paged<ComplaintView>>, Problem>> Register(
        string? status, Guid? siteId, Guid? staffId, string? outcome, DateOnly? from, DateOnly? to, int? page, int? pageSize,
        ComplaintRegisterHandler handler, CancellationToken ct)
    {
        PageRequest.TryCreate(page, pageSize, out var paging, out var problems);
        ComplaintStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (string.Equals(status.Trim(), "open", StringComparison.OrdinalIgnoreCase))
            {
                statusFilter = ComplaintStatus.Open;
            }
            else if (string.Equals(status.Trim(), "closed", StringComparison.OrdinalIgnoreCase))
            {
                statusFilter = ComplaintStatus.Closed;
            }
            else
            {
                problems["status"] = ["status is open or closed."];
            }
        }

        ComplaintOutcome? outcomeFilter = null;
        if (!string.IsNullOrWhiteSpace(outcome))
        {
            if (ComplaintOutcomes.TryParse(outcome, out var parsed))
            {
                outcomeFilter = parsed;
            }
            else
            {
                problems["outcome"] = ["outcome is one of the nine of Table Eight (R-093): " + string.Join(", ", ComplaintOutcomes.All) + "."];
            }
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems).ToProblem();
        }

        return (await handler.ListAsync(new ComplaintFilter(statusFilter, siteId, staffId, outcomeFilter, from, to), paging, ct)).ToOk();
    }

    private static async Task<Results<Ok<IReadOnlyList<ComplaintView>>, Problem>> Worklist(ComplaintRegisterHandler handler, CancellationToken ct) =>
        (await handler.WorklistAsync(ct)).ToOk();

    private static Ok<IReadOnlyList<ComplaintOutcomeOption>> Outcomes() => TypedResults.Ok(ComplaintRegisterHandler.OutcomeOptions);

    private static async Task<Results<Ok<ComplaintView>, Problem>> Get(Guid id, ComplaintRegisterHandler handler, CancellationToken ct) =>
        (await handler.GetAsync(id, ct)).ToOk();

    private static async Task<Results<Ok<ComplaintView>, Problem>> RecordOutcome(Guid id, ComplaintOutcomeInput input, RecordComplaintHandler handler, CancellationToken ct) =>
        (await handler.RecordOutcomeAsync(id, input, ct)).ToOk();
}
