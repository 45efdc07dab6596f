namespace Tautoko.Core.Measures;

/// <summary>A measure's number for a scope and period, from its summed facts.</summary>
public sealed record MeasureValue(decimal? Value, long Numerator, long Denominator, bool? MeetsTarget);

public static class MeasureValues
{
    /// <summary>
    /// Percent: numerator over denominator; daily average: numerator over the staff days worked (one for each staff member
    /// and day with at least one completion, given as <paramref name="staffDays"/>); count: the numerator.
    /// No value when nothing was counted (a percentage of nothing, an average over no days).
    /// </summary>
    public static MeasureValue Of(MeasureDefinition measure, long numerator, long denominator, long staffDays)
    {
        ArgumentNullException.ThrowIfNull(measure);
        decimal? value = measure.Kind switch
        {
            MeasureKind.Percent => denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1),
            MeasureKind.DailyAverage => staffDays == 0 ? null : Math.Round((decimal)numerator / staffDays, 2),
            MeasureKind.Count => numerator,
            _ => null,
        };
        var shownDenominator = measure.Kind == MeasureKind.DailyAverage ? staffDays : denominator;
        return new MeasureValue(value, numerator, shownDenominator, measure.Meets(value));
    }
}
