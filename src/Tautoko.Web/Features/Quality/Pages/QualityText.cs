using System.Globalization;

namespace Tautoko.Web.Features.Quality.Pages;

/// <summary>How the quality pages write proportions.</summary>
public static class QualityText
{
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "no checks yet";

    public static string Interval(AccuracyView a) => a.Lower is { } lo && a.Upper is { } hi ? $"{Percent(lo)} to {Percent(hi)}" : "—";
}
