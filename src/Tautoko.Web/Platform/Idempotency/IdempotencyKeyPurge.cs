using Tautoko.Data;
using Tautoko.Data.Operations;

namespace Tautoko.Web.Platform;

/// <summary>Forgets idempotency keys older than two days, hourly, on one node at a time (the "idempotency-purge" lease).</summary>
public sealed class IdempotencyKeyPurge(IServiceScopeFactory scopes, NodeIdentity node, TimeProvider clock, ILogger<IdempotencyKeyPurge> logger) : BackgroundService
{
    public const string Job = "idempotency-purge";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(5), clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
                    if (await db.TryTakeLeaseAsync(Job, node.Name, clock.GetUtcNow(), TimeSpan.FromMinutes(50), stoppingToken))
                    {
                        var purged = await IdempotencyMiddleware.PurgeAsync(db, clock.GetUtcNow(), stoppingToken);
                        logger.LogInformation("Idempotency keys purged: {Purged}", purged);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Idempotency key purge failed");
                }

                await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
