using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Core.Assignment;

/// <summary>
/// Today's thresholds on the dates the assignment rules read, so a database can sort clients into the rules' bands
/// with plain date comparisons and count them, instead of handing every client to the host. Each threshold is found
/// with the rule's own date arithmetic (<see cref="PriorityCohorts.AgeOn"/>, <see cref="PriorityCohorts.MonthsOnBenefit"/>,
/// <see cref="AssignmentWeights.CountedWeeks"/>), so "born after X" means exactly "aged 24 or less today".
/// </summary>
public sealed record AssignmentBands(
    DateOnly Today,
    DateOnly YouthBornAfter,
    DateOnly YouthBornOnOrBefore,
    DateOnly UnderTwoYearsStartedAfter,
    DateOnly WaitingCapSince,
    int WaitingCapWeeks)
{
    public static AssignmentBands For(DateOnly today, AssignmentWeights weights)
    {
        // aged 18–24 ⇔ born on or before the last birthday date that makes 18, and after the last that makes 25.
        var youthOnOrBefore = Latest(today.AddYears(-18), d => PriorityCohorts.AgeOn(d, today) >= 18);
        var youthAfter = Latest(today.AddYears(-25), d => PriorityCohorts.AgeOn(d, today) >= 25);

        // under 24 months on benefit ⇔ started after the last start date that makes 24 months (or not known).
        var underAfter = Latest(today.AddMonths(-24), d => PriorityCohorts.MonthsOnBenefit(d, today) >= 24);
        return new AssignmentBands(today, youthAfter, youthOnOrBefore, underAfter, today.AddDays(-7 * weights.WaitingCapWeeks), weights.WaitingCapWeeks);
    }

    /// <summary>Aged 18–24 today.</summary>
    public bool IsYouthAge(DateOnly dateOfBirth) => dateOfBirth > YouthBornAfter && dateOfBirth <= YouthBornOnOrBefore;

    /// <summary>Under 24 months on benefit today (an unknown start counts as just started).</summary>
    public bool IsUnderTwoYears(DateOnly? benefitStart) => benefitStart is not { } s || s > UnderTwoYearsStartedAfter;

    /// <summary>
    /// Counted weeks of waiting from the date waiting counts from (the later of the benefit start and the last
    /// placement's end), as the database computes them with <see cref="WaitingCapSince"/>: the same as
    /// <see cref="AssignmentWeights.CountedWeeks"/> of the days waited.
    /// </summary>
    public int CountedWeeks(DateOnly? since) =>
        since is not { } s || s >= Today ? 0 : s <= WaitingCapSince ? WaitingCapWeeks : (Today.DayNumber - s.DayNumber) / 7;

    /// <summary>
    /// Facts that the rules read exactly as they read any client in the same bands: a stand-in for a group of clients the
    /// database counted together. Dates are the bands' own thresholds; waiting is not read from them (the database counts weeks).
    /// </summary>
    public ClientAssignmentFacts StandIn(SiteId site, RegionId region, ClientBandFlags bands) => new(
        new ClientId(Guid.Empty),
        site,
        region,
        bands.HasFlag(ClientBandFlags.YouthAge) ? YouthBornOnOrBefore : Today,
        bands.HasFlag(ClientBandFlags.NotOnBenefit) ? BenefitType.None
            : bands.HasFlag(ClientBandFlags.JobseekerWorkReady) ? BenefitType.JobseekerSupportWorkReady
            : OtherBenefit,
        bands.HasFlag(ClientBandFlags.UnderTwoYears) ? null : UnderTwoYearsStartedAfter,
        bands.HasFlag(ClientBandFlags.PartOrFullTimeObligations) ? WorkObligation.FullTime : WorkObligation.None,
        bands.HasFlag(ClientBandFlags.PhoneException) ? PhoneBasedRules.ExceptionFlags : ClientFlags.None,
        bands.HasFlag(ClientBandFlags.DependentChildren),
        bands.HasFlag(ClientBandFlags.Lmi1),
        false,
        bands.HasFlag(ClientBandFlags.OnCaseload),
        null,
        bands.HasFlag(ClientBandFlags.LeftForContractedService));

    /// <summary>The bands of one client's facts, as the database computes them (for tests and the per-client path).</summary>
    public ClientBandFlags BandsOf(ClientAssignmentFacts facts)
    {
        var bands = ClientBandFlags.None;
        var ftpt = facts.Obligation is WorkObligation.FullTime or WorkObligation.PartTime;
        if (facts.Benefit == BenefitType.JobseekerSupportWorkReady || (ftpt && IsYouthAge(facts.DateOfBirth)))
        {
            bands |= ClientBandFlags.Possible;
        }

        bands |= facts.IsOnCaseload ? ClientBandFlags.OnCaseload : 0;
        bands |= facts.Benefit == BenefitType.None ? ClientBandFlags.NotOnBenefit : 0;
        bands |= facts.HasLmi1 ? ClientBandFlags.Lmi1 : 0;
        bands |= facts.LastPlacementEndedForContractedService ? ClientBandFlags.LeftForContractedService : 0;
        bands |= IsYouthAge(facts.DateOfBirth) ? ClientBandFlags.YouthAge : 0;
        bands |= ftpt ? ClientBandFlags.PartOrFullTimeObligations : 0;
        bands |= facts.Benefit == BenefitType.JobseekerSupportWorkReady ? ClientBandFlags.JobseekerWorkReady : 0;
        bands |= facts.HasDependentChildren ? ClientBandFlags.DependentChildren : 0;
        bands |= IsUnderTwoYears(facts.BenefitStartDate) ? ClientBandFlags.UnderTwoYears : 0;
        bands |= facts.HasLowTrustTag || (facts.Flags & PhoneBasedRules.ExceptionFlags) != 0 ? ClientBandFlags.PhoneException : 0;
        return bands;
    }

    /// <summary>A benefit that is neither none nor JS-WR, for stand-ins (the rules only ask "none?" and "JS-WR?").</summary>
    private static readonly BenefitType OtherBenefit = Enum.GetValues<BenefitType>().First(b => b is not BenefitType.None and not BenefitType.JobseekerSupportWorkReady);

    /// <summary>The latest date near <paramref name="guess"/> for which <paramref name="holds"/> is true (it holds for every earlier date).</summary>
    private static DateOnly Latest(DateOnly guess, Func<DateOnly, bool> holds)
    {
        var d = guess;
        while (!holds(d))
        {
            d = d.AddDays(-1);
        }

        while (holds(d.AddDays(1)))
        {
            d = d.AddDays(1);
        }

        return d;
    }
}

/// <summary>
/// What the assignment rules read of a client, as bits the database computes and groups by (the values are part of the
/// SQL in <c>Tautoko.Data.Assignment</c>; do not renumber).
/// </summary>
[Flags]
public enum ClientBandFlags
{
    None = 0,

    /// <summary>Could be in a cohort at all: JS-WR, or aged 18–24 with part- or full-time obligations.</summary>
    Possible = 1,
    OnCaseload = 2,
    NotOnBenefit = 4,
    Lmi1 = 8,
    LeftForContractedService = 16,
    YouthAge = 32,
    PartOrFullTimeObligations = 64,
    JobseekerWorkReady = 128,
    DependentChildren = 256,
    UnderTwoYears = 512,

    /// <summary>One of the seven phone-based exceptions: an exception flag or an active Low Trust tag.</summary>
    PhoneException = 1024,
}
