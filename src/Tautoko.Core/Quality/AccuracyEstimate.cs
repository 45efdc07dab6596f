namespace Tautoko.Core.Quality;

/// <summary>
/// accuracy (target 95 %) from independent quality checks: the share of checked actions found correct, with its
/// sample size and a 95 % confidence interval by Wilson's score method (Wilson 1927), which stays inside [0, 1] and behaves
/// at small samples and at accuracies near 100 %, where the plain normal interval does not. The margin is half the
/// interval's width.
/// </summary>
public sealed record AccuracyEstimate(int Checked, int Correct, double? Accuracy, double? Lower, double? Upper, double? Margin, bool? MeetsTarget)
{
    public const string Rule = "R-100";
    public const double Target = 0.95;

    /// <summary>The 0.975 quantile of the standard normal distribution (two-sided 95 %).</summary>
    public const double Z95 = 1.959963984540054;

    public static AccuracyEstimate From(int correct, int @checked)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(correct);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(correct, @checked);
        if (@checked == 0)
        {
            return new AccuracyEstimate(0, 0, null, null, null, null, null);
        }

        double n = @checked;
        var p = correct / n;
        var z2 = Z95 * Z95;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z95 / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        var lower = Math.Max(0, centre - half);
        var upper = Math.Min(1, centre + half);
        return new AccuracyEstimate(@checked, correct, p, lower, upper, (upper - lower) / 2, p >= Target);
    }
}
