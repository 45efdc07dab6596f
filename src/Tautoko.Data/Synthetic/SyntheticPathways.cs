using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Employment;

namespace Tautoko.Data.Synthetic;

/// <summary>A batch's Pathways to Employment plans and Virtual Talent Pool memberships.</summary>
public sealed record SyntheticPathwaysBatch(IReadOnlyList<PtePlan> Plans, IReadOnlyList<VtpMembership> Memberships);

/// <summary>
/// PTE plans and VTP memberships for clients with full- or part-time obligations on an employment caseload, each client
/// from its own derived seed (our proportions; the seeds give none): of those clients, 45 % have a completed PTE plan,
/// 15 % an active one, 10 % a draft, 15 % one recorded as not appropriate and 15 % none yet; 15 % are referred to the
/// Virtual Talent Pool, 15 % joined, 5 % joined and left, 20 % recorded as not appropriate and 45 % have no record.
/// Every date lies between the placement's start and the reference day.
/// </summary>
public sealed class SyntheticPathways
{
    private const SyntheticRandom.Stream Stream = (SyntheticRandom.Stream)83;

    private static readonly (PtePlanStatus? Item, double Weight)[] PteShares =
        [(PtePlanStatus.Completed, 0.45), (PtePlanStatus.Active, 0.15), (PtePlanStatus.Draft, 0.10), (PtePlanStatus.NotAppropriate, 0.15), (null, 0.15)];

    private static readonly (VtpStatus? Item, double Weight)[] VtpShares =
        [(VtpStatus.Referred, 0.15), (VtpStatus.Joined, 0.15), (VtpStatus.Left, 0.05), (VtpStatus.NotAppropriate, 0.20), (null, 0.45)];

    private static readonly string[] Milestones =
    [
        "Finish the forklift licence course\nApply for three warehouse roles a week",
        "Get a restricted driver licence\nWork trial with a local employer",
        "Complete first aid certificate\nApply for support worker roles",
        "Attend a Work Ready seminar\nUpdate CV\nTwo employer visits a fortnight",
        "Level 2 hospitality course\nBarista work experience\nApply for café roles",
    ];

    private static readonly string[] Pools = ["Logistics and warehousing", "Hospitality", "Retail", "Construction", "Primary industries", "Health and care", "Administration"];

    private static readonly string[] NotAppropriateReasons =
    [
        "Has a confirmed job offer starting soon.", "Already working with a contracted employment provider.", "Health condition being assessed; revisit at the next review.",
        "Returning to study; revisit when the course ends.",
    ];

    private readonly int _seed;
    private readonly DateOnly _today;

    public SyntheticPathways(SyntheticDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _seed = dataset.Seed;
        _today = dataset.Today;
    }

    public SyntheticPathwaysBatch For(IReadOnlyList<Client> clients, IReadOnlyList<CaseloadPlacement> placements)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(placements);
        var current = placements.Where(p => p.Service.IsEmployment() && p.EndedOn is null).GroupBy(p => p.ClientId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.StartedOn).First());
        var plans = new List<PtePlan>();
        var memberships = new List<VtpMembership>();
        foreach (var client in clients)
        {
            if (client.Obligation is not (WorkObligation.FullTime or WorkObligation.PartTime) || !current.TryGetValue(client.Id, out var placement))
            {
                continue;
            }

            var random = SyntheticRandom.For(_seed, Stream, BitConverter.ToInt64(client.Id.Value.ToByteArray(), 8) & long.MaxValue);
            var start = placement.StartedOn > _today ? _today : placement.StartedOn;
            DateOnly Between(DateOnly from) => from.AddDays(random.Next(0, Math.Max(1, _today.DayNumber - from.DayNumber + 1)));

            if (random.Pick(PteShares) is { } pte)
            {
                var startedOn = Between(start);
                var details = pte switch
                {
                    PtePlanStatus.NotAppropriate => new PtePlanDetails(pte, null, null, null, random.Pick(NotAppropriateReasons)),
                    PtePlanStatus.Draft => new PtePlanDetails(pte, random.Pick(Milestones), null, null, null),
                    PtePlanStatus.Active => new PtePlanDetails(pte, random.Pick(Milestones), startedOn, null, null),
                    _ => new PtePlanDetails(pte, random.Pick(Milestones), startedOn, Between(startedOn), null),
                };
                var on = details.CompletedOn ?? details.StartedOn ?? start;
                plans.Add(new PtePlan(client.Id, details, placement.CaseManagerId, NzTime.ToUtc(on, new TimeOnly(11, 30))));
            }

            if (random.Pick(VtpShares) is { } vtp)
            {
                var referredOn = Between(start);
                var joinedOn = Between(referredOn);
                var details = vtp switch
                {
                    VtpStatus.NotAppropriate => new VtpMembershipDetails(vtp, null, null, null, null, random.Pick(NotAppropriateReasons)),
                    VtpStatus.Referred => new VtpMembershipDetails(vtp, random.Pick(Pools), referredOn, null, null, null),
                    VtpStatus.Joined => new VtpMembershipDetails(vtp, random.Pick(Pools), referredOn, joinedOn, null, null),
                    _ => new VtpMembershipDetails(vtp, random.Pick(Pools), referredOn, joinedOn, Between(joinedOn), null),
                };
                var on = details.LeftOn ?? details.JoinedOn ?? details.ReferredOn ?? start;
                memberships.Add(new VtpMembership(client.Id, details, placement.CaseManagerId, NzTime.ToUtc(on, new TimeOnly(14, 0))));
            }
        }

        return new SyntheticPathwaysBatch(plans, memberships);
    }
}
