namespace Tautoko.Web.Platform;

/// <summary>
/// Delivers outbox messages in the background on every node; the claims in <see cref="OutboxDelivery"/>
/// keep nodes from delivering the same message. Polls with real time (the injected clock tells what is due).
/// </summary>
public sealed class OutboxDeliveryService(IServiceScopeFactory scopes, OutboxOptions options, ILogger<OutboxDeliveryService> logger) : BackgroundService
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
