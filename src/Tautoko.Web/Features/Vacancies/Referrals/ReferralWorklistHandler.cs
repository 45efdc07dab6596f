using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Vacancies;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Vacancies;

public sealed record WorklistReferralView(Guid ClientId, string ClientNumber, string ClientName, ReferralView Referral);

/// <summary>
/// The referral worklist of an Employment Support Representative (or anyone who refers): the referrals they made that are
/// still in progress, oldest first, so each is followed up to accepted, interviewed, filled or declined. Each client shown is audited.
/// </summary>
public sealed class ReferralWorklistHandler(TautokoDbContext db, CurrentStaff staff, ReferralHandler referrals, AuditLog audit)
{
    public const int MaxRows = 200;

    public async Task<Outcome<IReadOnlyList<WorklistReferralView>>> MineAsync(CancellationToken ct)
    {
        if (VacancyRoles.Refusal(staff) is { } refused)
        {
            return refused;
        }

        var finals = new[] { ReferralStage.Declined, ReferralStage.Filled, ReferralStage.Completed };
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.ReferredBy == staff.Id && !finals.Contains(r.Stage))
            .OrderBy(r => r.ReferredOn).ThenBy(r => r.Id).Take(MaxRows).ToListAsync(ct);
        var ids = rows.Select(r => r.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ClientNumber, c.FirstName, c.LastName }).ToDictionaryAsync(c => c.Id, ct);
        foreach (var id in ids)
        {
            audit.Add(AuditAction.Read, "Referral", id.ToString(), id, "Shown on a referral worklist");
        }

        await db.SaveChangesAsync(ct);
        var views = await referrals.ViewsAsync(rows, ct);
        return views.Select(v => new WorklistReferralView(v.ClientId, clients[new ClientId(v.ClientId)].ClientNumber,
            clients[new ClientId(v.ClientId)].FirstName + " " + clients[new ClientId(v.ClientId)].LastName, v)).ToList();
    }
}
