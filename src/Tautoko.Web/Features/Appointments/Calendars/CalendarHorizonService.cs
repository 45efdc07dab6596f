using Tautoko.Web.Features.Appointments.Common;

namespace Tautoko.Web.Features.Appointments.Calendars;

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
