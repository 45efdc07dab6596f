using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Clients.EditClient;

/// <summary>A saved client record: its version now, and which fields changed.</summary>
public sealed record ClientSaved(Guid Id, int Version, IReadOnlyList<string> Changed);

/// <summary>
/// Someone else saved the record since the version this person read (409): the record as it is now, its version, what
/// the others changed and where this person's change differs from it. It travels as the conflict's members.
/// </summary>
public sealed record ClientEditConflict(ClientInput Current, int CurrentVersion, IReadOnlyList<string> ChangedByOthers, IReadOnlyList<string> ConflictingFields)
{
    public const string Rule = "concurrency";

    public Failure ToFailure(int expectedVersion) => Failure.Conflict(
        new DomainError(Rule, $"The record is now at version {CurrentVersion}, not {expectedVersion}. Changed meanwhile: {string.Join(", ", ChangedByOthers)}. Check the current values and send your change again with the new version."),
        "Someone else changed this client",
        new Dictionary<string, object?>
        {
            ["currentVersion"] = CurrentVersion,
            ["changedByOthers"] = ChangedByOthers,
            ["yourChangesDifferIn"] = ConflictingFields,
            ["current"] = Current,
        });

    /// <summary>The conflict a failed edit carries, for the page to show side by side; null for any other failure.</summary>
    public static ClientEditConflict? Of(Failure? failure) =>
        failure is Failure.StateConflict { Error.Rule: Rule, Changed: { } changed }
            ? new ClientEditConflict((ClientInput)changed["current"]!, (int)changed["currentVersion"]!, (IReadOnlyList<string>)changed["changedByOthers"]!, (IReadOnlyList<string>)changed["yourChangesDifferIn"]!)
            : null;
}

/// <summary>Creates and updates client records; updates use optimistic concurrency on the record's version.</summary>
public sealed class EditClientHandler(TautokoDbContext db, CurrentStaff staff, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<ClientSaved>> CreateAsync(ClientInput input, CancellationToken ct)
    {
        var today = DateDisplay.TodayInAuckland(clock);
        var (details, problems) = input.Parse(today);
        if (details is null)
        {
            return Failure.Invalid(problems);
        }

        var site = await db.Sites.AsNoTracking().Where(s => s.Id == details.HomeSiteId).Select(s => new { s.Id, s.RegionId }).SingleOrDefaultAsync(ct);
        if (site is null)
        {
            return Failure.Invalid("homeSiteId", "There is no site with that id.");
        }

        var decision = ClientAccessPolicy.Decide(staff.Viewer, new ClientScope(site.Id, site.RegionId, false), ClientOperation.Edit, false);
        if (!decision.Allowed)
        {
            return Failure.Refused(decision with { CanBreakGlass = false });
        }

        var client = new Client(ClientId.New(), await NewClientNumberAsync(ct), details, clock.GetUtcNow());
        db.Clients.Add(client);
        audit.Add(AuditAction.Create, "Client", client.Id.ToString(), client.Id, "Client record created");
        await db.SaveChangesAsync(ct);
        return new ClientSaved(client.Id.Value, client.Version, []);
    }

    public async Task<Outcome<ClientSaved>> UpdateAsync(ClientId id, int expectedVersion, ClientInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, ClientOperation.Edit, ct);
        if (check.Refusal(id) is { } refusal)
        {
            return refusal;
        }

        var (details, problems) = input.Parse(DateDisplay.TodayInAuckland(clock));
        if (details is null)
        {
            return Failure.Invalid(problems);
        }

        if (!await db.Sites.AnyAsync(s => s.Id == details.HomeSiteId, ct))
        {
            return Failure.Invalid("homeSiteId", "There is no site with that id.");
        }

        var client = await db.Clients.SingleAsync(c => c.Id == id, ct);
        if (client.Version != expectedVersion)
        {
            return await ConflictAsync(client, expectedVersion, details, ct);
        }

        var changed = client.Update(details);
        if (changed.Count == 0)
        {
            return new ClientSaved(id.Value, client.Version, changed);
        }

        // The version read with the row is the one the UPDATE must still find, or another writer won.
        db.Entry(client).Property(c => c.Version).OriginalValue = expectedVersion;
        audit.Add(AuditAction.Update, "Client", id.ToString(), id, "Changed: " + string.Join(", ", changed), check.ViaBreakGlass);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = await db.Clients.SingleAsync(c => c.Id == id, ct);
            return await ConflictAsync(fresh, expectedVersion, details, ct);
        }

        return new ClientSaved(id.Value, client.Version, changed);
    }

    private async Task<Failure> ConflictAsync(Client current, int expectedVersion, ClientDetails mine, CancellationToken ct)
    {
        // What the others changed since the version this person started from, from the audit trail.
        var since = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ClientId == current.Id && a.Action == AuditAction.Update)
            .OrderByDescending(a => a.Id)
            .Take(Math.Max(1, current.Version - expectedVersion))
            .Select(a => a.Detail)
            .ToListAsync(ct);
        var changedByOthers = since
            .SelectMany(d => (d ?? string.Empty).Replace("Changed: ", string.Empty, StringComparison.Ordinal).Split(", ", StringSplitOptions.RemoveEmptyEntries))
            .Distinct()
            .ToList();
        var currentDetails = current.CurrentDetails();
        var conflicting = ClientDetailsDiff.Changed(currentDetails, mine);
        return new ClientEditConflict(ClientInput.From(currentDetails), current.Version, changedByOthers, conflicting).ToFailure(expectedVersion);
    }

    private async Task<string> NewClientNumberAsync(CancellationToken ct)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var candidate = Random.Shared.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
            if (!await db.Clients.AnyAsync(c => c.ClientNumber == candidate, ct))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Could not find a free client number.");
    }
}
