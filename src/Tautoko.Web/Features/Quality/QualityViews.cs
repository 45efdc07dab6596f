using Tautoko.Core.Quality;

namespace Tautoko.Web.Features.Quality;

/// <summary>A sample to draw: the site, the period (New Zealand dates the actions were processed on), how many, the kinds, and optionally the seed.</summary>
public sealed record QualitySampleInput(Guid? SiteId, DateOnly? From, DateOnly? To, int? Size, IReadOnlyList<string>? Kinds, long? Seed);

/// <summary>A check's result: <c>correct</c> or <c>error</c> (then the error type).</summary>
public sealed record QualityResultInput(string? Result, string? ErrorType, string? Note);

public sealed record QualityCheckView(Guid Id, int Position, string Kind, string KindName, Guid ActionId, Guid? ClientId, string? ProcessedBy, DateTimeOffset ProcessedAt,
    string? Result, string? ResultName, string? ErrorType, string? ErrorTypeName, string? Note, string? CheckedBy, DateTimeOffset? CheckedAt);

public sealed record QualitySampleView(Guid Id, Guid SiteId, string SiteName, DateOnly From, DateOnly To, IReadOnlyList<string> Kinds, long Seed, int RequestedSize,
    int PopulationSize, string DrawnBy, DateTimeOffset DrawnAt, AccuracyView Accuracy, IReadOnlyList<QualityCheckView> Checks);

public sealed record QualitySampleSummary(Guid Id, Guid SiteId, string SiteName, DateOnly From, DateOnly To, long Seed, int Drawn, int Checked, int Correct, string DrawnBy, DateTimeOffset DrawnAt);

/// <summary>R-100: the accuracy measure with its sample size and 95 % interval (Wilson score); null figures when nothing is checked yet.</summary>
public sealed record AccuracyView(int Checked, int Correct, int Errors, double? Accuracy, double? Lower, double? Upper, double? Margin, double Target, bool? MeetsTarget, string Method)
{
    public const string WilsonMethod = "Wilson score interval, 95 % (z = 1.96); margin is half the interval's width";

    public static AccuracyView Of(AccuracyEstimate e) =>
        new(e.Checked, e.Correct, e.Checked - e.Correct, e.Accuracy, e.Lower, e.Upper, e.Margin, AccuracyEstimate.Target, e.MeetsTarget, WilsonMethod);
}

public sealed record ErrorTypeCount(string ErrorType, string Name, int Count);

/// <summary>The accuracy measure for a site (or the country) and a period, with the errors found by type.</summary>
public sealed record QualityAccuracyReport(Guid? SiteId, string Scope, DateOnly From, DateOnly To, AccuracyView Accuracy, IReadOnlyList<ErrorTypeCount> ErrorTypes,
    IReadOnlyList<SiteAccuracy> BySite);

public sealed record SiteAccuracy(Guid SiteId, string SiteName, AccuracyView Accuracy);
