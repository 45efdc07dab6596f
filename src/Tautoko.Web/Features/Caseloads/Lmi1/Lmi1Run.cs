using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Lmi1;
using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Data.Bulk;
using Tautoko.Web.Features.Caseloads.Assignment;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads.Lmi1;

public sealed record Lmi1RunResult(Guid ModelId, double Auc, double Brier, int TrainingRows, int HeldOutRows, int Scored, int AboveThreshold, int Tagged, double Threshold, TimeSpan Elapsed);

/// <summary>
/// The daily Labour Market Indicator 1 run (R-019): learn from Tautoko's own history who left benefit for work
/// within three months while not case-managed, score everyone on benefit today, and tag those at or above
/// national office's threshold with their score and main factors. A tag a case manager removed is not added
/// back while the same benefit continues (R-020); a client already on a caseload keeps their place (R-021).
/// </summary>
public sealed class Lmi1Run(TautokoDbContext db, Lmi1Trainer trainer, AuditLog audit, TimeProvider clock, ILogger<Lmi1Run> logger)
{
    public const string SystemUser = "system: LMI1 daily job";

    private static readonly Actor Job = new(null, SystemUser, null);
    private const int HorizonDays = 91;
    private const int Snapshots = 12;

    /// <summary>The stages a run reports, in order (the page's progress and the CLI's progress bar).</summary>
    public static readonly string[] Stages = ["Reading the history", "Training the model", "Scoring clients", "Saving the model and tags"];

    public Task<Lmi1RunResult> RunAsync(CancellationToken ct) => RunAsync(null, ct);

