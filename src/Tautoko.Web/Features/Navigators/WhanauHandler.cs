using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Navigators;
using Tautoko.Core.Staff;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Navigators;

/// <summary>
/// Whānau members supported alongside a client (seed 004, R-118). While national office's setting counts them, a whānau
/// member of a client on an ICS caseload takes a place of its 60: recording one on a full caseload is refused (R-014).
/// </summary>
public sealed class WhanauHandler(TautokoDbContext db, CurrentStaff me, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<WhanauList>> ListAsync(ClientId clientId, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Read, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var members = await db.WhanauMembers.AsNoTracking().Where(w => w.ClientId == clientId).OrderBy(w => w.EndedAt != null).ThenBy(w => w.Name).ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "Whanau", clientId.Value.ToString(), clientId, null, check.ViaBreakGlass, ct);
        return new WhanauList(clientId.Value, [.. members.Select(View)], await CaseloadRoom.WhanauCountAsync(db, ct));
    }

    public async Task<Outcome<WhanauView>> AddAsync(ClientId clientId, WhanauInput input, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Edit, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var problems = WhanauMember.Validate(input.Name, input.Relationship);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        await using var unit = await db.BeginUnitOfWorkAsync(ct);
        if (await CaseloadRoom.WhanauCountAsync(db, ct))
        {
            // R-118 on: the whānau member takes a place on the client's ICS caseload, guarded like a placement (R-014).
            var caseManager = await db.Placements.Where(p => p.ClientId == clientId && p.EndedAt == null && p.Service == CaseManagementService.IntensiveClientSupport)
                .Select(p => (StaffId?)p.CaseManagerId).FirstOrDefaultAsync(ct);
            if (caseManager is { } cm)
            {
                var now = clock.GetUtcNow();
                var room = await db.Caseloads.Where(c => c.StaffId == cm).WithRoomFor(db, 1, whanauCount: true)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, now), ct);
                if (room == 0)
                {
                    return Failure.Broken(new DomainError("R-014",
                        "The client's ICS caseload is full: whānau supported alongside clients count in its places while national office's setting says so (R-118), and a caseload is never over capacity (R-014)."));
                }
            }
        }

        var member = new WhanauMember(Guid.CreateVersion7(), clientId, input.Name!, input.Relationship!, me.Id, clock.GetUtcNow());
        db.WhanauMembers.Add(member);
        audit.Add(AuditAction.Update, "Whanau", member.Id.ToString(), clientId, $"Whānau member recorded ({member.Relationship})", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        await unit.CommitAsync(ct);
        return View(member);
    }

    public async Task<Outcome<WhanauView>> EndAsync(ClientId clientId, Guid memberId, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Edit, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var member = await db.WhanauMembers.SingleOrDefaultAsync(w => w.Id == memberId && w.ClientId == clientId, ct);
        if (member is null)
        {
            return Failure.NotFound("There is no such whānau member of this client.", "Whānau member not found");
        }

        if (member.EndedAt is not null)
        {
            return Failure.Conflict(new DomainError("whanau-ended", "Support for this whānau member has already ended."), "Already ended");
        }

        member.End(clock.GetUtcNow());
        audit.Add(AuditAction.Update, "Whanau", member.Id.ToString(), clientId, "Support alongside the client ended", check.ViaBreakGlass);
        await db.SaveChangesAsync(ct);
        return View(member);
    }

    private static WhanauView View(WhanauMember w) => new(w.Id, w.Name, w.Relationship, w.RecordedAt, w.EndedAt);
}

/// <summary>National office's ICS setting (R-118): whether whānau members count in the caseload of 60, off by default.</summary>
public sealed class IcsSettingsHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public bool MayEdit => me.Role == StaffRole.NationalOffice;

    public async Task<IcsSettingsView> GetAsync(CancellationToken ct)
    {
        var row = await db.IcsSettings.AsNoTracking().SingleOrDefaultAsync(ct);
        var by = row is null ? null : await db.Staff.Where(s => s.Id == row.UpdatedById).Select(s => s.FirstName + " " + s.LastName).SingleOrDefaultAsync(ct);
        return View(row, by);
    }

    public async Task<Outcome<IcsSettingsView>> SetAsync(IcsSettingsInput input, CancellationToken ct)
    {
        if (!MayEdit)
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "National office decides whether whānau count in the ICS caseload (R-118)."));
        }

        var problems = new Dictionary<string, string[]>();
        if (input.WhanauCountInCaseload is null)
        {
            problems["whanauCountInCaseload"] = ["Say whether whānau members supported alongside clients count in the ICS caseload of 60 (true or false)."];
        }

        if (input.Version is null)
        {
            problems["version"] = ["Give the version of the setting you read (GET /api/ics-settings), so a change made meanwhile is not overwritten."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var row = await db.IcsSettings.SingleOrDefaultAsync(ct);
        if ((row?.Version ?? 0) != input.Version)
        {
            return Failure.Conflict(new DomainError("concurrency", "Someone else changed the ICS setting meanwhile; reload and try again."));
        }

        var value = input.WhanauCountInCaseload!.Value;
        if (row is null)
        {
            row = new IcsSettings(value, me.Id, clock.GetUtcNow());
            db.IcsSettings.Add(row);
        }
        else
        {
            row.Change(value, me.Id, clock.GetUtcNow());
        }

        audit.Add(AuditAction.Update, "IcsSettings", IcsSettings.SingletonId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, $"Whānau count in the ICS caseload: {(value ? "yes" : "no")} (R-118)");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict(new DomainError("concurrency", "Someone else changed the ICS setting meanwhile; reload and try again."));
        }

        return View(row, me.FullName);
    }

    private static IcsSettingsView View(IcsSettings? row, string? by) =>
        new(row?.WhanauCountInCaseload ?? false, row is null, row?.Version ?? 0, row?.UpdatedAt, by);
}
