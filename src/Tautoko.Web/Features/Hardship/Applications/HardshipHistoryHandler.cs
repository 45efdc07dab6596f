using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Data;
using Tautoko.Data.Filters;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Applications;

/// <summary>
/// The client's hardship history over the last 52 weeks: applications, grants (with the amount), declines by reason,
/// and the debt from recoverable grants (all of them, not only the year's: a debt is owed until repaid). Audited.
/// </summary>
public sealed class HardshipHistoryHandler(TautokoDbContext db, ClientAccess access, AuditLog audit, TimeProvider clock)
{
    public const int Weeks = 52;

    public async Task<Outcome<HardshipHistoryView>> GetAsync(ClientId clientId, CancellationToken ct)
    {
        var check = await access.CheckAsync(clientId, ClientOperation.Read, ct);
        if (check.Refusal(clientId) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var since = now.AddDays(-7 * Weeks);
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.FirstName, c.LastName }).SingleAsync(ct);
        var recent = await db.HardshipApplications.AsNoTracking().Where(a => a.ClientId == clientId && a.ReceivedAt >= since).OrderByDescending(a => a.ReceivedAt).ToListAsync(ct);
        // Money is summed here, in decimal: SQLite keeps decimals as text and cannot add them exactly.
        var recoverable = await db.HardshipApplications.AsNoTracking()
            .Where(a => a.ClientId == clientId && a.Recoverable && a.AmountGranted != null)
            .Select(a => a.AmountGranted!.Value)
            .ToListAsync(ct);
        var granted = recent.Where(a => a.Status is ApplicationStatus.Granted or ApplicationStatus.PartlyGranted).ToList();
        var declined = recent.Where(a => a.Status == ApplicationStatus.Declined).ToList();
        var byReason = declined.GroupBy(a => a.DeclineReason!.Value).OrderBy(g => g.Key)
            .Select(g => new DeclineCount(g.Key, g.Key.DisplayName(), g.Count())).ToList();
        var inYear = await HardshipCount.InYearAsync(db, clientId, now, ct);
        var views = await ApplicationsHandler.Views(db, recent, ct);
        await audit.RecordAsync(AuditAction.Read, "HardshipHistory", clientId.ToString(), clientId, $"Hardship history: {recent.Count} applications in {Weeks} weeks", check.ViaBreakGlass, ct);
        return new HardshipHistoryView(clientId.Value, $"{client.FirstName} {client.LastName}", since, recent.Count, granted.Count, granted.Sum(a => a.AmountGranted!.Value),
            declined.Count, recent.Count(a => a.Status == ApplicationStatus.AwaitingDecision), byReason, recoverable.Sum(), inYear, HighHardship.Threshold, views);
    }
}
