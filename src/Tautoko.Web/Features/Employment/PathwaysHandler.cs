using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Employment;

/// <summary>A PTE plan as sent in a PUT, with the <c>version</c> read (0 when there is no plan yet).</summary>
public sealed record PtePlanInput(PtePlanStatus? Status, string? Milestones, DateOnly? StartedOn, DateOnly? CompletedOn, string? Reason, int? Version)
{
    public PtePlanDetails Details => new(Status, Milestones, StartedOn, CompletedOn, Reason);
}

/// <summary>A client's PTE plan as read: version 0 and no status when none has been recorded.</summary>
public sealed record PtePlanView(Guid ClientId, int Version, PtePlanStatus? Status, string? Milestones, DateOnly? StartedOn, DateOnly? CompletedOn, string? Reason, DateTimeOffset? UpdatedAt, Guid? UpdatedBy);

/// <summary>A Virtual Talent Pool membership as sent in a PUT, with the <c>version</c> read (0 when there is none yet).</summary>
public sealed record VtpMembershipInput(VtpStatus? Status, string? Pool, DateOnly? ReferredOn, DateOnly? JoinedOn, DateOnly? LeftOn, string? Reason, int? Version)
{
    public VtpMembershipDetails Details => new(Status, Pool, ReferredOn, JoinedOn, LeftOn, Reason);
}

/// <summary>A client's Virtual Talent Pool membership as read: version 0 and no status when none has been recorded.</summary>
public sealed record VtpMembershipView(Guid ClientId, int Version, VtpStatus? Status, string? Pool, DateOnly? ReferredOn, DateOnly? JoinedOn, DateOnly? LeftOn, string? Reason, DateTimeOffset? UpdatedAt, Guid? UpdatedBy);

