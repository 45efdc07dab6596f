using System.Text;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;
using Tautoko.Core.Plans;
using Tautoko.Core.StartingWork;

namespace Tautoko.Data.Synthetic;

/// <summary>A batch's Individual Employment Plans, Jobseeker Profiles, CVs, exits into work and part-time earnings.</summary>
public sealed record SyntheticWorkLifeBatch(
    IReadOnlyList<IndividualEmploymentPlan> Plans,
    IReadOnlyList<PlanActivity> Activities,
    IReadOnlyList<JobseekerProfile> Profiles,
    IReadOnlyList<CvDocument> Cvs,
    IReadOnlyList<WorkStart> WorkStarts,
    IReadOnlyList<WorkStartSupport> Supports,
    IReadOnlyList<PartTimeEarning> Earnings);

/// <summary>
/// Employment records for clients who were on an employment caseload (ECM, ECM-R, PBCM), each client from its own derived
/// seed. Most get their plan within 10 days of being placed (R-062's 90 % target, a few late or missing); a tenth of the
/// plans have an overdue activity; activities past their due date are otherwise done; a plan of a client who has
/// left the caseload was closed at the exit. Most have a Jobseeker Profile, of varied completeness; a third of those
/// a CV (one tiny generated PDF, shared). A share of those who left exited into work (with some supports, R-065), and a few
/// still on a caseload declared part-time earnings. Every date lies on or before the reference day.
/// </summary>
public sealed class SyntheticWorkLife
{
    public const double PlannedWithinTenDays = 0.9;

    public const double PlansWithOverdueActivity = 0.1;

    public const double ClientsWithProfile = 0.7;

    public const double ProfilesWithCv = 0.35;

    public const double ExitsIntoWork = 0.3;

    public const double PartTimeEarners = 0.08;

    private const SyntheticRandom.Stream Stream = (SyntheticRandom.Stream)73;

    /// <summary>A minimal valid one-page PDF, the same bytes for every synthetic CV.</summary>
    private static readonly byte[] TinyPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static readonly string[] Activities =
    [
        "Update CV with recent work", "Apply for three suitable roles a week", "Attend a Work Ready seminar", "Complete a forklift licence course",
        "Meet the Employment Support Representative about vacancies", "Register on the Virtual Talent Pool", "Get a restricted driver licence",
        "Complete first aid certificate", "Attend a job interview practice session", "Visit two local employers with the CV",
    ];

    private static readonly string[] Occupations = ["Labourer", "Retail assistant", "Forklift driver", "Kitchenhand", "Cleaner", "Administrator", "Support worker", "Orchard hand", "Truck driver", "Barista"];

    private static readonly string[] Employers = ["Wairarapa Dairy Co", "Kāpiti Joinery", "Northland Orchards", "Southern Freight", "Metro Cleaning Services", "Harbour Café", "Central Aged Care", "Bay Builders"];

    private static readonly (SupportDecision Item, double Weight)[] Decisions = [(SupportDecision.Agreed, 0.6), (SupportDecision.Declined, 0.25), (SupportDecision.Offered, 0.15)];

    private static readonly SustainableEmploymentSupport[] Supports = Enum.GetValues<SustainableEmploymentSupport>();

    private readonly int _seed;
    private readonly DateOnly _today;

    public SyntheticWorkLife(SyntheticDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _seed = dataset.Seed;
        _today = dataset.Today;
    }

    public SyntheticWorkLifeBatch For(SyntheticCaseloadBatch placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        var rows = new Rows();
        var employment = placed.Placements.Where(p => p.Service.IsEmployment()).GroupBy(p => p.ClientId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.StartedOn).First());
        foreach (var client in placed.Clients)
        {
            if (!employment.TryGetValue(client.Client.Id, out var placement))
            {
                continue;
            }

            var random = SyntheticRandom.For(_seed, Stream, client.Index);
            var ordinal = client.Index * 32L;
            Plan(random, placement, ordinal, rows);
            Profile(random, placement, ordinal, rows);
            Work(random, placement, ordinal, rows);
        }

