using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Complaints;
using Tautoko.Core.DiscretionaryFund;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Synthetic;

/// <summary>A batch's complaints about staff and discretionary fund grants.</summary>
public sealed record SyntheticComplaintBatch(IReadOnlyList<Complaint> Complaints, IReadOnlyList<DiscretionaryFundGrant> Grants);

/// <summary>
/// Complaints about frontline staff and ICS discretionary fund grants for a batch of placed clients, each client from its
/// own derived seed (same seed, same rows, in any thread). Complaints name a frontline member of the client's home site
/// (often their case manager); those closed carry Table Eight's outcome mix, the recent ones are partly still open.
/// Clients on an ICS caseload sometimes have a grant from the fund: mostly up to $500 on the spot, some over it approved by
/// the site's Service Centre Manager. Every instant lies before the reference day.
/// </summary>
public sealed class SyntheticComplaints
{
    /// <summary>
    /// Complaints per client per year. Table Eight has about 2,600 a year nationally; a million synthetic clients over two years
    /// then give about ten thousand, the seed's four-year total, and a demo of 5,000 clients a couple of dozen.
    /// </summary>
    public const double ComplaintsPerClientYear = 0.005;

    /// <summary>004 §2.6: "infrequently used" — the share of ICS clients with a grant in the history window.</summary>
    public const double IcsClientsWithGrant = 0.15;

    // A stream of its own (SyntheticRandom.Stream numbers the others), so these draws leave every other table as it was.
    private const SyntheticRandom.Stream Stream = (SyntheticRandom.Stream)61;

    private static readonly (ComplaintOutcome Item, double Weight)[] OutcomeMix =
        [.. ComplaintOutcomes.All.Select(o => (o, (double)o.SeedGrandTotal()))];

    private static readonly (ComplaintChannel Item, double Weight)[] ChannelMix =
        [(ComplaintChannel.Phone, 40), (ComplaintChannel.FaceToFace, 25), (ComplaintChannel.Email, 20), (ComplaintChannel.Online, 10), (ComplaintChannel.Letter, 5)];

    private static readonly string[] Descriptions =
    [
        "Felt the staff member was rude and dismissive at the front counter.",
        "Was kept waiting well past the appointment time and spoken to curtly when asking why.",
        "Says the staff member hung up during a phone call about a hardship grant.",
        "Felt judged when explaining their circumstances; asked for a different case manager.",
        "Was told conflicting things about what they were entitled to and felt brushed off.",
        "Says their personal details were discussed where others could hear.",
        "Staff member did not call back as promised after a missed appointment.",
        "Felt pressured to accept a job referral without their health condition being considered.",
    ];

    private static readonly string[] Notes =
    [
        "Spoke with the client and the staff member; apology given.",
        "Letter sent summarising the manager's review.",
        "Client did not respond to two calls; message left.",
        "Discussed with the staff member; coaching arranged.",
    ];

    private static readonly (DiscretionaryFundPurpose Item, double Weight)[] PurposeMix =
        [(DiscretionaryFundPurpose.DriverLicenceTesting, 35), (DiscretionaryFundPurpose.RehabilitationFees, 25), (DiscretionaryFundPurpose.SmallBusinessStartUp, 15), (DiscretionaryFundPurpose.Other, 25)];

    private static readonly StaffRole[] Frontline =
    [
        StaffRole.CaseManager, StaffRole.EmploymentCaseManager, StaffRole.IntensiveClientSupportManager, StaffRole.CustomerServiceRepresentative,
        StaffRole.ContactCentreOfficer, StaffRole.StudyLinkOfficer, StaffRole.EmploymentSupportRepresentative, StaffRole.Connector,
    ];

    private readonly int _seed;
    private readonly DateOnly _today;
    private readonly int _historyDays;
    private readonly Dictionary<SiteId, StaffId[]> _frontlineBySite;
    private readonly Dictionary<SiteId, StaffId> _managerBySite;
    private readonly Dictionary<StaffId, SiteId> _siteOf;

