using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;
using Tautoko.Data;
using Tautoko.Data.Configurations;
using Tautoko.Data.Operations;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials;

/// <summary>
/// Selection and random assignment (seed 004 §3.1; ): the eligible clients on the selection date, why one
/// client is not eligible, and the draw — once, with its seed recorded, never again.
/// </summary>
public sealed class SelectionHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TrialSelection selection, TimeProvider clock)
{
    public async Task<Outcome<EligibleList>> EligibleAsync(Guid trialId, CancellationToken ct)
    {
        if (TrialAccess.NationalOfficeOnly(me, "selects a trial's clients") is { } refused)
        {
            return refused;
        }

        var trial = await db.Trials.AsNoTracking().SingleOrDefaultAsync(t => t.Id == trialId, ct);
        if (trial is null)
        {
            return Failure.NotFound("There is no such trial.");
        }

        var eligible = await EligibleRowsAsync(trial, ct);
        var clients = eligible.Select(e => new EligibleClient(e.Row.Facts.ClientId.Value, ClientNumbers.Format(e.Row.ClientNumber), e.Row.Name, e.Answer.AgeOnSelection, e.Answer.Group!.Label, e.Row.SiteId.Value, e.Row.SiteName))
            .OrderBy(c => c.AgeGroup, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        await audit.RecordAsync(AuditAction.Read, "Trial", trialId.ToString(), null, string.Create(CultureInfo.InvariantCulture, $"Eligible clients listed: {clients.Count}"), false, ct);
        return new EligibleList(trialId, trial.SelectionDate, clients.Count, clients);
    }

    public async Task<Outcome<EligibilityView>> WhyAsync(Guid trialId, ClientId clientId, CancellationToken ct)
    {
        if (TrialAccess.NationalOfficeOnly(me, "asks about a client's eligibility") is { } refused)
        {
            return refused;
        }

        var trial = await db.Trials.AsNoTracking().SingleOrDefaultAsync(t => t.Id == trialId, ct);
        if (trial is null)
        {
            return Failure.NotFound("There is no such trial.");
        }

        var row = await selection.OneAsync(clientId, trial.SelectionDate, ct);
        if (row is null)
        {
            return Failure.NotFound("There is no such client.");
        }

        var answer = TrialEligibility.Check(trial.Criteria, trial.SelectionDate, row.Facts);
        var arm = await db.TrialAssignments.AsNoTracking().Where(a => a.TrialId == trialId && a.ClientId == clientId).Select(a => (TrialArm?)a.Arm).SingleOrDefaultAsync(ct);
        await audit.RecordAsync(AuditAction.Read, "TrialEligibility", trialId.ToString(), clientId, answer.Eligible ? "Eligible" : $"Not eligible: {answer.Reasons.Count} criteria failed", false, ct);
        return new EligibilityView(trialId, clientId.Value, answer.Eligible, answer.AgeOnSelection, answer.Group?.Label, answer.Reasons, arm is { } a ? TrialText.Arm(a) : null);
    }

    public async Task<Outcome<RandomisationView>> RandomiseAsync(Guid trialId, long? seed, CancellationToken ct)
    {
        if (TrialAccess.NationalOfficeOnly(me, "randomises a trial") is { } refused)
        {
            return refused;
        }

        if (seed is < 0)
        {
            return Failure.Invalid("seed", "The seed is a whole number of zero or more, or left out for a fresh one.");
        }

        await using var transaction = await db.BeginUnitOfWorkAsync(ct);
        var trial = await db.Trials.SingleOrDefaultAsync(t => t.Id == trialId, ct);
        if (trial is null)
        {
            return Failure.NotFound("There is no such trial.");
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var error = trial.WhyNotRandomise(today)
            ?? (await db.TrialAssignments.AnyAsync(a => a.TrialId == trialId, ct) ? new DomainError("R-113", "This trial already has assignments; a client's assignment is never drawn again.") : null);
        if (error is not null)
        {
            return trial.IsRandomised ? Failure.Conflict(error, "The trial was randomised already") : Failure.Broken(error);
        }

        var eligible = await EligibleRowsAsync(trial, ct);
        var used = seed ?? TrialRandomisation.NewSeed();
        var result = TrialRandomisation.Assign([.. eligible.Select(e => new Candidate(e.Row.Facts.ClientId, e.Answer.Group!.Label, e.Row.SiteId))], used, trial.StratifyBySite, trial.TreatmentWeight, trial.ControlWeight, trial.CapacityPerSite);
        var now = clock.GetUtcNow();
        foreach (var draw in result.Draws)
        {
            db.TrialAssignments.Add(new TrialAssignment(Guid.CreateVersion7(), trialId, draw.ClientId, draw.Arm, draw.Stratum, draw.AgeGroup, draw.SiteId, draw.Sequence, now));
        }

        trial.MarkRandomised(used, me.Id, now);
        audit.Add(AuditAction.Update, "Trial", trialId.ToString(), null, string.Create(CultureInfo.InvariantCulture, $"Randomised (R-113) with seed {used}: {result.Draws.Count} assigned, {result.NotEnrolled.Count} not enrolled (site capacity)"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.Refused(TrialAssignmentConfiguration.OneAssignmentPerClient))
        {
            return Failure.Conflict(new DomainError("R-113", "Someone else randomised this trial a moment ago; a client's assignment is never drawn again."), "The trial was randomised already");
        }

        await transaction.CommitAsync(ct);
        return new RandomisationView(trialId, used, now, result.Draws.Count, result.NotEnrolled.Count, Strata(result.Draws.Select(d => (d.Stratum, d.Arm))));
    }

    public static IReadOnlyList<StratumCount> Strata(IEnumerable<(string Stratum, TrialArm Arm)> draws) =>
        [.. draws.GroupBy(d => d.Stratum).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StratumCount(g.Key, g.Count(d => d.Arm == TrialArm.Treatment), g.Count(d => d.Arm == TrialArm.Control)))];

    private async Task<List<(SelectionRow Row, EligibilityAnswer Answer)>> EligibleRowsAsync(Trial trial, CancellationToken ct)
    {
        var criteria = trial.Criteria;
        var rows = await selection.CandidatesAsync(criteria, trial.SelectionDate, ct);
        return [.. rows.Select(r => (Row: r, Answer: TrialEligibility.Check(criteria, trial.SelectionDate, r.Facts))).Where(x => x.Answer.Eligible)];
    }
}
