using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>A batch of clients' hardship applications (with their decisions) and reviews of decision.</summary>
public sealed record SyntheticHardshipBatch(IReadOnlyList<HardshipApplication> Applications, IReadOnlyList<DecisionReview> Reviews);

/// <summary>
/// Hardship applications over the last year for about a quarter of the clients, decided by a case manager of the client's
/// home site. Declines follow seed 000's proportions: food declines by Table One's reasons (2020), household items by the
/// ten reasons of Tables Two to Five (2020); supplementary assistance by Table One's too. About one decline in twelve is
/// reviewed, with Table Seven's outcome mix; an overturned or partly upheld decline becomes a grant linked to its review.
/// Each client's rows come from (seed, client index) alone, so batches can be made in any order.
/// </summary>
public sealed class SyntheticHardship
{
    private static readonly (HardshipNeed Need, SupplementaryAssistanceCategory? Category, decimal Min, decimal Max, bool Recoverable, string Detail)[] Needs =
    [
        (HardshipNeed.Food, null, 60m, 300m, false, "Food until next payday."),
        (HardshipNeed.Food, null, 60m, 300m, false, "Food after an unexpected bill."),
        (HardshipNeed.Food, null, 60m, 300m, false, "Food for the children over the school holidays."),
        (HardshipNeed.WashingMachineOrFridge, null, 400m, 1200m, true, "The fridge broke down."),
        (HardshipNeed.BedsTablesOrChairs, null, 150m, 900m, true, "Beds for the children."),
        (HardshipNeed.OtherAppliances, null, 60m, 400m, true, "A heater for winter."),
        (HardshipNeed.OtherFurniture, null, 100m, 700m, true, "Drawers and a table after moving house."),
        (HardshipNeed.Other, SupplementaryAssistanceCategory.RecoverableAssistancePayment, 150m, 1500m, true, "Car repairs to get to work."),
        (HardshipNeed.Other, SupplementaryAssistanceCategory.SpecialNeedsGrant, 50m, 600m, false, "Power bill arrears."),
        (HardshipNeed.Other, SupplementaryAssistanceCategory.AdvancePayments, 100m, 1000m, true, "Rent arrears: advance on benefit."),
        (HardshipNeed.Other, SupplementaryAssistanceCategory.FuneralGrant, 500m, 2300m, false, "Funeral costs of a parent."),
        (HardshipNeed.Other, SupplementaryAssistanceCategory.TemporaryAdditionalSupport, 50m, 300m, false, "Weekly costs above income."),
        (HardshipNeed.Other, SupplementaryAssistanceCategory.WinterEnergyPayment, 50m, 450m, false, "Heating over winter."),
    ];

    private readonly int _seed;
    private readonly DateOnly _today;
    private readonly Dictionary<SiteId, StaffId[]> _caseManagers;

