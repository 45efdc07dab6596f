using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Features.ContactCentre.Common;

namespace Tautoko.Web.Features.ContactCentre.Calls;

public sealed record StartCallInput([Required] Guid? ClientId, CallDirection? Direction, Guid? TaskId);

public sealed record VerificationInput(CallerKind? CallerKind, string? CallerName, IReadOnlyList<VerifyingQuestion>? Asked, IReadOnlyList<VerifyingQuestion>? Correct);

/// <summary>What may be told to a verified caller; withheld until then (R-078).</summary>
public sealed record ProtectedDetails(
    string Benefit,
    DateOnly? BenefitStartDate,
    string Obligation,
    string? Address,
    string? Phone,
    string? Email,
    string PreferredChannel,
    IReadOnlyList<string> Household,
    string? Agent);

public sealed record CallView(
    Guid Id,
    Guid ClientId,
    string ClientName,
    string ClientNumber,
    CallDirection Direction,
    Guid? TaskId,
    string Staff,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    CallVerification Verification,
    string VerificationName,
    CallerKind? CallerKind,
    string? CallerName,
    IReadOnlyList<VerifyingQuestion> QuestionsAsked,
    IReadOnlyList<VerifyingQuestion> QuestionsCorrect,
    DateTimeOffset? VerifiedAt,
    string? VerificationNote,
    bool ClientHasAgent,
    ProtectedDetails? Details,
    IReadOnlyList<string> Withheld);

/// <summary>
/// Calls with clients and caller verification (R-077, R-078): until the person on the line is verified,
/// the call shows the record as not verified and its protected details are withheld. Every verification is audited.
/// </summary>
public sealed class CallsHandler(TautokoDbContext db, ClientAccess clients, CurrentStaff staff, AuditLog audit, TimeProvider clock, ILogger<CallsHandler> logger)
{
    public static readonly IReadOnlyList<string> ProtectedFields =
        ["benefit", "benefitStartDate", "obligation", "address", "phone", "email", "preferredChannel", "household", "agent"];

    public async Task<Outcome<CallView>> StartAsync(StartCallInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.ClientId is not { } clientGuid || clientGuid == Guid.Empty)
        {
            problems["clientId"] = ["Say which client the call is about."];
        }