/// <summary>Reads and replaces a client's Pathways to Employment plan and Virtual Talent Pool membership; edits carry the version read (409 when it changed).</summary>
public sealed class PathwaysHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<PtePlanView>> GetPteAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        await audit.RecordAsync(AuditAction.Read, "PtePlan", id.ToString(), id, "Pathways to Employment plan read", check.ViaBreakGlass, ct);
        return await PteAsync(id, ct);
    }

    public async Task<Outcome<VtpMembershipView>> GetVtpAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        await audit.RecordAsync(AuditAction.Read, "VtpMembership", id.ToString(), id, "Virtual Talent Pool membership read", check.ViaBreakGlass, ct);
        return await VtpAsync(id, ct);
    }

    /// <summary>The PTE plan without an access check or audit: only for a page whose own read has checked and audited.</summary>
    public async Task<PtePlanView> PteAsync(ClientId id, CancellationToken ct) =>
        PteView(id, await db.PtePlans.AsNoTracking().SingleOrDefaultAsync(p => p.ClientId == id, ct));

    /// <summary>The VTP membership without an access check or audit: only for a page whose own read has checked and audited.</summary>
    public async Task<VtpMembershipView> VtpAsync(ClientId id, CancellationToken ct) =>
        VtpView(id, await db.VtpMemberships.AsNoTracking().SingleOrDefaultAsync(m => m.ClientId == id, ct));

    public async Task<Outcome<PtePlanView>> SavePteAsync(ClientId id, PtePlanInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var problems = input.Details.Problems(DateDisplay.TodayInAuckland(clock));
        CheckVersion(problems, input.Version);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var expected = input.Version!.Value;
        var plan = await db.PtePlans.SingleOrDefaultAsync(p => p.ClientId == id, ct);
        if ((plan?.Version ?? 0) != expected)
        {
            return Stale("Pathways to Employment plan", plan?.Version ?? 0, expected);
        }

        if (plan is null)
        {
            plan = new PtePlan(id, input.Details, staff.Id, clock.GetUtcNow());
            db.PtePlans.Add(plan);
            audit.Add(AuditAction.Create, "PtePlan", plan.Id.ToString(), id, $"Pathways to Employment plan recorded: {plan.Status}", check.ViaBreakGlass);
        }
        else if (plan.Update(input.Details, staff.Id, clock.GetUtcNow()))
        {
            db.Entry(plan).Property(p => p.Version).OriginalValue = expected;
            audit.Add(AuditAction.Update, "PtePlan", plan.Id.ToString(), id, $"Pathways to Employment plan changed: {plan.Status}", check.ViaBreakGlass);
        }
        else
        {
            return await PteAsync(id, ct);
        }

        if (await SaveAsync(PtePlanConfiguration.OnePerClient, ct) is { } conflict)
        {
            return Stale("Pathways to Employment plan", conflict ? await db.PtePlans.Where(p => p.ClientId == id).Select(p => p.Version).SingleAsync(ct) : 1, expected);
        }

        return await PteAsync(id, ct);
    }

    public async Task<Outcome<VtpMembershipView>> SaveVtpAsync(ClientId id, VtpMembershipInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var problems = input.Details.Problems(DateDisplay.TodayInAuckland(clock));
        CheckVersion(problems, input.Version);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var expected = input.Version!.Value;
        var membership = await db.VtpMemberships.SingleOrDefaultAsync(m => m.ClientId == id, ct);
        if ((membership?.Version ?? 0) != expected)
        {
            return Stale("Virtual Talent Pool membership", membership?.Version ?? 0, expected);
        }

        if (membership is null)
        {
            membership = new VtpMembership(id, input.Details, staff.Id, clock.GetUtcNow());
            db.VtpMemberships.Add(membership);
            audit.Add(AuditAction.Create, "VtpMembership", membership.Id.ToString(), id, $"Virtual Talent Pool membership recorded: {membership.Status}", check.ViaBreakGlass);
        }
        else if (membership.Update(input.Details, staff.Id, clock.GetUtcNow()))
        {
            db.Entry(membership).Property(m => m.Version).OriginalValue = expected;
            audit.Add(AuditAction.Update, "VtpMembership", membership.Id.ToString(), id, $"Virtual Talent Pool membership changed: {membership.Status}", check.ViaBreakGlass);
        }
        else
        {
            return await VtpAsync(id, ct);
        }

        if (await SaveAsync(VtpMembershipConfiguration.OnePerClient, ct) is { } conflict)
        {
            return Stale("Virtual Talent Pool membership", conflict ? await db.VtpMemberships.Where(m => m.ClientId == id).Select(m => m.Version).SingleAsync(ct) : 1, expected);
        }

        return await VtpAsync(id, ct);
    }

    private static void CheckVersion(Dictionary<string, string[]> problems, int? version)
    {
        if (version is null)
        {
            problems["version"] = ["Send the version you read (0 when there was none yet)."];
        }
        else if (version < 0)
        {
            problems["version"] = ["A version is 0 or more."];
        }
    }

    /// <summary>Saves; null when saved, true on a concurrency conflict (re-read the version), false when a first record raced another.</summary>
    private async Task<bool?> SaveAsync(string onePerClient, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return true;
        }
        catch (DbUpdateException ex) when (ex.Refused(onePerClient))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static Failure Stale(string what, int current, int expected) => Failure.Conflict(
        new DomainError(JobseekerProfileHandler.ConcurrencyRule, $"The {what} is now at version {current}, not {expected}. Read it again and send your change with the new version."),
        $"Someone else changed this {what}",
        new Dictionary<string, object?> { ["currentVersion"] = current });

    private static PtePlanView PteView(ClientId id, PtePlan? p) =>
        new(id.Value, p?.Version ?? 0, p?.Status, p?.Milestones, p?.StartedOn, p?.CompletedOn, p?.Reason, p?.UpdatedAt, p?.UpdatedBy.Value);

    private static VtpMembershipView VtpView(ClientId id, VtpMembership? m) =>
        new(id.Value, m?.Version ?? 0, m?.Status, m?.Pool, m?.ReferredOn, m?.JoinedOn, m?.LeftOn, m?.Reason, m?.UpdatedAt, m?.UpdatedBy.Value);
}
