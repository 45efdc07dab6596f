using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class CaseManagerMessageConfiguration : IEntityTypeConfiguration<CaseManagerMessage>
{
    public void Configure(EntityTypeBuilder<CaseManagerMessage> builder)
    {
        builder.ToTable("case_manager_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Response).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.From).HasMaxLength(CaseManagerMessage.MaxFromLength);
        builder.Property(m => m.Subject).HasMaxLength(CaseManagerMessage.MaxSubjectLength);
        builder.Property(m => m.Body).HasMaxLength(CaseManagerMessage.MaxBodyLength);
        builder.Property(m => m.ResponseNote).HasMaxLength(CaseManagerMessage.MaxBodyLength);
        builder.Ignore(m => m.IsOpen);
        builder.Ignore(m => m.AnsweredInTime);
        builder.HasIndex(m => new { m.CaseManagerId, m.AcknowledgedAt, m.DueAt });
        builder.HasIndex(m => m.ReceivedAt);
        builder.HasIndex(m => m.ClientId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.CaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.FromStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.AcknowledgedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EngagementNote>().WithMany().HasForeignKey(m => m.EngagementNoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutboxMessage>().WithOne().HasForeignKey<CaseManagerMessage>(m => m.OutboxMessageId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class VoicemailCheckConfiguration : IEntityTypeConfiguration<VoicemailCheck>
{
    public void Configure(EntityTypeBuilder<VoicemailCheck> builder)
    {
        builder.ToTable("voicemail_checks");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.StaffId, v.At });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(v => v.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
