using Tautoko.Data;
using Tautoko.Data.Operations;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Appointments.Calendars;

/// <summary>
/// Keeps every calendar's slots made up to the horizon: at start-up and then hourly, by one node at a time. Each pass
/// first takes the "calendar-horizon" lease for 50 minutes (<see cref="JobLeases"/>); a node that does not get it skips
/// the pass, and if the holder dies another node takes over when the lease runs out. The pass itself is idempotent and
/// takes a per-case-manager lock, so a calendar edit made at the same time cannot clash with it either.
/// </summary>
public sealed class CalendarHorizonService(IServiceScopeFactory scopes, AppointmentOptions options, NodeIdentity node, TimeProvider clock, ILogger<CalendarHorizonService> logger) : BackgroundService
{
    public const string Job = "calendar-horizon";

    private readonly TaskCompletionSource<bool> _firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes after this node's first pass: true when it held the lease and made slots, false when another node did.</summary>
    public Task<bool> FirstPass => _firstPass.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var ran = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
                if (await db.TryTakeLeaseAsync(Job, node.Name, clock.GetUtcNow(), TimeSpan.FromMinutes(50), stoppingToken))
                {
                    var today = Core.Appointments.NzLocalTime.Today(clock);
                    var changed = await scope.ServiceProvider.GetRequiredService<SlotMaterialiser>().EnsureAsync(null, today, today.AddDays(options.HorizonDays), stoppingToken);
                    logger.LogInformation("Calendar horizon checked: {Changed} slots added or changed", changed);
                    ran = true;
                }
                else
                {
                    logger.LogInformation("Calendar horizon left to the node holding the lease");
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                _firstPass.TrySetCanceled(stoppingToken);
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Calendar horizon pass failed");
            }

            _firstPass.TrySetResult(ran);
            try
            {
                await Task.Delay(TimeSpan.FromHours(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