    public SyntheticComplaints(SyntheticDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _seed = dataset.Seed;
        _today = dataset.Today;
        _historyDays = Math.Max(30, dataset.Profile.HistoryDays);
        _frontlineBySite = dataset.Staff.Where(s => s.IsActive && Frontline.Contains(s.Role)).GroupBy(s => s.SiteId).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToArray());
        _managerBySite = dataset.Staff.Where(s => s.Role == StaffRole.ServiceCentreManager).GroupBy(s => s.SiteId).ToDictionary(g => g.Key, g => g.First().Id);
        _siteOf = dataset.Staff.ToDictionary(s => s.Id, s => s.SiteId);
    }

    public SyntheticComplaintBatch For(SyntheticCaseloadBatch placed)
    {
        ArgumentNullException.ThrowIfNull(placed);
        var placements = placed.Placements.GroupBy(p => p.ClientId).ToDictionary(g => g.Key, g => g.ToList());
        var complaints = new List<Complaint>();
        var grants = new List<DiscretionaryFundGrant>();
        var mean = ComplaintsPerClientYear * _historyDays / 365.0;
        var anyComplaint = 1 - Math.Exp(-mean);
        foreach (var client in placed.Clients)
        {
            var own = placements.GetValueOrDefault(client.Client.Id) ?? [];
            var hasIcs = own.Any(p => p.Service == CaseManagementService.IntensiveClientSupport);

            // Most clients have neither: one cheap derived number decides, so the national load's single producer thread
            // does not seed a Random for each of a million clients.
            var first = SyntheticRandom.Derive(_seed, Stream, client.Index) / (double)int.MaxValue;
            var complains = first < anyComplaint;
            if (!complains && !hasIcs)
            {
                continue;
            }

            var random = SyntheticRandom.For(_seed, Stream, client.Index);
            // Given at least one complaint, about one (a zero-truncated Poisson for the small mean).
            var count = complains ? 1 + random.Poisson(mean) : 0;
            for (var k = 0; k < count; k++)
            {
                if (Complaint(random, client, own, (client.Index * 8L) + k) is { } complaint)
                {
                    complaints.Add(complaint);
                }
            }

            foreach (var ics in own.Where(p => p.Service == CaseManagementService.IntensiveClientSupport))
            {
                if (random.Chance(IcsClientsWithGrant))
                {
                    var n = random.Chance(0.25) ? 2 : 1;
                    for (var k = 0; k < n; k++)
                    {
                        if (Grant(random, ics, (client.Index * 8L) + k) is { } grant)
                        {
                            grants.Add(grant);
                        }
                    }
                }
            }
        }

        return new SyntheticComplaintBatch(complaints, grants);
    }

    private Complaint? Complaint(Random random, SyntheticClient client, List<CaseloadPlacement> placements, long ordinal)
    {
        var site = client.Client.HomeSiteId;
        var caseManager = placements.Where(p => p.EndedOn is null).Select(p => (StaffId?)p.CaseManagerId).FirstOrDefault();
        StaffId named;
        if (caseManager is { } cm && random.Chance(0.5))
        {
            named = cm;
            site = _siteOf[cm];
        }
        else if (_frontlineBySite.TryGetValue(site, out var frontline) && frontline.Length > 0)
        {
            named = random.Pick(frontline);
        }
        else
        {
            return null;
        }

        if (!_managerBySite.TryGetValue(site, out var manager))
        {
            return null;
        }

        var daysAgo = random.Next(1, _historyDays);
        var receivedOn = _today.AddDays(-daysAgo);
        var recordedAt = NzTime.ToUtc(receivedOn, new TimeOnly(9 + random.Next(7), random.Next(60)));
        var complaint = new Complaint(
            SyntheticRandom.OrderedGuid(random, SyntheticRandom.UnixMilliseconds(receivedOn), ordinal),
            named,
            site,
            random.Chance(0.9) ? client.Client.Id : null,
            receivedOn,
            random.Pick(ChannelMix),
            random.Pick(Descriptions),
            manager,
            recordedAt);

        // Recent complaints are partly still open; older ones carry an outcome in Table Eight's proportions.
        if (daysAgo <= 21 && random.Chance(0.6))
        {
            return complaint;
        }

        var closedOn = receivedOn.AddDays(1 + random.Next(Math.Max(1, Math.Min(45, daysAgo - 1))));
        if (closedOn >= _today)
        {
            closedOn = _today.AddDays(-1);
        }

        complaint.RecordOutcome(random.Pick(OutcomeMix), random.Chance(0.7) ? random.Pick(Notes) : null, manager, NzTime.ToUtc(closedOn, new TimeOnly(15, random.Next(60))));
        return complaint;
    }

    private DiscretionaryFundGrant? Grant(Random random, CaseloadPlacement ics, long ordinal)
    {
        var first = ics.StartedOn > _today.AddDays(-_historyDays) ? ics.StartedOn : _today.AddDays(-_historyDays);
        var span = _today.DayNumber - 1 - first.DayNumber;
        if (span < 1 || !_managerBySite.TryGetValue(ics.SiteId, out var manager))
        {
            return null;
        }

        var on = first.AddDays(random.Next(span));
        var purpose = random.Pick(PurposeMix);
        var over = random.Chance(0.12);

        // Whole dollars or fifty cents, as fees and quotes usually are.
        var amount = over ? 520m + random.Next(0, 2000) : 40m + random.Next(0, 461);
        amount = Math.Min(amount + (random.Chance(0.3) ? 0.50m : 0m), over ? 2500m : DiscretionaryFundRules.OnTheSpotLimit);
        var grant = DiscretionaryFundGrant.Request(
            SyntheticRandom.OrderedGuid(random, SyntheticRandom.UnixMilliseconds(on), ordinal),
            ics.ClientId,
            ics.CaseManagerId,
            ics.SiteId,
            amount,
            purpose,
            Detail(purpose),
            over ? manager : null,
            NzTime.ToUtc(on, new TimeOnly(10 + random.Next(6), random.Next(60))),
            on);
        if (over)
        {
            var decidedOn = on.AddDays(1 + random.Next(3));
            if (decidedOn < _today)
            {
                grant.Decide(random.Chance(0.85), manager, NzTime.ToUtc(decidedOn, new TimeOnly(11, random.Next(60))), decidedOn, random.Chance(0.5) ? "Quote and plan seen." : null);
            }
        }

        return grant;
    }

    private static string Detail(DiscretionaryFundPurpose purpose) => purpose switch
    {
        DiscretionaryFundPurpose.RehabilitationFees => "Fees for an alcohol and drug rehabilitation programme.",
        DiscretionaryFundPurpose.SmallBusinessStartUp => "Initial stock and equipment for a small business.",
        DiscretionaryFundPurpose.DriverLicenceTesting => "Licence test fee after an earlier fail; no longer eligible for standard support.",
        DiscretionaryFundPurpose.Other => "Work boots and travel to a job trial.",
    };
}
