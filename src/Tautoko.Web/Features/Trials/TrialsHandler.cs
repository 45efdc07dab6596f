using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Trials;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Trials;

/// <summary>National office defines a trial (SPEC §10, seed 004 §3.1); anyone who may see trials lists and reads them.</summary>
public sealed class TrialsHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<TrialView>> DefineAsync(TrialInput input, CancellationToken ct)
    {
        if (TrialAccess.NationalOfficeOnly(me, "defines trials") is { } refused)
        {
            return refused;
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > Trial.MaxNameLength)
        {
            problems["name"] = [$"Name the trial (at most {Trial.MaxNameLength} characters)."];
        }

        CaseManagementService service = default;
        if (input.Service is null || !Enum.TryParse(input.Service, true, out service) || !Enum.IsDefined(service) || int.TryParse(input.Service, out _))
        {
            problems["service"] = ["Name the service the trial tests, e.g. IntensiveClientSupport."];
        }
        else if (service.IsEmployment())
        {
            // The national assignment fills the employment services; a trial tests a service placed by hand (ICS, Integrated Services, Dedicated).
            problems["service"] = ["A trial tests a service national assignment does not fill: IntensiveClientSupport, IntegratedServices or Dedicated."];
        }

        if (input.SelectionDate is not { } selection)
        {
            problems["selectionDate"] = ["Give the selection date."];
        }
        else if (PlausibleDates.WhyNotQueryDate(selection, today) is { } when)
        {
            problems["selectionDate"] = [when];
        }

        var ends = input.EndsOn ?? input.SelectionDate?.AddMonths(36);
        if (input.EndsOn is { } end && (input.SelectionDate is null || end <= input.SelectionDate || end > input.SelectionDate.Value.AddYears(10)))
        {
            problems["endsOn"] = ["The trial ends after its selection date, within ten years of it."];
        }

        if (input.TreatmentWeight is < 1 or > 10)
        {
            problems["treatmentWeight"] = ["The allocation weights are whole numbers from 1 to 10."];
        }

        if (input.ControlWeight is < 1 or > 10)
        {
            problems["controlWeight"] = ["The allocation weights are whole numbers from 1 to 10."];
        }

        if (input.CapacityPerSite is < 1 or > 10000)
        {
            problems["capacityPerSite"] = ["The capacity per site is from 1 to 10,000 treatment clients, or left out."];
        }

        var criteria = Criteria(input.Criteria, problems);
        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var trial = new Trial(Guid.CreateVersion7(), input.Name!, service, input.SelectionDate!.Value, ends!.Value, criteria!, input.StratifyBySite ?? false,
            input.TreatmentWeight ?? 1, input.ControlWeight ?? 1, input.CapacityPerSite, me.Id, clock.GetUtcNow());
        db.Trials.Add(trial);
        audit.Add(AuditAction.Create, "Trial", trial.Id.ToString(), null, TextLimits.Clip($"Trial defined: {trial.Name}; selection {trial.SelectionDate:yyyy-MM-dd}", AuditEntry.MaxDetailLength));
        await db.SaveChangesAsync(ct);
        return View(trial, today, 0, 0);
    }

    public async Task<Outcome<TrialList>> ListAsync(CancellationToken ct)
    {
        if (TrialAccess.SiteOrNational(me, "see trials") is { } refused)
        {
            return refused;
        }

        var today = DateDisplay.TodayInAuckland(clock);
        var trials = await db.Trials.AsNoTracking().OrderByDescending(t => t.SelectionDate).ThenBy(t => t.Name).ToListAsync(ct);
        var counts = await CountsAsync(trials.Select(t => t.Id).ToList(), ct);
        return new TrialList([.. trials.Select(t => View(t, today, counts.GetValueOrDefault((t.Id, TrialArm.Treatment)), counts.GetValueOrDefault((t.Id, TrialArm.Control))))]);
    }

    public async Task<Outcome<TrialView>> GetAsync(Guid id, CancellationToken ct)
    {
        if (TrialAccess.SiteOrNational(me, "see trials") is { } refused)
        {
            return refused;
        }

        var trial = await db.Trials.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (trial is null)
        {
            return Failure.NotFound("There is no such trial.");
        }

        var counts = await CountsAsync([id], ct);
        return View(trial, DateDisplay.TodayInAuckland(clock), counts.GetValueOrDefault((id, TrialArm.Treatment)), counts.GetValueOrDefault((id, TrialArm.Control)));
    }

    private async Task<Dictionary<(Guid, TrialArm), int>> CountsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await db.TrialAssignments.AsNoTracking().Where(a => ids.Contains(a.TrialId)).GroupBy(a => new { a.TrialId, a.Arm })
            .Select(g => new { g.Key.TrialId, g.Key.Arm, Count = g.Count() }).ToListAsync(ct))
        .ToDictionary(x => (x.TrialId, x.Arm), x => x.Count);

    public static TrialView View(Trial t, DateOnly today, int treatment, int control)
    {
        var criteria = t.Criteria;
        return new TrialView(t.Id, t.Name, t.Service.ToString(), t.Service.DisplayName(), t.SelectionDate, t.EndsOn, [.. criteria.Describe()],
            [.. criteria.AgeGroups.Select(g => g.Label)], t.StratifyBySite, t.Ratio, t.CapacityPerSite, t.IsRandomised, t.RandomSeed, t.RandomisedAt,
            t.IsRunningOn(today), treatment, control);
    }

    private static TrialCriteria? Criteria(CriteriaInput? input, Dictionary<string, string[]> problems)
    {
        if (input is null)
        {
            return TrialCriteria.IcsX;
        }

        if (input.Benefits?.Any(b => b is null || b.Benefit is null || b.Obligations is null || b.Obligations.Any(o => !Enum.IsDefined(o)) || !Enum.IsDefined(b.Benefit.Value)) == true
            || input.AgeGroups?.Any(g => g is null || g.From is null || g.To is null) == true
            || input.FirstBenefitNotIn?.Any(b => !Enum.IsDefined(b)) == true)
        {
            problems["criteria"] = ["Each benefit needs its obligations, and each age group its from and to ages."];
            return null;
        }

        var criteria = new TrialCriteria(
            [.. (input.Benefits ?? []).Select(b => new BenefitObligation(b.Benefit!.Value, [.. b.Obligations!.Distinct()]))],
            input.FirstEnteredBeforeAge,
            [.. (input.FirstBenefitNotIn ?? []).Distinct()],
            [.. (input.AgeGroups ?? []).Select(g => new AgeGroup(g.From!.Value, g.To!.Value))]);
        foreach (var (field, messages) in criteria.Problems())
        {
            problems[field] = messages;
        }

        return criteria;
    }
}
