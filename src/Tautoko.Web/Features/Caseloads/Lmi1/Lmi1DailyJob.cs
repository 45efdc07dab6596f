using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Lmi1;
using Tautoko.Data;
using Tautoko.Web.Platform;
namespace Tautoko.Web.Features.Caseloads.Lmi1;

/// <summary>
/// Runs the LMI1 model once a New Zealand day, after 2am. Safe with several web nodes: a node claims
/// the day by inserting the (job, day) row, whose primary key lets only one insert succeed; a restarted node
/// finds the day claimed. The first look is half an hour after start-up, then every hour, so short-lived
/// hosts (tests, the CLI) never train. `--lmi1-daily=false` turns it off.
/// </summary>
public sealed class Lmi1DailyJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<Lmi1DailyJob> logger) : BackgroundService
{
    public const string Job = "lmi1";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.Equals(configuration["lmi1-daily"], "false", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromMinutes(30), clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await TryRunAsync("daily", stoppingToken);
                await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Claims today and runs; returns null when it is too early or another node has the day.</summary>
    public async Task<Lmi1RunResult?> TryRunAsync(string trigger, CancellationToken ct)
    {
        var local = DateDisplay.ToAuckland(clock.GetUtcNow());
        if (local.Hour < 2)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var day = DateOnly.FromDateTime(local.DateTime);
        var run = new JobRun(Job, day, clock.GetUtcNow(), trigger);
        db.JobRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node (or an earlier start of this one) has today.
            return null;
        }

        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<Lmi1Run>().RunAsync(ct);
            run.Finish(true, clock.GetUtcNow(), $"Model {result.ModelId}: AUC {result.Auc:0.000}, {result.Tagged} tagged");
            await db.SaveChangesAsync(CancellationToken.None);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "LMI1 daily run for {Day} failed", day);
            db.ChangeTracker.Clear();
            db.JobRuns.Attach(run);
            run.Finish(false, clock.GetUtcNow(), ex.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            return null;
        }
    }
}
