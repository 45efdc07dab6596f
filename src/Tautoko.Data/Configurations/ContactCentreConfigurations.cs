using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Hardship;
using Tautoko.Core.Messaging;
using Tautoko.Core.Staff;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Data.Configurations;

public sealed class ClientCallConfiguration : IEntityTypeConfiguration<ClientCall>
{
    public void Configure(EntityTypeBuilder<ClientCall> builder)
    {
        builder.ToTable("client_calls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TaskId).HasConversion<WorkQueueTaskIdConverter>();
        builder.Property(c => c.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Verification).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CallerKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CallerName).HasMaxLength(ClientCall.MaxNameLength);
        builder.Property(c => c.VerificationNote).HasMaxLength(ClientCall.MaxNoteLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.MayReleaseClientInformation);
        builder.HasIndex(c => new { c.ClientId, c.StartedAt });
        builder.HasIndex(c => new { c.StaffId, c.StartedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkQueueTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CaseManagedCallFlowConfiguration : IEntityTypeConfiguration<CaseManagedCallFlow>
{
    public void Configure(EntityTypeBuilder<CaseManagedCallFlow> builder)
    {
        builder.ToTable("case_managed_call_flows");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Step).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.HandBack).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.ReasonForCall).HasMaxLength(CaseManagedCallFlow.MaxTextLength);
        builder.Property(f => f.ReasonNotViaCaseManager).HasMaxLength(CaseManagedCallFlow.MaxTextLength);
        builder.Property(f => f.ActionsTaken).HasMaxLength(CaseManagedCallFlow.MaxTextLength);
        builder.Property(f => f.AppointmentSummary).HasMaxLength(CaseManagedCallFlow.MaxTextLength);
        builder.Property(f => f.OtherDetails).HasMaxLength(2 * CaseManagedCallFlow.MaxTextLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => f.CallId);
        builder.HasIndex(f => f.ClientId);
        builder.HasOne<ClientCall>().WithMany().HasForeignKey(f => f.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(f => f.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.CaseManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HardshipRequest>().WithMany().HasForeignKey(f => f.HardshipRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EngagementNote>().WithMany().HasForeignKey(f => f.EngagementNoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseManagerMessage>().WithMany().HasForeignKey(f => f.SummaryMessageId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class HardshipRequestConfiguration : IEntityTypeConfiguration<HardshipRequest>
{
    public void Configure(EntityTypeBuilder<HardshipRequest> builder)
    {
        builder.ToTable("hardship_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Need).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Detail).HasMaxLength(HardshipRequest.MaxDetailLength);

        // R-080 counts a client's requests over the last year.
        builder.HasIndex(r => new { r.ClientId, r.RequestedAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.DecidedById).OnDelete(DeleteBehavior.Restrict);
    }
}
