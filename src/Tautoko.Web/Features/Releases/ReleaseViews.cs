using Tautoko.Core.Releases;

namespace Tautoko.Web.Features.Releases;

/// <summary>
/// What an analyst asks for: a title, the periods (first and last day, inclusive), the tables (by code; each rounded or
/// not, the seed's choice when left out — R-105) and, optionally, the release key (32 hexadecimal digits; the standing key
/// when left out, so releases agree with each other).
/// </summary>
public sealed record ReleaseInput(string? Title, IReadOnlyList<ReleasePeriodInput>? Periods, IReadOnlyList<ReleaseTableInput>? Tables, string? ReleaseKey);

public sealed record ReleasePeriodInput(DateOnly? From, DateOnly? To);

/// <summary>A table by its code (food-declines, household-declines, staff, reviews, complaints, appointment-waits, calls, self-service, fte).</summary>
public sealed record ReleaseTableInput(string? Table, bool? Rounded);

/// <summary>A release in the list: who built it, when, what.</summary>
public sealed record ReleaseSummary(Guid Id, string Title, string BuiltBy, DateTimeOffset BuiltAt, IReadOnlyList<string> Periods, IReadOnlyList<string> Tables);

/// <summary>
/// A release with its tables. <see cref="ShowsUnrounded"/> is true only for the analyst role (national office): then each
/// rounded cell also carries its true count, and the release key is shown.
/// </summary>
public sealed record ReleaseView(Guid Id, string Title, string BuiltBy, DateTimeOffset BuiltAt, string? ReleaseKey, IReadOnlyList<string> Periods, bool ShowsUnrounded, IReadOnlyList<ReleaseTableView> Tables);

/// <summary>
/// One table as published: the seed's number and title, the period it covers when it is one of a set (Tables Two to
/// Five), its column headings, rows, the notes printed under it, or why there is no data.
/// </summary>
public sealed record ReleaseTableView(string Code, string Number, string Title, string? Period, bool Rounded, string RowHeading, IReadOnlyList<string> Columns, IReadOnlyList<ReleaseRowView> Rows, IReadOnlyList<string> Notes, string? NoData);

public sealed record ReleaseRowView(string Label, IReadOnlyList<ReleaseCellView> Cells);

/// <summary>
/// A cell: a count (rounded when the table is) or a value (an average, a median, an FTE — never rounded), or neither
/// (too few to show). <see cref="Unrounded"/> is the true count of a rounded cell, for the analyst only.
/// </summary>
public sealed record ReleaseCellView(int? Count, decimal? Value, int? Unrounded)
{
    public static ReleaseCellView Empty { get; } = new(null, null, null);

    public string Text => Count is { } c ? c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
        : Value is { } v ? v.ToString("#,##0.0", System.Globalization.CultureInfo.InvariantCulture)
        : "–";
}

/// <summary>What the catalogue offers, for the build form and the API.</summary>
public sealed record ReleaseTableOption(string Code, string Number, string Title, bool RoundedBySeed, string? NoData);

/// <summary>The record-key secret (fixed for the installation) and the standing release key .</summary>
public sealed class ReleaseKeys(HashKey recordKeySecret, HashKey standingKey) : IRecordKeys
{
    /// <summary>Defaults for development and tests; production sets Releases:RecordKeySecret and Releases:StandingKey.</summary>
    public const string DefaultSecret = "5a1c0ffee0ddba11c0de0fa11ab1e105";
    public const string DefaultStandingKey = "0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7";

    public HashKey RecordKeySecret { get; } = recordKeySecret;

    public HashKey StandingKey { get; } = standingKey;

    public ulong KeyOf(Guid recordId) => RecordKeys.Of(RecordKeySecret, recordId);

    public static ReleaseKeys From(IConfiguration configuration)
    {
        static HashKey Read(string? text, string fallback, string name) =>
            HashKey.TryParse(text ?? fallback, out var key) ? key : throw new InvalidOperationException($"{name} is 32 hexadecimal digits.");
        return new ReleaseKeys(
            Read(configuration["Releases:RecordKeySecret"], DefaultSecret, "Releases:RecordKeySecret"),
            Read(configuration["Releases:StandingKey"], DefaultStandingKey, "Releases:StandingKey"));
    }
}
