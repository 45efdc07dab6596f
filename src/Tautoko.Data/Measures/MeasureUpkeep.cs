using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Tautoko.Core.Appointments;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Measures;
using Tautoko.Core.Plans;
using Tautoko.Core.StartingWork;
using Tautoko.Core.Vacancies;
using Tautoko.Core.WorkQueues;
using Tautoko.Data.Operations;

namespace Tautoko.Data.Measures;

/// <summary>
/// Keeps the measures' contributions and daily facts current as events happen: a save that results an appointment,
/// completes a work-queue task, places a client on a caseload (or ends the placement), makes or changes a plan, records a
/// work start or part-time earnings, or moves a referral recomputes the contributions of the clients it touched and
/// applies the difference to the daily facts — in the same transaction as the event's own write. The daily facts are
/// changed by atomic upserts (numerator + delta), so two saves at once never lose a count.
/// </summary>
public static class MeasureUpkeep
{
    /// <summary>The clients whose measures a pending save changes (empty when none).</summary>
    public static async Task<IReadOnlyCollection<ClientId>> TouchedAsync(TautokoDbContext db, CancellationToken ct)
    {
        var touched = new HashSet<ClientId>();
        var plans = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Appointment a when entry.State != EntityState.Added || a.Status != AppointmentStatus.Booked:
                    if (entry.State != EntityState.Modified || Changed(entry, nameof(Appointment.Status), nameof(Appointment.ResultedAt), nameof(Appointment.StartsAt), nameof(Appointment.StaffId)))
                    {
                        touched.Add(a.ClientId);
                    }

                    break;
                case WorkQueueTask t when entry.State != EntityState.Modified || Changed(entry, nameof(WorkQueueTask.Status), nameof(WorkQueueTask.CompletedAt)):
                    if (t.Status == WorkQueueTaskStatus.Completed || entry.State == EntityState.Modified)
                    {
                        touched.Add(t.ClientId);
                    }

                    break;
                case CaseloadPlacement p:
                    touched.Add(p.ClientId);
                    break;
                case IndividualEmploymentPlan plan:
                    touched.Add(plan.ClientId);
                    break;
                case PlanActivity activity:
                    plans.Add(activity.PlanId);
                    break;
                case WorkStart w:
                    touched.Add(w.ClientId);
                    break;
                case PartTimeEarning e:
                    touched.Add(e.ClientId);
                    break;
                case Referral r:
                    touched.Add(r.ClientId);
                    break;
            }
        }

        if (plans.Count > 0)
        {
            var tracked = db.ChangeTracker.Entries<IndividualEmploymentPlan>().Where(e => plans.Contains(e.Entity.Id)).Select(e => e.Entity).ToList();
            touched.UnionWith(tracked.Select(p => p.ClientId));
            plans.ExceptWith(tracked.Select(p => p.Id));
            if (plans.Count > 0)
            {
                touched.UnionWith(await db.IndividualEmploymentPlans.AsNoTracking().Where(p => plans.Contains(p.Id)).Select(p => p.ClientId).ToListAsync(ct));
            }
        }

        return touched;
    }

    /// <summary>Saves the event and the measures it changes in one transaction.</summary>
    public static async Task<int> SaveWithMeasuresAsync(TautokoDbContext db, IReadOnlyCollection<ClientId> touched, Func<Task<int>> save, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(save);
        await using var unit = await db.BeginUnitOfWorkAsync(ct);
        var written = await save();
        await RefreshAsync(db, touched, Today(db), ct);
        await unit.CommitAsync(ct);
        return written;
    }

    /// <summary>Recomputes the contributions of <paramref name="clients"/> and applies the difference to the daily facts.</summary>
    public static async Task RefreshAsync(TautokoDbContext db, IReadOnlyCollection<ClientId> clients, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (clients.Count == 0)
        {
            return;
        }

        var districts = await MeasureHistories.DistrictsAsync(db, ct);
        var histories = await MeasureHistories.LoadAsync(db, clients, ct);
        var ids = clients.ToList();
        var stored = (await db.MeasureContributions.Where(c => ids.Contains(c.ClientId)).ToListAsync(ct))
            .ToDictionary(c => (c.ClientId, c.Measure, c.SourceId));
        var deltas = new Dictionary<MeasureFactKey, (int Numerator, int Denominator)>();
        foreach (var now in histories.SelectMany(h => MeasureRules.Contributions(h, districts, today)))
        {
            if (stored.Remove((now.ClientId, now.Measure, now.SourceId), out var before))
            {
                if (before.SameAs(now))
                {
                    continue;
                }

                Add(deltas, before.Key, -before.Numerator, -before.Denominator);
                before.Restate(now);
                Add(deltas, now.Key, now.Numerator, now.Denominator);
                continue;
            }

            db.MeasureContributions.Add(now);
            Add(deltas, now.Key, now.Numerator, now.Denominator);
        }

        foreach (var gone in stored.Values)
        {
            Add(deltas, gone.Key, -gone.Numerator, -gone.Denominator);
            db.MeasureContributions.Remove(gone);
        }

        await db.SaveChangesAsync(ct);
        await MeasureFactWriter.ApplyAsync(db, deltas.Where(d => d.Value != (0, 0)).ToList(), ct);
    }

    /// <summary>Today in New Zealand by the host's clock (the IEP quality measure asks whether activities are overdue today).</summary>
    public static DateOnly Today(TautokoDbContext db)
    {
        var services = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        var clock = services?.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return NzLocalTime.Today(clock);
    }

    private static void Add(Dictionary<MeasureFactKey, (int Numerator, int Denominator)> deltas, MeasureFactKey key, int numerator, int denominator)
    {
        deltas.TryGetValue(key, out var sum);
        deltas[key] = (sum.Numerator + numerator, sum.Denominator + denominator);
    }

    private static bool Changed(EntityEntry entry, params string[] properties) =>
        properties.Any(p => entry.Property(p).IsModified);
}
