using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tautoko.Core.Clients;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data.Configurations;

public sealed class WorkQueueIdConverter() : ValueConverter<WorkQueueId, Guid>(v => v.Value, v => new WorkQueueId(v));

public sealed class WorkQueueTaskIdConverter() : ValueConverter<WorkQueueTaskId, Guid>(v => v.Value, v => new WorkQueueTaskId(v));

public sealed class WorkQueueConfiguration : IEntityTypeConfiguration<WorkQueue>
{
    public void Configure(EntityTypeBuilder<WorkQueue> builder)
    {
        builder.ToTable("work_queues");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).HasConversion<WorkQueueIdConverter>().ValueGeneratedNever();
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(q => q.Name).HasMaxLength(WorkQueue.MaxNameLength);
        builder.Ignore(q => q.Target);

        // One queue of a name per site; the standard queues are named after their kind, so each site has one of each.
        builder.HasIndex(q => new { q.SiteId, q.Name }).IsUnique();
        builder.HasIndex(q => new { q.SiteId, q.Kind });
        builder.HasOne<Site>().WithMany().HasForeignKey(q => q.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(q => q.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WorkQueueTaskConfiguration : IEntityTypeConfiguration<WorkQueueTask>
{
    /// <summary>R-114/R-115: a due assessment's reminder is raised once; a second is refused by the database.</summary>
    public const string OneReminderPerDueAssessment = "IX_work_queue_tasks_reminder_key";

    public void Configure(EntityTypeBuilder<WorkQueueTask> builder)
    {
        builder.ToTable("work_queue_tasks", table =>
        {
            // Enforced by the database too: a task being worked has exactly one owner, and only then.
            table.HasCheckConstraint(
                "ck_work_queue_tasks_owner",
                "(\"Status\" = 'InProgress' AND \"OwnerId\" IS NOT NULL) OR (\"Status\" <> 'InProgress' AND \"OwnerId\" IS NULL)");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasConversion<WorkQueueTaskIdConverter>().ValueGeneratedNever();
        builder.Property(t => t.QueueId).HasConversion<WorkQueueIdConverter>();
        builder.Property(t => t.QueueKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Origin).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Need).HasMaxLength(WorkQueueTask.MaxNeedLength);
        builder.Property(t => t.HoldReason).HasMaxLength(WorkQueueTask.MaxReasonLength);
        builder.Property(t => t.OutcomeNote).HasMaxLength(WorkQueueTask.MaxReasonLength);

        // Taking a task is an UPDATE … WHERE "Version" = @read AND "OwnerId" IS NULL: of two people taking it
        // at once, the second finds no row to update and is told someone else has it.
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.OwnerId).IsConcurrencyToken();
        builder.Ignore(t => t.IsOpen);

        builder.HasIndex(t => new { t.QueueId, t.Status, t.DueAt });
        builder.HasIndex(t => new { t.OwnerId, t.Status });
        builder.HasIndex(t => new { t.ClientId, t.Status });

        // one reminder task per due assessment, however often the daily job runs.
        builder.Property(t => t.ReminderKey).HasMaxLength(Core.Assessments.AssessmentReminders.MaxKeyLength);
        builder.HasIndex(t => t.ReminderKey).IsUnique().HasFilter("\"ReminderKey\" IS NOT NULL").HasDatabaseName(OneReminderPerDueAssessment);
        builder.HasIndex(t => new { t.SiteId, t.Status });
        builder.HasOne<WorkQueue>().WithMany().HasForeignKey(t => t.QueueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.CompletedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class WorkQueueTaskEventConfiguration : IEntityTypeConfiguration<WorkQueueTaskEvent>
{
    public void Configure(EntityTypeBuilder<WorkQueueTaskEvent> builder)
    {
        builder.ToTable("work_queue_task_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.TaskId).HasConversion<WorkQueueTaskIdConverter>();
        builder.Property(e => e.FromQueueId).HasConversion<WorkQueueIdConverter>();
        builder.Property(e => e.ToQueueId).HasConversion<WorkQueueIdConverter>();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Detail).HasMaxLength(WorkQueueTaskEvent.MaxDetailLength);
        builder.HasIndex(e => new { e.TaskId, e.At });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.ById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkQueue>().WithMany().HasForeignKey(e => e.FromQueueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkQueue>().WithMany().HasForeignKey(e => e.ToQueueId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContactAttemptConfiguration : IEntityTypeConfiguration<ContactAttempt>
{
    public void Configure(EntityTypeBuilder<ContactAttempt> builder)
    {
        builder.ToTable("contact_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TaskId).HasConversion<WorkQueueTaskIdConverter>();
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Result).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Voicemail).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Script).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.MessageLeft).HasMaxLength(1000);
        builder.Property(a => a.Note).HasMaxLength(ContactAttempt.MaxNoteLength);
        builder.Ignore(a => a.Successful);

        // Attempt numbers are counted per task; two saves can never both be "attempt 2".
        builder.HasIndex(a => new { a.TaskId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.ClientId, a.OccurredAt });
        builder.HasOne<WorkQueueTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.ById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EngagementNote>().WithMany().HasForeignKey(a => a.EngagementNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContactReviewConfiguration : IEntityTypeConfiguration<ContactReview>
{
    public void Configure(EntityTypeBuilder<ContactReview> builder)
    {
        builder.ToTable("contact_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TaskId).HasConversion<WorkQueueTaskIdConverter>();
        builder.Property(r => r.Findings).HasMaxLength(ContactReview.MaxFindingsLength);
        builder.OwnsOne(r => r.Checks);
        builder.Navigation(r => r.Checks).IsRequired();
        builder.HasIndex(r => r.TaskId);
        builder.HasOne<WorkQueueTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.ById).OnDelete(DeleteBehavior.Restrict);
    }
}