        return new SyntheticWorkLifeBatch(rows.Plans, rows.Activities, rows.Profiles, rows.Cvs, rows.WorkStarts, rows.Supports, rows.Earnings);
    }

    private void Plan(Random random, CaseloadPlacement placement, long ordinal, Rows rows)
    {
        var roll = random.NextDouble();
        var delay = roll < PlannedWithinTenDays ? random.Next(0, 13) : roll < 0.96 ? random.Next(16, 45) : -1;
        var createdOn = placement.StartedOn.AddDays(delay);
        var last = placement.EndedOn ?? _today;
        if (delay < 0 || createdOn > last)
        {
            return;
        }

        var baseMs = SyntheticRandom.UnixMilliseconds(createdOn);
        var plan = new IndividualEmploymentPlan(SyntheticRandom.OrderedGuid(random, baseMs, ordinal), placement.ClientId, createdOn, NzTime.ToUtc(createdOn, new TimeOnly(10, 0)), placement.CaseManagerId);
        var overdue = random.Chance(PlansWithOverdueActivity);
        var count = random.Next(2, 5);
        var added = new List<PlanActivity>();
        for (var k = 0; k < count; k++)
        {
            var due = createdOn.AddDays(random.Next(7, 91));
            if (k == count - 1 && placement.EndedOn is null && due < _today.AddDays(3))
            {
                due = _today.AddDays(random.Next(3, 31));
            }

            added.Add(plan.AddActivity(SyntheticRandom.OrderedGuid(random, baseMs, ordinal + 1 + k), random.Pick(Activities), random.Chance(0.7) ? "Client" : "Case manager", due, NzTime.ToUtc(createdOn, new TimeOnly(10, 5 + k))));
        }

        // One activity still ahead keeps an open plan open; past-due ones are done, unless this plan is one with an overdue activity.
        var asOf = placement.EndedOn ?? _today;
        var pastDue = added.Where(a => a.DueOn < asOf).ToList();
        var keepOverdue = overdue && pastDue.Count > 0 ? pastDue[^1] : null;
        foreach (var activity in pastDue.Where(a => a != keepOverdue))
        {
            var on = activity.DueOn.AddDays(-random.Next(0, 6));
            on = on < createdOn ? createdOn : on;
            plan.Finish(activity.Id, PlanActivityStatus.Done, "Completed as planned.", on, NzTime.ToUtc(on, new TimeOnly(15, 0)));
        }

        if (placement.EndedOn is { } ended && plan.IsOpen)
        {
            // leaving the caseload closed what was left of the plan.
            plan.CloseAtExit(placement.ExitReason?.DisplayName() ?? "left the caseload", placement.EndedById ?? placement.CaseManagerId, ended, NzTime.ToUtc(ended, new TimeOnly(16, 0)));
        }

        rows.Plans.Add(plan);
        rows.Activities.AddRange(plan.Activities);
    }

    private void Profile(Random random, CaseloadPlacement placement, long ordinal, Rows rows)
    {
        if (!random.Chance(ClientsWithProfile))
        {
            return;
        }

        var on = placement.StartedOn.AddDays(random.Next(0, 20));
        on = on > _today ? _today : on;
        var occupation = random.Pick(Occupations);
        string? Part(string text) => random.Chance(0.8) ? text : null;
        var details = new JobseekerProfileDetails(
            Part($"Reliable, works well in a team; experience as a {occupation.ToLowerInvariant()}."),
            Part(random.Chance(0.5) ? "Full driver licence (class 1)." : "Learner licence."),
            Part($"{random.Next(1, 12)} years of work, most recently as a {occupation.ToLowerInvariant()}."),
            Part(occupation),
            Part(random.Chance(0.7) ? "Full time" : "Part time, school hours"),
            random.Chance(0.4) ? "Needs childcare for two children." : null,
            Part(random.Chance(0.6) ? "Own car" : "Public transport"));
        var at = NzTime.ToUtc(on, new TimeOnly(11, 0));
        rows.Profiles.Add(new JobseekerProfile(placement.ClientId, details, placement.CaseManagerId, at));
        if (random.Chance(ProfilesWithCv))
        {
            rows.Cvs.Add(new CvDocument(placement.ClientId, 1, "cv.pdf", CvFileKind.Pdf, TinyPdf, placement.CaseManagerId, at));
        }
    }

    private void Work(Random random, CaseloadPlacement placement, long ordinal, Rows rows)
    {
        if (placement.EndedOn is { } ended && random.Chance(ExitsIntoWork))
        {
            var startedOn = ended.AddDays(-random.Next(0, 8));
            startedOn = startedOn < placement.StartedOn ? placement.StartedOn : startedOn;
            var fullTime = random.Chance(0.65);
            var hours = fullTime ? random.Next(30, 46) : random.Next(10, 30);
            decimal? pay = random.Chance(0.6) ? Math.Round(hours * (23.15m + random.Next(0, 900) / 100m), 2) : null;
            var baseMs = SyntheticRandom.UnixMilliseconds(startedOn);
            var start = new WorkStart(SyntheticRandom.OrderedGuid(random, baseMs, ordinal + 10), placement.ClientId, startedOn, random.Pick(Employers), hours, pay,
                fullTime ? WorkHoursKind.FullTime : WorkHoursKind.PartTime, placement.CaseManagerId, placement.SiteId, placement.CaseManagerId, NzTime.ToUtc(ended, new TimeOnly(12, 0)));
            rows.WorkStarts.Add(start);
            var offered = Supports.Where(_ => random.Chance(0.45)).ToList();
            for (var k = 0; k < offered.Count; k++)
            {
                var decision = random.Pick(Decisions);
                rows.Supports.Add(new WorkStartSupport(SyntheticRandom.OrderedGuid(random, baseMs, ordinal + 11 + k), start.Id, placement.ClientId, offered[k], decision, ended,
                    StartingWorkRules.DefaultFollowUp(offered[k], ended, null), placement.CaseManagerId, NzTime.ToUtc(ended, new TimeOnly(12, 5))));
            }
        }
        else if (placement.EndedOn is null && random.Chance(PartTimeEarners))
        {
            var fromOn = _today.AddDays(-random.Next(0, 90));
            fromOn = fromOn < placement.StartedOn ? placement.StartedOn : fromOn;
            rows.Earnings.Add(new PartTimeEarning(SyntheticRandom.OrderedGuid(random, SyntheticRandom.UnixMilliseconds(fromOn), ordinal + 20), placement.ClientId,
                Math.Round(random.Next(8000, 40000) / 100m, 2), fromOn, placement.CaseManagerId, placement.SiteId, placement.CaseManagerId, NzTime.ToUtc(fromOn, new TimeOnly(9, 30))));
        }
    }

    private sealed class Rows
    {
        public List<IndividualEmploymentPlan> Plans { get; } = [];

        public List<PlanActivity> Activities { get; } = [];

        public List<JobseekerProfile> Profiles { get; } = [];

        public List<CvDocument> Cvs { get; } = [];

        public List<WorkStart> WorkStarts { get; } = [];

        public List<WorkStartSupport> Supports { get; } = [];

        public List<PartTimeEarning> Earnings { get; } = [];
    }
}
