using Microsoft.EntityFrameworkCore;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data;

/// <summary>The work-queue tables (configurations in Configurations/WorkQueueConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<WorkQueue> WorkQueues => Set<WorkQueue>();

    public DbSet<WorkQueueTask> WorkQueueTasks => Set<WorkQueueTask>();

    public DbSet<WorkQueueTaskEvent> WorkQueueTaskEvents => Set<WorkQueueTaskEvent>();

    public DbSet<ContactAttempt> ContactAttempts => Set<ContactAttempt>();

    public DbSet<ContactReview> ContactReviews => Set<ContactReview>();
}
