using System.Globalization;

namespace Tautoko.Core.Appointments;

public enum DnaRiskBand
{
    Low = 0,
    Elevated = 1,
    High = 2,
}

/// <summary>One past booked appointment of the client and how it went.</summary>
public readonly record struct AttendanceRecord(DateOnly Date, AppointmentStatus Status);

public sealed record DnaRisk(double Probability, DnaRiskBand Band, int Attended, int Missed, string Explanation);

/// <summary>
/// The chance a client does not attend their next appointment, from their own history: a
/// Beta-smoothed personal did-not-attend rate.
/// <para>
/// Think of the client's DNA rate as unknown, with a prior belief worth <see cref="PriorStrength"/>
/// appointments at the agency-wide rate <see cref="PriorMean"/>: Beta(α₀ = m·k, β₀ = (1 − m)·k).
/// Each past appointment adds its weight to α (missed) or β (attended); the weight halves every
/// <see cref="HalfLifeDays"/> days so recent behaviour counts more. The risk is the posterior mean
/// α / (α + β). A new client sits at the agency rate; one miss moves them only part of the way
/// (with the defaults 0.18 → 0.34), and a long record of attending or missing dominates the prior.
/// Cancellations say nothing about attendance and are left out; walk-ins are not bookings.
/// </para>
/// </summary>
public sealed record DnaRiskModel(double PriorMean = 0.18, double PriorStrength = 4, double HalfLifeDays = 180, double ElevatedFrom = 0.25, double HighFrom = 0.40)
{
    private static readonly CultureInfo NewZealand = CultureInfo.GetCultureInfo("en-NZ");

    public static DnaRiskModel Default { get; } = new();

    public DnaRisk Assess(IEnumerable<AttendanceRecord> history, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        var alpha = PriorMean * PriorStrength;
        var beta = (1 - PriorMean) * PriorStrength;
        var attended = 0;
        var missed = 0;
        foreach (var record in history)
        {
            if (record.Date > asOf || record.Status is not (AppointmentStatus.Attended or AppointmentStatus.DidNotAttend))
            {
                continue;
            }

            var weight = Math.Pow(0.5, (asOf.DayNumber - record.Date.DayNumber) / HalfLifeDays);
            if (record.Status == AppointmentStatus.DidNotAttend)
            {
                alpha += weight;
                missed++;
            }
            else
            {
                beta += weight;
                attended++;
            }
        }

        var probability = alpha / (alpha + beta);
        var band = BandOf(probability);
        var explanation = attended + missed == 0
            ? string.Create(NewZealand, $"No appointment history yet: the agency-wide rate of {PriorMean:P0}.")
            : string.Create(NewZealand, $"Missed {missed} of {attended + missed} past appointments (recent ones count more); {probability:P0} after smoothing towards the agency-wide {PriorMean:P0}.");
        return new DnaRisk(probability, band, attended, missed, explanation);
    }

    public DnaRiskBand BandOf(double probability) =>
        probability >= HighFrom ? DnaRiskBand.High : probability >= ElevatedFrom ? DnaRiskBand.Elevated : DnaRiskBand.Low;
}

public static class DnaRiskNames
{
    public static string DisplayName(this DnaRiskBand band) => band switch
    {
        DnaRiskBand.Low => "Low",
        DnaRiskBand.Elevated => "Elevated",
        DnaRiskBand.High => "High",
    };
}
