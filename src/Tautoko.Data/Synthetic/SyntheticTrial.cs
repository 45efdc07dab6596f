using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Core.Trials;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// A past randomised trial of Intensive Client Support for the demo, so the outcome report has something to show: selected
/// 37 months before today (every follow-up point has passed), ICS-X criteria, stratified by age group, 1:1, and ended a month
/// ago (so its control group is no longer protected). Up to <see cref="Participants"/> synthetic clients aged 25–39 on the
/// selection date get a benefit history that makes them eligible (a first benefit at 17–19, a JS-WR or JS-HCD spell open on
/// the selection date), are drawn by the real <see cref="TrialRandomisation"/>, and then leave benefit after selection at a
/// daily rate that depends on their arm.
/// <para>
/// THE EFFECT IS SYNTHETIC, chosen here for the demo and documented so nobody reads it as a finding: the control group's
/// daily rate of leaving benefit gives about 25 % off benefit a year after selection; treatment multiplies that rate by
/// <see cref="YoungerEffect"/> for those aged 25–29 and by <see cref="OlderEffect"/> for those aged 30–39 — larger for the
/// older group, mirroring only the direction of seed 004's qualitative finding. No number here is ICS-X's: the seed gives none.
/// </para>
/// </summary>
public static class SyntheticTrial
{
    public const string Name = "Synthetic ICS trial (demo data)";
    public const int Participants = 600;
    public const double YoungerEffect = 1.10;
    public const double OlderEffect = 1.70;

    /// <summary>The control group's daily rate of leaving benefit: 1 − e^(−365λ) ≈ 25 % within a year.</summary>
    private static readonly double ControlDailyRate = -Math.Log(0.75) / 365;

    public static async Task<int> SeedAsync(TautokoDbContext db, int seed, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Trials.AnyAsync(t => t.Name == Name, ct))
        {
            return 0;
        }

