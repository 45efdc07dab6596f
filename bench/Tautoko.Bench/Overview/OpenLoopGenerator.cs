using System.Diagnostics;
using System.Net;
using Tautoko.Bench.Booking;

namespace Tautoko.Bench.Overview;

/// <summary>
/// An open-loop load generator: requests are sent on a fixed schedule (<c>rate</c> per second) whether or
/// not earlier ones have been answered, and each latency is measured from the request's scheduled start,
/// so a slow server's queueing shows in the percentiles instead of slowing the generator down.
/// </summary>
internal static class OpenLoopGenerator
{
    /// <summary>A request not answered within this is abandoned and counted as failed.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    public static async Task<RunResult> RunAsync(string name, HttpClient http, int rate, TimeSpan duration, Func<HttpRequestMessage> request, Func<HttpStatusCode, bool> success)
    {
        long succeeded = 0;
        long failed = 0;
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new double[total];
        var interval = Stopwatch.Frequency / (double)rate;
        var origin = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var scheduled = origin + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var index = i;
            inFlight.Add(Task.Run(async () =>
            {
                using var message = request();
                using var timeout = new CancellationTokenSource(RequestTimeout);
                try
                {
                    using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token);
                    latencies[index] = Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds;
                    Interlocked.Increment(ref success(response.StatusCode) ? ref succeeded : ref failed);
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                {
                    // Not answered within the timeout (or the connection failed): counted as failed, its latency kept.
                    latencies[index] = Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds;
                    Interlocked.Increment(ref failed);
                }
            }));
        }

        await Task.WhenAll(inFlight);
        var elapsed = Stopwatch.GetElapsedTime(origin);
        var sorted = latencies.Order().ToList();
        return new RunResult(name, rate, elapsed, succeeded, 0, failed, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