        if (input.Direction is not { } direction || !Enum.IsDefined(direction))
        {
            problems["direction"] = ["Say whether the call is inbound or outbound."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var clientId = new ClientId(input.ClientId!.Value);
        WorkQueueTaskId? taskId = input.TaskId is { } t ? new WorkQueueTaskId(t) : null;
        if (taskId is { } task && !await db.WorkQueueTasks.AnyAsync(x => x.Id == task && x.ClientId == clientId && x.OwnerId == staff.Id, ct))
        {
            return Failure.Invalid("taskId", "Call from a task you are working, about its client.");
        }

        var check = await clients.CheckAsync(clientId, ClientOperation.AddNote, taskId is not null, ct);
        if (!check.Found)
        {
            return Failure.Invalid("clientId", "There is no such client.");
        }

        if (!check.Allowed)
        {
            return Failure.Refused(check.Decision);
        }

        var call = new ClientCall(Guid.CreateVersion7(), clientId, staff.Id, input.Direction!.Value, taskId, clock.GetUtcNow());
        db.ClientCalls.Add(call);
        audit.Add(AuditAction.Create, "ClientCall", call.Id.ToString(), clientId, $"{call.Direction} call started", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Call {CallId} started by {StaffId}", call.Id, staff.Id.Value);
        return await ViewAsync(call, ct);
    }

    /// <summary>The call and, only once the caller is verified, the client's protected details. Audited.</summary>
    public async Task<Outcome<CallView>> GetAsync(Guid id, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, tracked: false, ct);
        if (!loaded.TryGet(out var call, out var failure))
        {
            return failure;
        }

        await audit.RecordAsync(
            AuditAction.Read, "ClientCall", call.Id.ToString(), call.ClientId,
            call.MayReleaseClientInformation ? "Call opened; caller verified, details shown" : "Call opened; caller not verified, details withheld", false, ct);
        return await ViewAsync(call, ct);
    }

    /// <summary>R-077, R-078: records who is on the line and the verifying questions; audited whatever the outcome.</summary>
    public async Task<Outcome<CallView>> VerifyAsync(Guid id, VerificationInput input, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        if (input.CallerKind is not { } kind || !Enum.IsDefined(kind))
        {
            problems["callerKind"] = ["Say who you are speaking to: the client, their agent or a third party."];
        }

        var asked = Combine(input.Asked);
        var correct = Combine(input.Correct);
        if (asked is null || correct is null)
        {
            problems["asked"] = ["Use the verifying questions listed: " + string.Join(", ", VerifyingQuestions.All.Select(q => q.Question)) + "."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var loaded = await LoadAsync(id, tracked: true, ct);
        if (!loaded.TryGet(out var call, out var failure))
        {
            return failure;
        }

        var agent = await db.Clients.AsNoTracking().Where(c => c.Id == call.ClientId).Select(c => c.Agent).SingleAsync(ct);
        CallVerification outcome;
        try
        {
            outcome = call.Verify(staff.Id, input.CallerKind!.Value, input.CallerName, asked!.Value, correct!.Value, agent, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return CallFailure.From(ex.Error);
        }

        // Every verification is audited: who was on the line, which questions, and the outcome.
        audit.Add(
            AuditAction.Create, "CallerVerification", call.Id.ToString(), call.ClientId,
            $"{call.CallerKind}: {outcome}; asked {string.Join(", ", asked.Value.Each())}; correct {string.Join(", ", correct.Value.Each())}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(new DomainError("concurrency", "The call changed meanwhile; reload it."));
        }

        logger.LogInformation("Call {CallId} verification {Outcome}", call.Id, outcome);
        return await ViewAsync(call, ct);
    }

    public async Task<Outcome<CallView>> EndAsync(Guid id, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, tracked: true, ct);
        if (!loaded.TryGet(out var call, out var failure))
        {
            return failure;
        }

        try
        {
            call.End(staff.Id, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return CallFailure.From(ex.Error);
        }

        audit.Add(AuditAction.Update, "ClientCall", call.Id.ToString(), call.ClientId, "Call ended");
        await db.SaveChangesAsync(ct);
        return await ViewAsync(call, ct);
    }

    /// <summary>A call the signed-in person is on (national office may read any).</summary>
    public async Task<Outcome<ClientCall>> LoadAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.ClientCalls : db.ClientCalls.AsNoTracking();
        var call = await query.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (call is null)
        {
            return Failure.NotFound($"There is no call {id}.");
        }

        var mayRead = call.StaffId == staff.Id || (!tracked && staff.Role == StaffRole.NationalOffice);
        return mayRead
            ? call
            : Failure.Refused(AccessDecision.Refuse("call-not-yours", "This call is another person's."));
    }

    private async Task<CallView> ViewAsync(ClientCall call, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Include(c => c.Household).SingleAsync(c => c.Id == call.ClientId, ct);
        var name = await db.Staff.AsNoTracking().Where(s => s.Id == call.StaffId).Select(s => s.FirstName + " " + s.LastName).SingleAsync(ct);
        var details = call.MayReleaseClientInformation
            ? new ProtectedDetails(
                client.Benefit.DisplayName(), client.BenefitStartDate, client.Obligation.DisplayName(), client.Address?.ToString(), client.Phone, client.Email,
                client.PreferredChannel.DisplayName(), [.. client.Household.Select(h => h.FullName)], client.Agent is { } a ? $"{a.FullName} ({a.Relationship})" : null)
            : null;
        return new CallView(
            call.Id, call.ClientId.Value, client.DisplayName, client.FormattedClientNumber, call.Direction, call.TaskId?.Value, name, call.StartedAt, call.EndedAt,
            call.Verification, call.Verification.DisplayName(), call.CallerKind, call.CallerName,
            [.. call.QuestionsAsked.Each()], [.. call.QuestionsCorrect.Each()], call.VerifiedAt, call.VerificationNote,
            client.Agent is not null, details, details is null ? ProtectedFields : []);
    }

    private static VerifyingQuestion? Combine(IReadOnlyList<VerifyingQuestion>? questions)
    {
        var combined = VerifyingQuestion.None;
        foreach (var q in questions ?? [])
        {
            if (q == VerifyingQuestion.None || !VerifyingQuestions.All.Any(x => x.Question == q))
            {
                return null;
            }

            combined |= q;
        }

        return combined;
    }
}