    public SyntheticHardship(SyntheticDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _seed = dataset.Seed;
        _today = dataset.Today;
        _caseManagers = dataset.Staff.Where(s => s.Role.IsCaseManager() || s.Role == StaffRole.ServiceCentreManager)
            .GroupBy(s => s.SiteId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Role.IsCaseManager() ? 0 : 1).ThenBy(s => s.StaffNumber).Select(s => s.Id).ToArray());
    }

    public SyntheticHardshipBatch For(IReadOnlyList<SyntheticClient> clients)
    {
        var applications = new List<HardshipApplication>();
        var reviews = new List<DecisionReview>();
        foreach (var generated in clients)
        {
            var client = generated.Client;
            if (client.IsRestricted || !_caseManagers.TryGetValue(client.HomeSiteId, out var staff) || staff.Length == 0)
            {
                continue;
            }

            var random = new Random(unchecked((_seed * 1_000_003) ^ (generated.Index * 7_919) ^ 0x4841));
            if (random.NextDouble() >= 0.25)
            {
                continue;
            }

            var count = 1 + (random.NextDouble() < 0.3 ? random.Next(1, 3) : 0);
            for (var n = 0; n < count; n++)
            {
                Add(client.Id, staff, random, applications, reviews);
            }
        }

        return new SyntheticHardshipBatch(applications, reviews);
    }

    private void Add(ClientId client, StaffId[] staff, Random random, List<HardshipApplication> applications, List<DecisionReview> reviews)
    {
        var need = Needs[random.Next(Needs.Length)];
        var daysAgo = random.Next(1, 365);
        var day = _today.AddDays(-daysAgo);
        var received = NzTime.ToUtc(day, new TimeOnly(9 + random.Next(0, 7), random.Next(0, 60)));
        var amount = decimal.Round(need.Min + (decimal)random.NextDouble() * (need.Max - need.Min), 2);
        var caseManager = staff[random.Next(staff.Length)];
        var channel = random.NextDouble() < 0.6 ? ContactChannel.FaceToFace : ContactChannel.Phone;
        var application = new HardshipApplication(DeterministicGuid(random), client, null, need.Need, need.Category, amount, need.Recoverable, channel, need.Detail, caseManager, received);
        applications.Add(application);
        if (daysAgo <= 1 && random.NextDouble() < 0.5)
        {
            return; // a few of yesterday's are still awaiting a decision
        }

        var decidedAt = received.AddMinutes(random.Next(10, 240));
        var roll = random.NextDouble();
        if (roll < 0.62)
        {
            application.Decide(DecisionKind.GrantInFull, null, null, null, caseManager, decidedAt);
            return;
        }

        if (roll < 0.72)
        {
            application.Decide(DecisionKind.GrantInPart, decimal.Round(amount * (decimal)(0.4 + random.NextDouble() * 0.5), 2), null, "Granted in part: the rest can be met from the client's own budget.", caseManager, decidedAt);
            return;
        }

        var weights = need.Need switch
        {
            HardshipNeed.Food or HardshipNeed.Other => HardshipLists.FoodDeclines2020,
            _ => HardshipLists.HouseholdItemDeclines2020,
        };
        var reason = Pick(weights, random);
        application.Decide(DecisionKind.Decline, null, reason, $"Declined: {reason.PlainWords()}.", caseManager, decidedAt);
        if (random.NextDouble() >= 1.0 / 12)
        {
            return;
        }

        var notice = NzTime.DateOf(decidedAt);
        var requested = notice.AddDays(random.Next(1, 80));
        if (requested >= _today)
        {
            return;
        }

        var outcome = Pick(HardshipLists.ReviewOutcomeTotals, random);
        var late = outcome == ReviewOutcome.DeclinedAtOutOfTimeStage;
        if (late)
        {
            requested = ReviewWindow.Default.LastDay(notice).AddDays(random.Next(1, 20));
            if (requested >= _today)
            {
                return;
            }
        }

        var requestedAt = NzTime.ToUtc(requested, new TimeOnly(10, 0));
        var review = new DecisionReview(DeterministicGuid(random), application, random.NextDouble() < 0.85 ? ReviewRequester.Client : ReviewRequester.Agent,
            "The client disagrees: the need was essential.", late ? "The client did not get the letter until later." : null, notice, requested, ReviewWindow.Default, caseManager, requestedAt);
        reviews.Add(review);
        var internalDone = requested.AddDays(random.Next(3, ReviewWindow.DefaultInternalReviewDays + 5));
        if (internalDone >= _today)
        {
            return; // still at internal review (some overdue)
        }

        if (!outcome.IsInternalStage())
        {
            var hearing = internalDone.AddDays(random.Next(14, 60));
            review.ReferToCommittee(hearing, internalDone, caseManager, NzTime.ToUtc(internalDone, new TimeOnly(15, 0)));
            if (hearing >= _today)
            {
                return; // awaiting the hearing
            }

            internalDone = hearing;
        }

        var closedAt = NzTime.ToUtc(internalDone, new TimeOnly(16, 0));
        decimal? part = outcome == ReviewOutcome.PartiallyUpheldAtBrc ? decimal.Round(amount * 0.5m, 2) : null;
        if (review.Close(outcome, part, amount, null, caseManager, closedAt) is { } grant)
        {
            application.GrantOnReview(review.Id, grant, closedAt);
        }
    }

    private static T Pick<T>(IReadOnlyDictionary<T, int> weights, Random random)
        where T : notnull
    {
        var total = weights.Values.Sum();
        var at = random.Next(total);
        foreach (var (key, weight) in weights)
        {
            if (at < weight)
            {
                return key;
            }

            at -= weight;
        }

        return weights.Keys.Last();
    }

    private static Guid DeterministicGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
