using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Core.Jobs;
using Tautoko.Data;

namespace Tautoko.Web.Platform.Jobs;

/// <summary>What a long job has got to: its state and stage, the share done, and when finished a sentence and where its result is.</summary>
public sealed record JobView(
    Guid Id,
    string Kind,
    string Title,
    LongJobState State,
    string Stage,
    int Step,
    int Steps,
    int Percent,
    string? ResultUrl,
    string? Message,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public bool Finished => State is LongJobState.Done or LongJobState.Failed;

    public static JobView Of(LongJob j) =>
        new(j.Id, j.Kind, j.Title, j.State, j.Stage, j.Step, j.Steps, j.Percent, j.ResultUrl, j.Message, j.QueuedAt, j.StartedAt, j.FinishedAt);
}

/// <summary>How a job ended: a sentence and, when it made something, the address of it.</summary>
public sealed record JobResult(bool Succeeded, string Message, string? ResultUrl);

/// <summary>
/// Long jobs (a national assignment proposal, an LMI1 run) in the background: a request queues one and returns at once;
/// this hosted service runs the queue one job at a time (each in its own service scope) on the node that queued it.
/// Each job's state, stage and share done are kept in <c>long_jobs</c>, so the page that polls <c>/api/jobs/{id}</c>,
/// a reload, a later visit or another node shows where it is or what it made. A running node says so every half
/// minute; a job with no word for two minutes (its node stopped) reads as failed.
/// </summary>
public sealed class BackgroundJobs(IServiceScopeFactory scopes, TimeProvider clock, NodeIdentity node, ILogger<BackgroundJobs> logger) : BackgroundService
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ListedFor = TimeSpan.FromDays(1);
    private const string Stopped = "The server running this job stopped before it finished; start it again.";

    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });

    // The jobs this node is running, with their latest progress: read before the database (which follows a moment later).
    private readonly ConcurrentDictionary<Guid, Live> _live = new();

    /// <summary>Queues <paramref name="work"/>, which reports progress through <paramref name="stages"/>; the job belongs to <paramref name="owner"/>.</summary>
    public async Task<JobView> StartAsync(string kind, string title, StaffId? owner, IReadOnlyList<string> stages,
        Func<IServiceProvider, IProgress<string>, CancellationToken, Task<JobResult>> work, CancellationToken ct)
    {
        var job = new LongJob(Guid.CreateVersion7(), kind, title, owner, stages.Count, "Waiting to start", node.Name, clock.GetUtcNow());
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            db.LongJobs.Add(job);
            await db.SaveChangesAsync(ct);
        }

        await _queue.Writer.WriteAsync(new Work(job.Id, stages, work), ct);
        return JobView.Of(job);
    }

    /// <summary>The job, for its owner or national office (<paramref name="anyOwner"/>); null otherwise.</summary>
    public async Task<JobView?> FindAsync(Guid id, StaffId? viewer, bool anyOwner, CancellationToken ct)
    {
        if (_live.TryGetValue(id, out var live))
        {
            var (owner, view) = live.Snapshot();
            return anyOwner || (viewer is { } v && owner == v) ? view : null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var job = await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().LongJobs.AsNoTracking()
            .Where(j => j.Id == id && (anyOwner || (viewer != null && j.OwnerId == viewer)))
            .SingleOrDefaultAsync(ct);
        return job is null ? null : Read(job);
    }

    /// <summary>This kind's jobs that <paramref name="viewer"/> may see, newest first: those unfinished and those asked for within a day (at most five).</summary>
    public async Task<IReadOnlyList<JobView>> RecentAsync(string kind, StaffId? viewer, bool anyOwner, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - ListedFor;
        await using var scope = scopes.CreateAsyncScope();
        var jobs = await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().LongJobs.AsNoTracking()
            .Where(j => j.Kind == kind && (anyOwner || (viewer != null && j.OwnerId == viewer)))
            .Where(j => j.QueuedAt >= since || j.State == LongJobState.Queued || j.State == LongJobState.Running)
            .OrderByDescending(j => j.QueuedAt)
            .Take(5)
            .ToListAsync(ct);
        return [.. jobs.Select(j => _live.TryGetValue(j.Id, out var live) ? live.Snapshot().View : Read(j))];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var beating = BeatAsync(stoppingToken);
        try
        {
            await foreach (var work in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(work, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: unfinished jobs fall silent and read as stopped.
        }

        await beating;
    }

    private JobView Read(LongJob job) =>
        !job.Finished && clock.GetUtcNow() - job.UpdatedAt > Silence
            ? JobView.Of(job) with { State = LongJobState.Failed, Stage = "Failed", Message = Stopped }
            : JobView.Of(job);

    private async Task RunAsync(Work work, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var row = await db.LongJobs.SingleAsync(j => j.Id == work.Id, stoppingToken);
        row.Start(clock.GetUtcNow());
        if (work.Stages.Count > 0)
        {
            row.Reached(work.Stages[0], 0, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(stoppingToken);
        var live = new Live(row.OwnerId, JobView.Of(row), work.Stages);
        _live[work.Id] = live;
        var saving = SaveProgressAsync(db, row, live);
        JobResult result;
        try
        {
            await using var workScope = scopes.CreateAsyncScope();
            result = await work.Run(workScope.ServiceProvider, live, stoppingToken);
        }
        catch (DomainException ex)
        {
            result = new JobResult(false, ex.Error.Message, null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            result = new JobResult(false, Stopped, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Background job {Kind} {Id} failed", row.Kind, work.Id);
            result = new JobResult(false, $"Something went wrong on the server while it was {live.Snapshot().View.Stage.ToLowerInvariant()}; it has been logged. Start it again, or tell the service desk if it keeps happening.", null);
        }

        live.Complete();
        await saving;
        row.Finish(result.Succeeded, result.Message, result.ResultUrl, clock.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
        _live.TryRemove(work.Id, out _);
    }

    /// <summary>Writes each stage as it begins (a moment behind the job, which does not wait for it).</summary>
    private async Task SaveProgressAsync(TautokoDbContext db, LongJob row, Live live)
    {
        await foreach (var _ in live.Changes.ReadAllAsync())
        {
            var view = live.Snapshot().View;
            row.Reached(view.Stage, view.Step, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
            {
                logger.LogWarning(ex, "Could not save the progress of job {Id}", row.Id);
            }
        }
    }

    /// <summary>Every half minute, this node says its unfinished jobs are still in hand.</summary>
    private async Task BeatAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Heartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = clock.GetUtcNow();
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().LongJobs
                        .Where(j => j.Node == node.Name && (j.State == LongJobState.Queued || j.State == LongJobState.Running))
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.UpdatedAt, now), stoppingToken);
                }
                catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
                {
                    logger.LogWarning(ex, "Could not mark this node's jobs as in hand");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private sealed record Work(Guid Id, IReadOnlyList<string> Stages, Func<IServiceProvider, IProgress<string>, CancellationToken, Task<JobResult>> Run);

    /// <summary>A running job's latest progress on this node; each stage reported is also queued for saving.</summary>
    private sealed class Live(StaffId? owner, JobView view, IReadOnlyList<string> stages) : IProgress<string>
    {
        private readonly Lock _gate = new();
        private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
        private JobView _view = view;

        public ChannelReader<bool> Changes => _changes.Reader;

        public (StaffId? Owner, JobView View) Snapshot()
        {
            lock (_gate)
            {
                return (owner, _view);
            }
        }

        /// <summary>A stage begins: the share done is the stages before it (never going back).</summary>
        public void Report(string value)
        {
            lock (_gate)
            {
                var index = stages.ToList().IndexOf(value);
                var step = Math.Max(_view.Step, index < 0 ? _view.Step : index);
                _view = _view with { Stage = value, Step = step, Percent = Math.Max(_view.Percent, step * 100 / _view.Steps) };
            }

            _changes.Writer.TryWrite(true);
        }

        public void Complete() => _changes.Writer.TryComplete();
    }
}

/// <summary>Whether a request asks for a long job to run in the background (RFC 7240 <c>Prefer: respond-async</c>): 202 with the job's address.</summary>
public static class JobRequest
{
    public static bool RespondAsync(HttpRequest request) =>
        request.Headers["Prefer"].Any(p => p is not null && p.Split(',').Any(v => v.Trim().Equals("respond-async", StringComparison.OrdinalIgnoreCase)));
}