        var author = await db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.NationalOffice).OrderBy(s => s.StaffNumber).Select(s => (StaffId?)s.Id).FirstOrDefaultAsync(ct);
        if (author is null)
        {
            return 0;
        }

        var selection = today.AddMonths(-37);
        var oldest = selection.AddYears(-40).AddDays(1);
        var youngest = selection.AddYears(-25);
        var clients = await (
                from c in db.Clients
                join s in db.Sites on c.HomeSiteId equals s.Id
                where !c.IsRestricted && s.Kind == SiteKind.ServiceCentre && c.DateOfBirth >= oldest && c.DateOfBirth <= youngest
                      && !db.Placements.Any(p => p.ClientId == c.Id && p.EndedAt == null && p.Service == CaseManagementService.IntensiveClientSupport)
                orderby c.ClientNumber
                select c)
            .Take(Participants).ToListAsync(ct);
        if (clients.Count == 0)
        {
            return 0;
        }

        var ids = clients.Select(c => c.Id).ToList();
        await db.BenefitSpells.Where(s => ids.Contains(s.ClientId)).ExecuteDeleteAsync(ct);

        // 1. The history up to selection: eligible under ICS-X, checked by the real rules.
        var criteria = TrialCriteria.IcsX;
        var before = new Dictionary<ClientId, List<BenefitSpell>>();
        var candidates = new List<Candidate>();
        var random = new Random(SyntheticRandom.Derive(seed, (SyntheticRandom.Stream)9, 1));
        foreach (var client in clients)
        {
            var firstAge = 17 + random.Next(3);
            var firstStart = client.DateOfBirth.AddYears(firstAge).AddDays(random.Next(0, 300));
            var firstEnd = firstStart.AddDays(200 + random.Next(700));
            var openStart = selection.AddDays(-60 - random.Next(1500));
            if (openStart <= firstEnd)
            {
                openStart = firstEnd.AddDays(1 + random.Next(60));
            }

            if (openStart >= selection)
            {
                openStart = selection.AddDays(-1);
                firstEnd = firstEnd < openStart ? firstEnd : openStart.AddDays(-1);
            }

            var first = new BenefitSpell(Guid.CreateVersion7(), client.Id, BenefitType.JobseekerSupportWorkReady, WorkObligation.FullTime, firstStart);
            first.End(firstEnd, BenefitEndReason.OtherBenefit);
            var (benefit, obligation) = random.NextDouble() < 0.65
                ? (BenefitType.JobseekerSupportWorkReady, WorkObligation.FullTime)
                : (BenefitType.JobseekerSupportHealthConditionOrDisability, random.Pick<WorkObligation>([WorkObligation.WorkPreparation, WorkObligation.PartTime, WorkObligation.FullTime]));
            var open = new BenefitSpell(Guid.CreateVersion7(), client.Id, benefit, obligation, openStart);
            before[client.Id] = [first, open];
            var answer = TrialEligibility.Check(criteria, selection, new EligibilityFacts(client.Id, client.DateOfBirth, benefit, obligation, firstStart, BenefitType.JobseekerSupportWorkReady, null));
            if (answer.Eligible)
            {
                candidates.Add(new Candidate(client.Id, answer.Group!.Label, client.HomeSiteId));
            }
        }

        // 2. The draw, with a recorded seed.
        var drawSeed = (long)SyntheticRandom.Derive(seed, (SyntheticRandom.Stream)9, 2) & int.MaxValue;
        var trial = new Trial(Guid.CreateVersion7(), Name, CaseManagementService.IntensiveClientSupport, selection, selection.AddMonths(36), criteria, false, 1, 1, null, author.Value, now.AddMonths(-37));
        var draw = TrialRandomisation.Assign(candidates, drawSeed, false, 1, 1, null);
        trial.MarkRandomised(drawSeed, author.Value, now.AddMonths(-37));
        db.Trials.Add(trial);
        var arms = draw.Draws.ToDictionary(d => d.ClientId);
        foreach (var d in draw.Draws)
        {
            db.TrialAssignments.Add(new TrialAssignment(Guid.CreateVersion7(), trial.Id, d.ClientId, d.Arm, d.Stratum, d.AgeGroup, d.SiteId, d.Sequence, now.AddMonths(-37)));
        }

        // 3. After selection: leaving benefit at the arm's (synthetic) rate, some returning later; the client's record follows.
        foreach (var client in clients)
        {
            var spells = before[client.Id];
            var open = spells[1];
            var rate = ControlDailyRate;
            if (arms.TryGetValue(client.Id, out var d) && d.Arm == TrialArm.Treatment)
            {
                rate *= d.AgeGroup == "30–39" ? OlderEffect : YoungerEffect;
            }

            var exitDay = (int)Math.Ceiling(-Math.Log(1 - random.NextDouble()) / rate);
            var current = open;
            if (selection.AddDays(exitDay) < today)
            {
                var left = selection.AddDays(exitDay);
                open.End(left, random.NextDouble() < 0.75 ? BenefitEndReason.Work : BenefitEndReason.Other);
                current = null;
                var back = left.AddDays(30 + (int)(-Math.Log(1 - random.NextDouble()) * 500));
                if (random.NextDouble() < 0.35 && back < today)
                {
                    current = new BenefitSpell(Guid.CreateVersion7(), client.Id, open.Benefit, open.Obligation, back);
                    spells.Add(current);
                }
            }

            db.BenefitSpells.AddRange(spells);
            client.SetFirstBenefit(TrialEligibility.AgeOn(client.DateOfBirth, spells[0].StartedOn), BenefitType.JobseekerSupportWorkReady);
            client.Update(client.CurrentDetails() with
            {
                Benefit = current?.Benefit ?? BenefitType.None,
                BenefitStartDate = current?.StartedOn,
                Obligation = current?.Obligation ?? WorkObligation.None,
            });
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return draw.Draws.Count;
    }
}
