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

    public Task<Outcome<PtePlanView>> SavePteAsync(ClientId id, PtePlanInput input, CancellationToken ct) =>
        SaveAsync(id, input.Version, input.Details.Problems, new Kind<PtePlan, PtePlanView>(
            "PtePlan", "Pathways to Employment plan", PtePlanConfiguration.OnePerClient,
            c => db.PtePlans.SingleOrDefaultAsync(p => p.ClientId == id, c),
            () => new PtePlan(id, input.Details, staff.Id, clock.GetUtcNow()),
            p => p.Update(input.Details, staff.Id, clock.GetUtcNow()),
            p => p.Id, p => p.Version, p => p.Status.ToString(),
            c => db.PtePlans.Where(p => p.ClientId == id).Select(p => p.Version).SingleAsync(c),
            c => PteAsync(id, c)), ct);

    public Task<Outcome<VtpMembershipView>> SaveVtpAsync(ClientId id, VtpMembershipInput input, CancellationToken ct) =>
        SaveAsync(id, input.Version, input.Details.Problems, new Kind<VtpMembership, VtpMembershipView>(
            "VtpMembership", "Virtual Talent Pool membership", VtpMembershipConfiguration.OnePerClient,
            c => db.VtpMemberships.SingleOrDefaultAsync(m => m.ClientId == id, c),
            () => new VtpMembership(id, input.Details, staff.Id, clock.GetUtcNow()),
            m => m.Update(input.Details, staff.Id, clock.GetUtcNow()),
            m => m.Id, m => m.Version, m => m.Status.ToString(),
            c => db.VtpMemberships.Where(m => m.ClientId == id).Select(m => m.Version).SingleAsync(c),
            c => VtpAsync(id, c)), ct);

    /// <summary>Replaces a client's PTE plan or VTP membership (the <paramref name="kind"/> says which): checks, the version read, then creates or updates.</summary>
    private async Task<Outcome<TView>> SaveAsync<TEntity, TView>(
        ClientId id, int? version, Func<DateOnly, Dictionary<string, string[]>> problemsOn, Kind<TEntity, TView> kind, CancellationToken ct)
        where TEntity : class
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var problems = problemsOn(DateDisplay.TodayInAuckland(clock));
        CheckVersion(problems, version);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var expected = version!.Value;
        var record = await kind.Find(ct);
        if ((record is null ? 0 : kind.Version(record)) != expected)
        {
            return Stale(kind.What, record is null ? 0 : kind.Version(record), expected);
        }

        if (record is null)
        {
            record = kind.Create();
            db.Add(record);
            audit.Add(AuditAction.Create, kind.Entity, kind.Id(record).ToString(), id, $"{kind.What} recorded: {kind.Status(record)}", check.ViaBreakGlass);
        }
        else if (kind.Update(record))
        {
            db.Entry(record).Property<int>("Version").OriginalValue = expected;
            audit.Add(AuditAction.Update, kind.Entity, kind.Id(record).ToString(), id, $"{kind.What} changed: {kind.Status(record)}", check.ViaBreakGlass);
        }
        else
        {
            return await kind.Read(ct);
        }

        if (await SaveAsync(kind.OnePerClient, ct) is { } conflict)
        {
            return Stale(kind.What, conflict ? await kind.CurrentVersion(ct) : 1, expected);
        }

        return await kind.Read(ct);
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

    /// <summary>What differs between saving a PTE plan and a VTP membership: names, the one-per-client constraint, and how each is found, made, changed and read.</summary>
    private sealed record Kind<TEntity, TView>(
        string Entity,
        string What,
        string OnePerClient,
        Func<CancellationToken, Task<TEntity?>> Find,
        Func<TEntity> Create,
        Func<TEntity, bool> Update,
        Func<TEntity, Guid> Id,
        Func<TEntity, int> Version,
        Func<TEntity, string> Status,
        Func<CancellationToken, Task<int>> CurrentVersion,
        Func<CancellationToken, Task<TView>> Read);
}