    public async Task<Lmi1RunResult> RunAsync(IProgress<string>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var today = DateDisplay.TodayInAuckland(clock);
        progress?.Report(Stages[0]);
        var examples = await ExamplesAsync(today, ct);
        progress?.Report(Stages[1]);
        var trained = trainer.Train(examples);
        var threshold = (await db.Lmi1Settings.AsNoTracking().SingleAsync(ct)).Threshold;

        var model = new Lmi1Model(
            Guid.CreateVersion7(), clock.GetUtcNow(), today, Lmi1Trainer.Algorithm, trained.TrainingRows, trained.HeldOutRows, trained.PositiveRate, trained.Auc, trained.Brier,
            ProposalJson.Write(trained.Calibration),
            ProposalJson.Write(Lmi1Features.Names.Select((n, i) => new { feature = n, weight = Math.Round(trained.Weights[i], 4), mean = Math.Round(trained.Means[i], 4) }).Append(new { feature = "(intercept)", weight = Math.Round(trained.Bias, 4), mean = 1.0 })));

        progress?.Report(Stages[2]);
        var current = await CurrentClientsAsync(ct);
        var features = current.Select(c => Lmi1Features.For(PriorityCohorts.AgeOn(c.DateOfBirth, today), c.Benefit, c.Obligation, PriorityCohorts.MonthsOnBenefit(c.BenefitStartDate, today), c.Children, c.Flags)).ToList();
        var scores = trainer.Score(trained, features);

        var now = clock.GetUtcNow();
        var tags = new List<ProgrammeTag>();
        var rows = new List<Lmi1Score>();
        var above = 0;
        for (var i = 0; i < current.Count; i++)
        {
            var client = current[i];
            if (scores[i] < threshold)
            {
                continue;
            }

            above++;
            var removedThisSpell = client.RemovedByStaffAt is { } removed && (client.BenefitStartDate is not { } start || DateOnly.FromDateTime(removed.UtcDateTime) >= start);
            if (client.HasLmi1 || removedThisSpell)
            {
                continue;
            }

            var factors = string.Join(", ", Lmi1Features.MainFactors(features[i], trained.Weights, trained.Means)
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name} (+{f.Pull:0.00})")));
            var text = string.Create(CultureInfo.InvariantCulture, $"Automatic (LMI1 model of {today:yyyy-MM-dd}): {scores[i]:0.00} chance of work within three months without case management (threshold {threshold:0.00}). Main factors: {(factors.Length == 0 ? "none stands out" : factors)}.");
            var tag = new ProgrammeTag(Guid.CreateVersion7(), client.Id, ProgrammeTagCode.LabourMarketIndicator1, null, now, text);
            tags.Add(tag);
            rows.Add(new Lmi1Score(Guid.CreateVersion7(), client.Id, model.Id, today, Math.Round(scores[i], 4), factors, tag.Id));
        }

        progress?.Report(Stages[3]);
        model.RecordRun(current.Count, tags.Count);
        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        db.Lmi1Models.Add(model);
        audit.Add(Job, AuditAction.Create, "Lmi1Model", model.Id.ToString(), null,
            string.Create(CultureInfo.InvariantCulture, $"Trained on {trained.TrainingRows} examples; held-out AUC {trained.Auc:0.000}; {tags.Count} clients tagged at threshold {threshold:0.00}"));
        await db.SaveChangesAsync(ct);
        await BulkInsert.WriteAsync(db, tags, ct);
        await BulkInsert.WriteAsync(db, rows, ct);

        // R-120: every tag the job adds is audited against the client.
        foreach (var chunk in tags.Chunk(5000))
        {
            foreach (var tag in chunk)
            {
                audit.Add(Job, AuditAction.AddTag, "ProgrammeTag", tag.Id.ToString(), tag.ClientId, "LMI1 added: " + tag.AddedReason);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("LMI1 model {ModelId} trained (AUC {Auc}); {Scored} scored, {Tagged} tagged", model.Id, trained.Auc, current.Count, tags.Count);
        return new Lmi1RunResult(model.Id, trained.Auc, trained.Brier, trained.TrainingRows, trained.HeldOutRows, current.Count, above, tags.Count, threshold, watch.Elapsed);
    }

    /// <summary>
    /// Monthly snapshots over the past year: each client on benefit and not on a caseload that day is an example;
    /// the label is whether that benefit ended in work within three months. Large datasets are sampled by client number.
    /// </summary>
    private async Task<List<Lmi1Example>> ExamplesAsync(DateOnly today, CancellationToken ct)
    {
        var total = await db.Clients.CountAsync(ct);
        var sample = db.Clients.AsQueryable();
        if (total > 1_500_000)
        {
            sample = sample.Where(c => c.ClientNumber.EndsWith("37"));
        }
        else if (total > 60_000)
        {
            sample = sample.Where(c => c.ClientNumber.EndsWith("3"));
        }

        var spells = await (
                from s in db.BenefitSpells.AsNoTracking()
                join c in sample on s.ClientId equals c.Id
                where s.EndedOn == null || s.EndedOn > today.AddDays(-(Snapshots * 31) - HorizonDays - 31)
                select new { s.ClientId, c.DateOfBirth, c.Flags, Children = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild), s.Benefit, s.Obligation, s.StartedOn, s.EndedOn, s.EndReason })
            .ToListAsync(ct);
        var placements = (await (
                from p in db.Placements.AsNoTracking()
                join c in sample on p.ClientId equals c.Id
                select new { p.ClientId, p.StartedOn, p.EndedOn })
            .ToListAsync(ct))
            .ToLookup(p => p.ClientId);

        var examples = new List<Lmi1Example>();
        for (var j = 0; j < Snapshots; j++)
        {
            var day = today.AddDays(-HorizonDays - 1 - (30 * j));
            foreach (var s in spells)
            {
                if (s.StartedOn > day || (s.EndedOn is { } end && end <= day))
                {
                    continue;
                }

                // Only clients not case-managed that day: the model is about finding work without case management.
                if (placements[s.ClientId].Any(p => p.StartedOn <= day && (p.EndedOn is null || p.EndedOn > day)))
                {
                    continue;
                }

                var age = PriorityCohorts.AgeOn(s.DateOfBirth, day);
                if (age < 16)
                {
                    continue;
                }

                examples.Add(new Lmi1Example
                {
                    Features = Lmi1Features.For(age, s.Benefit, s.Obligation, TimeInService.Months(s.StartedOn, day), s.Children, s.Flags),
                    Label = s.EndReason == BenefitEndReason.Work && s.EndedOn is { } ended && ended <= day.AddDays(HorizonDays),
                    Group = s.ClientId.Value.ToString(),
                });
            }
        }

        return examples;
    }

    private async Task<List<CurrentClient>> CurrentClientsAsync(CancellationToken ct) =>
        await (
                from c in db.Clients.AsNoTracking()
                where c.Benefit != BenefitType.None
                select new CurrentClient(
                    c.Id,
                    c.DateOfBirth,
                    c.Benefit,
                    c.BenefitStartDate,
                    c.Obligation,
                    c.Flags,
                    c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild),
                    db.ProgrammeTags.Any(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LabourMarketIndicator1 && t.RemovedAt == null),
                    db.ProgrammeTags.Where(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LabourMarketIndicator1 && t.RemovedById != null).Max(t => t.RemovedAt)))
            .ToListAsync(ct);

    private sealed record CurrentClient(ClientId Id, DateOnly DateOfBirth, BenefitType Benefit, DateOnly? BenefitStartDate, WorkObligation Obligation, ClientFlags Flags, bool Children, bool HasLmi1, DateTimeOffset? RemovedByStaffAt);
}
