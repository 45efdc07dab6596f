using System.Collections.Concurrent;
using Tautoko.Core.Common;

namespace Tautoko.Web.Platform.Jobs;

public enum JobState
{
    Running,
    Done,
    Failed,
}

/// <summary>What a long job has got to: its stage (one of <see cref="Steps"/>), the share done, and when finished where its result is.</summary>
public sealed record JobView(
    Guid Id,
    string Kind,
    string Title,
    JobState State,
    string Stage,
    int Step,
    int Steps,
    int Percent,
    string? ResultUrl,
    string? Message,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt)
{
    public bool Finished => State != JobState.Running;
}

/// <summary>How a job ended: a sentence and, when it made something, the address of it.</summary>
public sealed record JobResult(bool Succeeded, string Message, string? ResultUrl);

/// <summary>
/// Long jobs (a national assignment proposal, an LMI1 run) in the background of this node: started by a request that
/// returns at once, run in their own service scope, their stage and share done kept here for an hour after they finish,
/// so the page that polls <c>/api/jobs/{id}</c>, a reload, or a later visit shows where the job is or what it made.
/// What a job makes is saved by the job itself (the proposal, the model); this keeps only its progress.
/// </summary>
public sealed class BackgroundJobs(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<BackgroundJobs> logger)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, Entry> _jobs = new();

    /// <summary>Starts <paramref name="work"/> with progress through <paramref name="stages"/>; the job belongs to <paramref name="owner"/>.</summary>
    public JobView Start(string kind, string title, StaffId? owner, IReadOnlyList<string> stages,
        Func<IServiceProvider, IProgress<string>, CancellationToken, Task<JobResult>> work)
    {
        Forget();
        var entry = new Entry(Guid.CreateVersion7(), kind, title, owner, stages, clock.GetUtcNow());
        _jobs[entry.Id] = entry;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await work(scope.ServiceProvider, entry, lifetime.ApplicationStopping);
                entry.Finish(result, clock.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogError(ex, "Background job {Kind} {Id} failed", kind, entry.Id);
                entry.Finish(new JobResult(false, lifetime.ApplicationStopping.IsCancellationRequested ? "Stopped: the server was shutting down." : "The job failed; see the server log.", null), clock.GetUtcNow());
            }
        });
        return entry.View();
    }

    /// <summary>The job, for its owner or national office (<paramref name="anyOwner"/>); null otherwise.</summary>
    public JobView? Find(Guid id, StaffId? viewer, bool anyOwner) =>
        _jobs.TryGetValue(id, out var entry) && (anyOwner || (viewer is { } v && entry.Owner == v)) ? entry.View() : null;

    /// <summary>This kind's jobs that <paramref name="viewer"/> may see, newest first: those running and those finished within the hour.</summary>
    public IReadOnlyList<JobView> Recent(string kind, StaffId? viewer, bool anyOwner) =>
        [.. _jobs.Values.Where(e => e.Kind == kind && (anyOwner || (viewer is { } v && e.Owner == v))).Select(e => e.View()).OrderByDescending(j => j.StartedAt)];

    private void Forget()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, entry) in _jobs)
        {
            if (entry.View() is { FinishedAt: { } at } && now - at > KeptFor)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }

    private sealed class Entry(Guid id, string kind, string title, StaffId? owner, IReadOnlyList<string> stages, DateTimeOffset startedAt) : IProgress<string>
    {
        private readonly Lock _gate = new();
        private JobView _view = new(id, kind, title, JobState.Running, stages.Count > 0 ? stages[0] : "Starting", 0, Math.Max(1, stages.Count), 0, null, null, startedAt, null);

        public Guid Id => id;

        public string Kind => kind;

        public StaffId? Owner => owner;

        public JobView View()
        {
            lock (_gate)
            {
                return _view;
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
        }

        public void Finish(JobResult result, DateTimeOffset at)
        {
            lock (_gate)
            {
                _view = _view with
                {
                    State = result.Succeeded ? JobState.Done : JobState.Failed,
                    Stage = result.Succeeded ? "Finished" : "Failed",
                    Step = result.Succeeded ? _view.Steps : _view.Step,
                    Percent = result.Succeeded ? 100 : _view.Percent,
                    ResultUrl = result.ResultUrl,
                    Message = result.Message,
                    FinishedAt = at,
                };
            }
        }
    }
}

/// <summary>Whether a request asks for a long job to run in the background (RFC 7240 <c>Prefer: respond-async</c>): 202 with the job's address.</summary>
public static class JobRequest
{
    public static bool RespondAsync(HttpRequest request) =>
        request.Headers["Prefer"].Any(p => p is not null && p.Split(',').Any(v => v.Trim().Equals("respond-async", StringComparison.OrdinalIgnoreCase)));
}
