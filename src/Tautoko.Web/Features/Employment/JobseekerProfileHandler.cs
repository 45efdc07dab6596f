using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Employment;

/// <summary>A Jobseeker Profile as sent in a PUT: every part, and the <c>version</c> read (0 when there is no profile yet).</summary>
public sealed record JobseekerProfileInput(
    string? Skills,
    string? Licences,
    string? WorkHistory,
    string? PreferredOccupations,
    string? PreferredHours,
    string? Barriers,
    string? Transport,
    int? Version,
    string? Goals = null)
{
    public JobseekerProfileDetails Details => new(Skills, Licences, WorkHistory, PreferredOccupations, PreferredHours, Barriers, Transport, Goals);
}

/// <summary>A client's Jobseeker Profile as read: version 0 and every part empty when none has been recorded.</summary>
public sealed record JobseekerProfileView(
    Guid ClientId,
    int Version,
    string? Skills,
    string? Licences,
    string? WorkHistory,
    string? PreferredOccupations,
    string? PreferredHours,
    string? Barriers,
    string? Transport,
    bool IsComplete,
    IReadOnlyList<string> MissingParts,
    DateTimeOffset? UpdatedAt,
    string? Goals);

/// <summary>Reads and replaces a client's Jobseeker Profile; edits carry the version read (409 when it changed).</summary>
public sealed class JobseekerProfileHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public const string ConcurrencyRule = "concurrency";

    public async Task<Outcome<JobseekerProfileView>> GetAsync(ClientId id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Read, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var profile = await db.JobseekerProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ClientId == id, ct);
        await audit.RecordAsync(AuditAction.Read, "JobseekerProfile", id.ToString(), id, "Jobseeker Profile read", check.ViaBreakGlass, ct);
        return View(id, profile);
    }

    public async Task<Outcome<JobseekerProfileView>> SaveAsync(ClientId id, JobseekerProfileInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var details = input.Details;
        var problems = details.Problems();
        if (input.Version is null)
        {
            problems["version"] = ["Send the version you read (0 when there was no profile yet)."];
        }
        else if (input.Version < 0)
        {
            problems["version"] = ["A version is 0 or more."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var expected = input.Version!.Value;
        var now = clock.GetUtcNow();
        var profile = await db.JobseekerProfiles.SingleOrDefaultAsync(p => p.ClientId == id, ct);
        var current = profile?.Version ?? 0;
        if (current != expected)
        {
            return Stale(current, expected);
        }

        IReadOnlyList<string> changed;
        if (profile is null)
        {
            profile = new JobseekerProfile(id, details, staff.Id, now);
            db.JobseekerProfiles.Add(profile);
            changed = ["created"];
            audit.Add(AuditAction.Create, "JobseekerProfile", profile.Id.ToString(), id, "Jobseeker Profile created", check.ViaBreakGlass);
        }
        else
        {
            changed = profile.Update(details, staff.Id, now);
            if (changed.Count == 0)
            {
                return View(id, profile);
            }

            db.Entry(profile).Property(p => p.Version).OriginalValue = expected;
            audit.Add(AuditAction.Update, "JobseekerProfile", profile.Id.ToString(), id, "Changed: " + string.Join(", ", changed), check.ViaBreakGlass);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.JobseekerProfiles.Where(p => p.ClientId == id).Select(p => p.Version).SingleAsync(ct), expected);
        }
        catch (DbUpdateException ex) when (ex.Refused(JobseekerProfileConfiguration.OnePerClient))
        {
            db.ChangeTracker.Clear();
            return Stale(1, expected);
        }

        return View(id, profile);
    }

    private static Failure Stale(int current, int expected) => Failure.Conflict(
        new DomainError(ConcurrencyRule, $"The Jobseeker Profile is now at version {current}, not {expected}. Read it again and send your change with the new version."),
        "Someone else changed this Jobseeker Profile",
        new Dictionary<string, object?> { ["currentVersion"] = current });

    private static JobseekerProfileView View(ClientId id, JobseekerProfile? profile)
    {
        var details = profile?.Details ?? new JobseekerProfileDetails(null, null, null, null, null, null, null);
        var missing = details.MissingParts();
        return new JobseekerProfileView(
            id.Value, profile?.Version ?? 0, details.Skills, details.Licences, details.WorkHistory, details.PreferredOccupations,
            details.PreferredHours, details.Barriers, details.Transport, missing.Count == 0, missing, profile?.UpdatedAt, details.Goals);
    }
}
