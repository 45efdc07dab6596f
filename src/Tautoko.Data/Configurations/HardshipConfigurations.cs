using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Hardship;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class HardshipApplicationConfiguration : IEntityTypeConfiguration<HardshipApplication>
{
    public const string OneOpenReviewPerApplication = "UX_decision_reviews_one_open";

    public const string DeclineNamesItsReason = "CK_hardship_applications_decline_reason";

    public void Configure(EntityTypeBuilder<HardshipApplication> builder)
    {
        // R-091 at the database too: a declined application always names its reason. (Money is checked in Core: SQLite keeps decimals as text.)
        builder.ToTable("hardship_applications", t => t.HasCheckConstraint(DeclineNamesItsReason, "\"Status\" <> 'Declined' OR \"DeclineReason\" IS NOT NULL"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AgentName).HasMaxLength(HardshipApplication.MaxAgentLength);
        builder.Property(a => a.Need).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(60);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DeclineReason).HasConversion<string>().HasMaxLength(60);
        builder.Property(a => a.AmountAsked).HasPrecision(12, 2);
        builder.Property(a => a.AmountGranted).HasPrecision(12, 2);
        builder.Property(a => a.Detail).HasMaxLength(HardshipApplication.MaxDetailLength);
        builder.Property(a => a.DecisionNote).HasMaxLength(HardshipApplication.MaxNoteLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Debt);

        // R-080 counts a client's applications over the last year; the history reads the last 52 weeks.
        builder.HasIndex(a => new { a.ClientId, a.ReceivedAt });
        builder.HasIndex(a => new { a.Status, a.DecidedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.DecidedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DecisionReviewConfiguration : IEntityTypeConfiguration<DecisionReview>
{
    public void Configure(EntityTypeBuilder<DecisionReview> builder)
    {
        builder.ToTable("decision_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Requester).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Grounds).HasMaxLength(DecisionReview.MaxTextLength);
        builder.Property(r => r.LateReason).HasMaxLength(DecisionReview.MaxTextLength);
        builder.Property(r => r.OutcomeNote).HasMaxLength(DecisionReview.MaxTextLength);
        builder.Property(r => r.AmountGranted).HasPrecision(12, 2);
        builder.Property(r => r.Version).IsConcurrencyToken();

        // One open review of a decision at a time: a second request while one is open is refused by the database too.
        builder.HasIndex(r => r.ApplicationId).IsUnique().HasFilter("\"Stage\" <> 'Closed'").HasDatabaseName(HardshipApplicationConfiguration.OneOpenReviewPerApplication);
        builder.HasIndex(r => new { r.Stage, r.DueOn });
        builder.HasIndex(r => r.ClientId);
        builder.HasOne<HardshipApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.ClosedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReviewWindowSettingConfiguration : IEntityTypeConfiguration<ReviewWindowSetting>
{
    public void Configure(EntityTypeBuilder<ReviewWindowSetting> builder)
    {
        builder.ToTable("review_window_settings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Window);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.ChangedById).OnDelete(DeleteBehavior.Restrict);
    }
}
