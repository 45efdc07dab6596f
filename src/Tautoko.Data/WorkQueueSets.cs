using Microsoft.EntityFrameworkCore;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data;

/// <summary>The work-queue tables on the context (their configurations live in Configurations/WorkQueueConfigurations.cs).</summary>
public static class WorkQueueSets
{
    extension(TautokoDbContext db)
    {
        public DbSet<WorkQueue> WorkQueues => db.Set<WorkQueue>();

        public DbSet<WorkQueueTask> WorkQueueTasks => db.Set<WorkQueueTask>();

        public DbSet<WorkQueueTaskEvent> WorkQueueTaskEvents => db.Set<WorkQueueTaskEvent>();

        public DbSet<ContactAttempt> ContactAttempts => db.Set<ContactAttempt>();

        public DbSet<ContactReview> ContactReviews => db.Set<ContactReview>();
    }
}
