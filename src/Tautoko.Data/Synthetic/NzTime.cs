namespace Tautoko.Data.Synthetic;

/// <summary>Turns a New Zealand wall-clock time into the UTC instant that is stored.</summary>
internal static class NzTime
{
    private static readonly TimeZoneInfo? Auckland =
        TimeZoneInfo.TryFindSystemTimeZoneById("Pacific/Auckland", out var zone) ? zone : null;

    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // Without time-zone data fall back to standard time (+12); the data stays deterministic either way on one machine.
        var offset = Auckland?.GetUtcOffset(local) ?? TimeSpan.FromHours(12);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The New Zealand date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(Auckland is null ? instant.ToOffset(TimeSpan.FromHours(12)).DateTime : TimeZoneInfo.ConvertTime(instant, Auckland).DateTime);
}
