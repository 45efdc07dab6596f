using MathNet.Numerics.Distributions;

namespace Tautoko.Core.Trials;

/// <summary>A comparison of treatment with control: the difference (treatment − control), its 95 % CI and p-value.</summary>
public sealed record Comparison(double Treatment, double Control, double Difference, double Lower, double Upper, double PValue, double Statistic);

/// <summary>
/// The outcome report's statistics (MathNet.Numerics distributions):
/// <list type="bullet">
/// <item>proportions (off benefit, off benefit into work): the two-proportion z-test with the pooled standard error for the
///   p-value, and the Wald 95 % confidence interval for the difference with the unpooled standard error;</item>
/// <item>means (days on benefit): Welch's t-test (unequal variances, Welch–Satterthwaite degrees of freedom), with the
///   95 % confidence interval from the same t distribution.</item>
/// </list>
/// Both p-values are two-sided.
/// </summary>
public static class TrialStatistics
{
    /// <summary>Below this many clients in either arm the report says the groups are too small to conclude anything.</summary>
    public const int MinimumPerArm = 30;

    /// <summary>Below this expected count in any cell of the 2×2 table the normal approximation is not trusted.</summary>
    public const double MinimumExpectedCell = 5;

    public static Comparison? TwoProportions(int treatedYes, int treatedN, int controlYes, int controlN)
    {
        if (treatedN == 0 || controlN == 0)
        {
            return null;
        }

        var p1 = (double)treatedYes / treatedN;
        var p2 = (double)controlYes / controlN;
        var diff = p1 - p2;
        var pooled = (double)(treatedYes + controlYes) / (treatedN + controlN);
        var se0 = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / treatedN) + (1.0 / controlN)));
        var z = se0 == 0 ? 0 : diff / se0;
        var p = se0 == 0 ? 1 : 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));
        var se = Math.Sqrt((p1 * (1 - p1) / treatedN) + (p2 * (1 - p2) / controlN));
        var critical = Normal.InvCDF(0, 1, 0.975);
        return new Comparison(p1, p2, diff, diff - (critical * se), diff + (critical * se), p, z);
    }

    /// <summary>True when any expected count of the 2×2 table (arm × yes/no) is below <see cref="MinimumExpectedCell"/>.</summary>
    public static bool SmallExpectedCell(int treatedYes, int treatedN, int controlYes, int controlN)
    {
        var n = treatedN + controlN;
        if (n == 0)
        {
            return true;
        }

        var yes = treatedYes + controlYes;
        var no = n - yes;
        return new[] { treatedN, controlN }.Any(arm => (double)arm * yes / n < MinimumExpectedCell || (double)arm * no / n < MinimumExpectedCell);
    }

    public static Comparison? Welch(IReadOnlyList<double> treated, IReadOnlyList<double> control)
    {
        if (treated.Count < 2 || control.Count < 2)
        {
            return null;
        }

        var (m1, v1) = MeanVariance(treated);
        var (m2, v2) = MeanVariance(control);
        var a = v1 / treated.Count;
        var b = v2 / control.Count;
        var se = Math.Sqrt(a + b);
        var diff = m1 - m2;
        if (se == 0)
        {
            return new Comparison(m1, m2, diff, diff, diff, diff == 0 ? 1 : 0, 0);
        }

        var df = (a + b) * (a + b) / ((a * a / (treated.Count - 1)) + (b * b / (control.Count - 1)));
        var t = diff / se;
        var p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
        var critical = StudentT.InvCDF(0, 1, df, 0.975);
        return new Comparison(m1, m2, diff, diff - (critical * se), diff + (critical * se), p, t);
    }

    private static (double Mean, double Variance) MeanVariance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return (mean, variance);
    }
}
