using Tautoko.Core.Common;

namespace Tautoko.Core.Measures;

/// <summary>
/// One client's part in one measure, from one source record (an appointment, a placement, a plan, a task, a work start,
/// earnings, a referral): the day it counts on, the site and staff member it counts for, and what it adds to the
/// numerator and denominator. The drill-down lists the clients behind a number from these rows; the daily facts are
/// their sums.
/// </summary>
public sealed class MeasureContribution
{
    private MeasureContribution()
    {
        Measure = "";
    }

    public MeasureContribution(ClientId clientId, string measure, Guid sourceId, DateOnly day, SiteId siteId, StaffId staffId, int numerator, int denominator)
    {
        ClientId = clientId;
        Measure = measure;
        SourceId = sourceId;
        Day = day;
        SiteId = siteId;
        StaffId = staffId;
        Numerator = numerator;
        Denominator = denominator;
    }

    public ClientId ClientId { get; private set; }

    public string Measure { get; private set; }

    public Guid SourceId { get; private set; }

    public DateOnly Day { get; private set; }

    public SiteId SiteId { get; private set; }

    public StaffId StaffId { get; private set; }

    public int Numerator { get; private set; }

    public int Denominator { get; private set; }

    public MeasureFactKey Key => new(Measure, Day, SiteId, StaffId);

    /// <summary>Takes the day, site, staff member and counts of a recomputed contribution of the same source.</summary>
    public void Restate(MeasureContribution now)
    {
        ArgumentNullException.ThrowIfNull(now);
        Day = now.Day;
        SiteId = now.SiteId;
        StaffId = now.StaffId;
        Numerator = now.Numerator;
        Denominator = now.Denominator;
    }

    public bool SameAs(MeasureContribution other) =>
        other.Measure == Measure && other.SourceId == SourceId && other.Day == Day && other.SiteId == SiteId && other.StaffId == StaffId
        && other.Numerator == Numerator && other.Denominator == Denominator;
}

/// <summary>The grain of the daily facts: a measure, a day, a site and a staff member.</summary>
public readonly record struct MeasureFactKey(string Measure, DateOnly Day, SiteId SiteId, StaffId StaffId);

/// <summary>A pre-aggregated daily fact: the summed numerator and denominator of one measure for one staff member at one site on one day.</summary>
public sealed class MeasureDailyFact
{
    private MeasureDailyFact()
    {
        Measure = "";
    }

    public MeasureDailyFact(MeasureFactKey key, int numerator, int denominator)
    {
        Measure = key.Measure;
        Day = key.Day;
        SiteId = key.SiteId;
        StaffId = key.StaffId;
        Numerator = numerator;
        Denominator = denominator;
    }

    public string Measure { get; private set; }

    public DateOnly Day { get; private set; }

    public SiteId SiteId { get; private set; }

    public StaffId StaffId { get; private set; }

    public int Numerator { get; private set; }

    public int Denominator { get; private set; }
}
