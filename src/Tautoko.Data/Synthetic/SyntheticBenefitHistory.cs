using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Data.Synthetic;

/// <summary>
/// Each client's benefit spells: the current one (from the client's benefit and start date) and earlier
/// ones that ended, some of them in work. Whether a spell ends in work soon follows a known pattern —
/// young, work-ready, full-time obligations and a short time on benefit help; health conditions,
/// sole parenting, sanctions and emergency housing hold people back — so the LMI1 model has something
/// real to learn from its own history. Nothing here is a real person's history.
/// </summary>
internal sealed class SyntheticBenefitHistory(int seed, DateOnly today, int historyDays)
{
    // A stream of its own (after the foundation's four), so history never shifts the other generated data.
    private const SyntheticRandom.Stream HistoryStream = (SyntheticRandom.Stream)5;

    public IReadOnlyList<BenefitSpell> For(int index, Client client)
    {
        var random = SyntheticRandom.For(seed, HistoryStream, index);
        var spells = new List<BenefitSpell>(3);
        var ordinal = 0;
        DateOnly nextStart;
        if (client.Benefit != BenefitType.None)
        {
            var start = client.BenefitStartDate ?? today.AddDays(-1);
            spells.Add(new BenefitSpell(Id(random, index, ordinal++), client.Id, client.Benefit, client.Obligation, start));
            nextStart = start;
        }
        else
        {
            // Off benefit today: most such clients left for work recently.
            nextStart = today.AddDays(-random.Next(1, Math.Max(2, historyDays / 2)));
        }

        var earliest = today.AddDays(-historyDays - 365);
        var previous = client.Benefit == BenefitType.None ? 1 : random.Pick<int>([(0, 45), (1, 35), (2, 20)]);
        for (var p = 0; p < previous; p++)
        {
            var gap = client.Benefit == BenefitType.None && p == 0 ? 0 : 1 + random.ExponentialDays(150);
            var ended = nextStart.AddDays(-gap);
            var benefit = random.Chance(0.6) && client.Benefit is not (BenefitType.None or BenefitType.NewZealandSuperannuation or BenefitType.SupplementaryOnly)
                ? client.Benefit
                : BenefitType.JobseekerSupportWorkReady;
            var obligation = ObligationFor(benefit, client);
            var startedAt = AgeOn(client.DateOfBirth, ended);
            if (startedAt < 18)
            {
                break;
            }

            var jobReady = random.Chance(JobReadiness(startedAt, benefit, obligation, client));
            var length = 1 + (jobReady ? random.ExponentialDays(45) : random.ExponentialDays(600));
            var started = ended.AddDays(-length);
            if (started < earliest || started < client.DateOfBirth.AddYears(16))
            {
                break;
            }

            var reason = client.Benefit == BenefitType.None && p == 0 ? BenefitEndReason.Work
                : jobReady ? (random.Chance(0.85) ? BenefitEndReason.Work : BenefitEndReason.Other)
                : random.Pick<BenefitEndReason>([(BenefitEndReason.Work, 35), (BenefitEndReason.OtherBenefit, 25), (BenefitEndReason.Other, 40)]);
            var spell = new BenefitSpell(Id(random, index, ordinal++), client.Id, benefit, obligation, started);
            spell.End(ended, reason);
            spells.Add(spell);
            nextStart = started;
        }

        return spells;
    }

    /// <summary>The chance a spell is "job-ready" (short, ending in work): the pattern the model should find.</summary>
    private static double JobReadiness(int age, BenefitType benefit, WorkObligation obligation, Client client)
    {
        var logit = -0.4;
        logit += age switch
        {
            <= 24 => 0.6,
            <= 34 => 0.3,
            <= 49 => 0.0,
            _ => -0.6,
        };
        logit += benefit switch
        {
            BenefitType.JobseekerSupportWorkReady => 0.5,
            BenefitType.JobseekerSupportHealthConditionOrDisability => -1.0,
            BenefitType.SoleParentSupport => -0.8,
            BenefitType.SupportedLivingPayment => -2.5,
            BenefitType.EmergencyBenefit => 0.0,
            _ => -0.5,
        };
        logit += obligation switch
        {
            WorkObligation.FullTime => 0.4,
            WorkObligation.PartTime => 0.0,
            WorkObligation.WorkPreparation => -0.5,
            WorkObligation.None => -1.0,
        };
        if (client.DependentChildren.Any())
        {
            logit -= 0.3;
        }

        if (client.Flags.HasFlag(ClientFlags.ObligationsFailureOrSanction))
        {
            logit -= 0.5;
        }

        if (client.Flags.HasFlag(ClientFlags.EmergencyHousingOrHomeless))
        {
            logit -= 0.7;
        }

        if (client.Flags.HasFlag(ClientFlags.LowTrust))
        {
            logit -= 0.3;
        }

        return 1.0 / (1.0 + Math.Exp(-logit));
    }

    private static WorkObligation ObligationFor(BenefitType benefit, Client client) => benefit switch
    {
        BenefitType.JobseekerSupportWorkReady => client.DependentChildren.Any() ? WorkObligation.PartTime : WorkObligation.FullTime,
        _ => client.Obligation,
    };

    private static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        return date < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    private static Guid Id(Random random, int index, int ordinal)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[0] = 0xB5;
        bytes[1] = (byte)(index >> 24);
        bytes[2] = (byte)(index >> 16);
        bytes[3] = (byte)(index >> 8);
        bytes[4] = (byte)index;
        bytes[5] = (byte)ordinal;
        bytes[6] = (byte)(0x40 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
