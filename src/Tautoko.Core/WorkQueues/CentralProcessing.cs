using System.Globalization;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Staff;

namespace Tautoko.Core.WorkQueues;

/// <summary>One month's turnaround of the Central Processing Unit: requests sent that month (Pacific/Auckland) and how long the completed ones took.</summary>
/// <param name="WithinTenMinutes">Completed within 10 minutes.</param>
/// <param name="TenToSixtyMinutes">Completed after 10 minutes and within the hour (the seed's range).</param>
/// <param name="OneToFourHours">Completed after an hour and within four.</param>
/// <param name="OverFourHours">Completed after more than four hours.</param>
public sealed record TurnaroundMonth(string Month, int Sent, int Completed, int Waiting, double? MedianMinutes, int WithinTenMinutes, int TenToSixtyMinutes, int OneToFourHours, int OverFourHours);

/// <summary>
/// The Central Processing Unit (seed 004 §2.7): "The ICS service design included using the CPU for processing most
/// administrative changes rather than having the ICSMs do it themselves … requests … were generally processed between ten
/// minutes and an hour." ICS case managers send the changes to the unit's work queue; the unit's turnaround (sent to
/// completed) is measured per month from Tautoko's own tasks, never from the seed's figures.
/// </summary>
public static class CentralProcessing
{
    public const string Rule = "central-processing";

    public const int MaxChangeLength = 2000;

    /// <summary>The seed's range, for comparison only (seed 004 §2.7).</summary>
    public static readonly TimeSpan SeedFastest = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan SeedSlowest = TimeSpan.FromHours(1);

    /// <summary>Only ICS case managers send administrative changes to the unit (seed 004 §2.7).</summary>
    public static bool MaySend(StaffRole role) => role == StaffRole.IntensiveClientSupportManager;

    /// <summary>Who reads the turnaround: national office, service centre managers, ICS case managers.</summary>
    public static bool MayReadTurnaround(StaffRole role) => role is StaffRole.NationalOffice or StaffRole.ServiceCentreManager or StaffRole.IntensiveClientSupportManager;

    /// <summary>The months (oldest first) of the requests, by the Pacific/Auckland month they were sent.</summary>
    public static IReadOnlyList<TurnaroundMonth> ByMonth(IEnumerable<(DateTimeOffset Sent, DateTimeOffset? Completed)> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return [.. requests
            .GroupBy(r => Month(r.Sent))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarise(g.Key, [.. g]))];
    }

    public static string Month(DateTimeOffset instant) => NzLocalTime.ToLocal(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The median of the values (the mean of the middle two for an even count), or null when there are none.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static TurnaroundMonth Summarise(string month, IReadOnlyList<(DateTimeOffset Sent, DateTimeOffset? Completed)> requests)
    {
        var minutes = requests.Where(r => r.Completed is not null).Select(r => (r.Completed!.Value - r.Sent).TotalMinutes).ToList();
        return new TurnaroundMonth(
            month,
            requests.Count,
            minutes.Count,
            requests.Count - minutes.Count,
            Median(minutes) is { } m ? Math.Round(m, 1) : null,
            minutes.Count(x => x <= SeedFastest.TotalMinutes),
            minutes.Count(x => x > SeedFastest.TotalMinutes && x <= SeedSlowest.TotalMinutes),
            minutes.Count(x => x > SeedSlowest.TotalMinutes && x <= 240),
            minutes.Count(x => x > 240));
    }

    public static DomainError? WhyNotChange(string? change) =>
        string.IsNullOrWhiteSpace(change) || change.Trim().Length > MaxChangeLength
            ? new DomainError(Rule, $"Describe the administrative change for the unit to process (up to {MaxChangeLength} characters).")
            : null;
}
