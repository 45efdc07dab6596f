namespace Tautoko.Core.WorkQueues;

/// <summary>An open task as the age profile needs it.</summary>
public readonly record struct OpenTaskAge(DateTimeOffset CreatedAt, DateTimeOffset DueAt, WorkQueueTaskStatus Status);

/// <summary>How many open tasks fall in one age band.</summary>
public sealed record AgeBand(string Label, TimeSpan From, TimeSpan? Below, int Count);

/// <summary>
/// A queue's open work by age, for managers: how much waits, how old it is, how much is overdue
/// the site face-to-face queue is cleared within 24 hours).
/// </summary>
public sealed record QueueAgeProfile(int Open, int Waiting, int InProgress, int OnHold, int Overdue, TimeSpan? Oldest, IReadOnlyList<AgeBand> Bands)
{
    private static readonly (string Label, TimeSpan From, TimeSpan? Below)[] BandLimits =
    [
        ("Under 4 hours", TimeSpan.Zero, TimeSpan.FromHours(4)),
        ("4–24 hours", TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        ("1–3 days", TimeSpan.FromHours(24), TimeSpan.FromDays(3)),
        ("3–7 days", TimeSpan.FromDays(3), TimeSpan.FromDays(7)),
        ("7 days or more", TimeSpan.FromDays(7), null),
    ];

    public static IReadOnlyList<string> BandLabels { get; } = [.. BandLimits.Select(b => b.Label)];

    public static QueueAgeProfile Compute(IEnumerable<OpenTaskAge> tasks, DateTimeOffset now)
    {
        var counts = new int[BandLimits.Length];
        int open = 0, waiting = 0, inProgress = 0, onHold = 0, overdue = 0;
        TimeSpan? oldest = null;
        foreach (var task in tasks)
        {
            if (task.Status == WorkQueueTaskStatus.Completed)
            {
                continue;
            }

            open++;
            switch (task.Status)
            {
                case WorkQueueTaskStatus.Open:
                    waiting++;
                    break;
                case WorkQueueTaskStatus.InProgress:
                    inProgress++;
                    break;
                case WorkQueueTaskStatus.OnHold:
                    onHold++;
                    break;
                case WorkQueueTaskStatus.Completed:
                    break;
            }

            if (now > task.DueAt)
            {
                overdue++;
            }

            var age = now - task.CreatedAt;
            if (age < TimeSpan.Zero)
            {
                age = TimeSpan.Zero;
            }

            oldest = oldest is { } o && o > age ? o : age;
            for (var i = 0; i < BandLimits.Length; i++)
            {
                if (age >= BandLimits[i].From && (BandLimits[i].Below is not { } below || age < below))
                {
                    counts[i]++;
                    break;
                }
            }
        }

        var bands = BandLimits.Select((b, i) => new AgeBand(b.Label, b.From, b.Below, counts[i])).ToList();
        return new QueueAgeProfile(open, waiting, inProgress, onHold, overdue, oldest, bands);
    }
}
