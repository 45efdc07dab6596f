using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Outbox;

/// <summary>
/// Delivers outbox messages in the background on every node; the claims in <see cref="OutboxDelivery"/>
/// keep nodes from delivering the same message. Polls with real time (the injected clock tells what is due).
/// </summary>
public sealed class OutboxDeliveryService(IServiceScopeFactory scopes, AppointmentOptions options, ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.OutboxEnabled)
        {
            return;
        }

        logger.LogInformation("Outbox delivery started ({Sender} sender)", options.Sender);
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                delivered = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunOnceAsync(Batch, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database hiccup must not stop delivery for good; the next pass tries again.
                logger.LogError(ex, "Outbox delivery pass failed");
            }

            if (delivered < Batch)
            {
                try
                {
                    await Task.Delay(options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

/// <summary>Keeps every calendar's slots made up to the horizon: at start-up and then hourly, on every node (idempotent).</summary>
public sealed class CalendarHorizonService(IServiceScopeFactory scopes, AppointmentOptions options, TimeProvider clock, ILogger<CalendarHorizonService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var today = Core.Appointments.NzLocalTime.Today(clock);
                var changed = await scope.ServiceProvider.GetRequiredService<SlotMaterialiser>().EnsureAsync(null, today, today.AddDays(options.HorizonDays), stoppingToken);
                logger.LogInformation("Calendar horizon checked: {Changed} slots added or changed", changed);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Calendar horizon pass failed");
            }

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
