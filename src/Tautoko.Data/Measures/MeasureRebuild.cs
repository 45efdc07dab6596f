using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.Measures;
using Tautoko.Data.Bulk;
using Tautoko.Data.Operations;

namespace Tautoko.Data.Measures;

/// <summary>What a rebuild did.</summary>
public sealed record MeasureRebuildResult(int Clients, long Contributions, int Facts, TimeSpan Took);

/// <summary>
/// Recomputes every contribution and daily fact from the source records, in one transaction (readers see the old facts
/// until it commits). For after a bulk load (synthetic data, a migration) and as the nightly job that brings the IEP
/// quality measure up to date (an activity becomes overdue by the passing of days, without an event).
/// </summary>
public static class MeasureRebuild
{
    public const int BatchSize = 5000;

    public static async Task<MeasureRebuildResult> RunAsync(TautokoDbContext db, DateOnly today, IProgress<(int Done, int Of)>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var clients = new HashSet<ClientId>();
        clients.UnionWith(await db.Placements.AsNoTracking().Select(p => p.ClientId).Distinct().ToListAsync(ct));
        clients.UnionWith(await db.Appointments.AsNoTracking()
            .Where(a => a.Status == Core.Appointments.AppointmentStatus.Attended || a.Status == Core.Appointments.AppointmentStatus.DidNotAttend)
            .Select(a => a.ClientId).Distinct().ToListAsync(ct));
        clients.UnionWith(await db.WorkQueueTasks.AsNoTracking().Where(t => t.CompletedAt != null).Select(t => t.ClientId).Distinct().ToListAsync(ct));
        clients.UnionWith(await db.IndividualEmploymentPlans.AsNoTracking().Select(p => p.ClientId).Distinct().ToListAsync(ct));
        clients.UnionWith(await db.WorkStarts.AsNoTracking().Select(w => w.ClientId).Distinct().ToListAsync(ct));
        clients.UnionWith(await db.PartTimeEarnings.AsNoTracking().Select(e => e.ClientId).Distinct().ToListAsync(ct));
        clients.UnionWith(await db.Referrals.AsNoTracking().Select(r => r.ClientId).Distinct().ToListAsync(ct));

        var districts = await MeasureHistories.DistrictsAsync(db, ct);
        var facts = new Dictionary<MeasureFactKey, (int Numerator, int Denominator)>();
        long contributions = 0;
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        try
        {
            await using var unit = await db.BeginUnitOfWorkAsync(ct);
            if (db.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync("TRUNCATE measure_contributions, measure_daily_facts", ct);
            }
            else
            {
                await db.MeasureContributions.ExecuteDeleteAsync(ct);
                await db.MeasureDailyFacts.ExecuteDeleteAsync(ct);
            }

            var all = clients.ToList();
            for (var i = 0; i < all.Count; i += BatchSize)
            {
                var batch = all.GetRange(i, Math.Min(BatchSize, all.Count - i));
                var rows = (await MeasureHistories.LoadAsync(db, batch, ct)).SelectMany(h => MeasureRules.Contributions(h, districts, today)).ToList();
                foreach (var row in rows)
                {
                    facts.TryGetValue(row.Key, out var sum);
                    facts[row.Key] = (sum.Numerator + row.Numerator, sum.Denominator + row.Denominator);
                }

                await BulkInsert.WriteAsync(db, rows, ct);
                contributions += rows.Count;
                progress?.Report((Math.Min(i + BatchSize, all.Count), all.Count));
            }

            var factRows = facts.Where(f => f.Value != (0, 0)).Select(f => new MeasureDailyFact(f.Key, f.Value.Numerator, f.Value.Denominator)).ToList();
            await BulkInsert.WriteAsync(db, factRows, ct);
            await unit.CommitAsync(ct);
            return new MeasureRebuildResult(all.Count, contributions, factRows.Count, started.Elapsed);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
