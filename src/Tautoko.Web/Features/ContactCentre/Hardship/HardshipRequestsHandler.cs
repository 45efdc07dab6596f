using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.ContactCentre.Hardship;

/// <param name="FurtherNeeds">Any further needs the client may have (003: the third bullet of a high-hardship referral's notes).</param>
public sealed record HardshipInput([Required] HardshipNeed? Need, string? Detail, HardshipDecision? Decision, string? FurtherNeeds = null);

public sealed record HardshipRecorded(Guid RequestId, HighHardshipOutcome HighHardship);

public sealed record HardshipHistory(int RequestsInYear, int Threshold, IReadOnlyList<HardshipRequestView> Recent);

public sealed record HardshipRequestView(Guid Id, DateTimeOffset RequestedAt, HardshipNeed Need, string Detail, HardshipDecision Decision, string DecidedBy);

/// <summary>Hardship requests as the contact centre records them, counted for the high-hardship referral .</summary>
public sealed class HardshipRequestsHandler(TautokoDbContext db, ClientAccess clients, HighHardshipReferrals referrals, CurrentStaff staff, AuditLog audit, TimeProvider clock)
{
    public static Dictionary<string, string[]> Validate(HardshipInput input)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.Need is not { } need || !Enum.IsDefined(need))
        {
            problems["need"] = ["Choose the need: " + string.Join(", ", Enum.GetNames<HardshipNeed>()) + "."];
        }

        if (input.Decision is not { } decision || !Enum.IsDefined(decision))
        {
            problems["decision"] = ["Say whether it was granted, declined or queried."];
        }

        if (string.IsNullOrWhiteSpace(input.Detail) || input.Detail.Length > HardshipRequest.MaxDetailLength)
        {
            problems["detail"] = [$"Describe the need in at most {HardshipRequest.MaxDetailLength} characters."];
        }

        if (input.FurtherNeeds is { Length: > HardshipRequest.MaxDetailLength })
        {
            problems["furtherNeeds"] = [$"Describe further needs in at most {HardshipRequest.MaxDetailLength} characters."];
        }

        return problems;
    }

    public async Task<Outcome<HardshipRecorded>> RecordAsync(ClientId clientId, HardshipInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var check = await clients.CheckAsync(clientId, ClientOperation.AddNote, ct);
        if (!check.Found)
        {
            return Failure.NotFound($"There is no client {clientId}.");
        }

        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision);
        }

        var request = Add(clientId, input);
        var caseManager = await referrals.CaseManagerAsync(clientId, ct);
        var outcome = await referrals.RouteAsync(clientId, staff.Id, caseManager, request.Detail, ct, input.FurtherNeeds);
        audit.Add(AuditAction.Create, "HardshipRequest", request.Id.ToString(), clientId, $"{request.Need}: {request.Decision}; {outcome.RequestsInYear} in the last year", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return new HardshipRecorded(request.Id, outcome);
    }

    public async Task<Outcome<HardshipHistory>> HistoryAsync(ClientId clientId, CancellationToken ct)
    {
        var check = await clients.CheckAsync(clientId, ClientOperation.Read, ct);
        if (!check.Allowed)
        {
            return check.Found ? Failure.Refused(check.Decision) : Failure.NotFound($"There is no client {clientId}.");
        }

        var since = HighHardship.WindowStart(clock.GetUtcNow());
        var rows = await (
                from r in db.HardshipRequests.AsNoTracking()
                where r.ClientId == clientId && r.RequestedAt >= since
                join s in db.Staff on r.DecidedById equals s.Id
                orderby r.RequestedAt descending
                select new { r, Name = s.FirstName + " " + s.LastName })
            .ToListAsync(ct);
        // every read of client information is audited (a refusal is audited by ClientAccess).
        await audit.RecordAsync(AuditAction.Read, "HardshipRequests", clientId.ToString(), clientId, $"Hardship requests in the last year: {rows.Count}", check.ViaBreakGlass, ct);
        // the count is of hardship applications and these requests together.
        var inYear = await referrals.CountAsync(clientId, ct);
        return new HardshipHistory(inYear, HighHardship.Threshold, [.. rows.Take(20).Select(x => new HardshipRequestView(x.r.Id, x.r.RequestedAt, x.r.Need, x.r.Detail, x.r.Decision, x.Name))]);
    }

    /// <summary>Adds the request and its engagement-log entry to the unit of work.</summary>
    public HardshipRequest Add(ClientId clientId, HardshipInput input)
    {
        var now = clock.GetUtcNow();
        var request = new HardshipRequest(Guid.CreateVersion7(), clientId, input.Need!.Value, input.Detail!, input.Decision!.Value, staff.Id, now);
        db.HardshipRequests.Add(request);
        db.EngagementNotes.Add(new EngagementNote(
            Guid.CreateVersion7(), clientId, staff.Id, now, now, EngagementChannel.Phone, EngagementOutcome.Contact,
            $"Hardship request ({request.Need.DisplayName().ToLowerInvariant()}): {request.Decision.DisplayName().ToLowerInvariant()}. {request.Detail}", null));
        return request;
    }
}
