using System.Diagnostics;
using System.Net;

namespace Tautoko.Bench.Booking;

/// <summary>What one timed run saw.</summary>
internal sealed record RunResult(string Name, int Concurrency, TimeSpan Elapsed, long Succeeded, long Conflicts, long Failed, double P50Ms, double P99Ms)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers each send a request, wait for the answer and
/// send the next, for a fixed time. The caller builds each request (so bookings can each take a new slot).
/// </summary>
internal static class LoadGenerator
{
    public static async Task<RunResult> RunAsync(string name, HttpClient http, int concurrency, TimeSpan duration, Func<int, HttpRequestMessage> request, Func<HttpStatusCode, bool> success)
    {
        long succeeded = 0;
        long conflicts = 0;
        long failed = 0;
        var latencies = new List<double>[concurrency];
        Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss.f} {name}: {concurrency} workers for {duration.TotalSeconds:0} s");
        using var stop = new CancellationTokenSource(duration);
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(4096);
            while (!stop.IsCancellationRequested)
            {
                using var message = request(w);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (success(response.StatusCode))
                    {
                        Interlocked.Increment(ref succeeded);
                    }
                    else if (response.StatusCode == HttpStatusCode.Conflict)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        watch.Stop();
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new RunResult(name, concurrency, watch.Elapsed, succeeded, conflicts, failed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
