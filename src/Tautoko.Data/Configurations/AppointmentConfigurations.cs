using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tautoko.Core.Appointments;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class AppointmentIdConverter() : ValueConverter<AppointmentId, Guid>(v => v.Value, v => new AppointmentId(v));

public sealed class SlotIdConverter() : ValueConverter<SlotId, Guid>(v => v.Value, v => new SlotId(v));

public sealed class CaseManagerCalendarConfiguration : IEntityTypeConfiguration<CaseManagerCalendar>
{
    public void Configure(EntityTypeBuilder<CaseManagerCalendar> builder)
    {
        builder.ToTable("case_manager_calendars");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TemplateName).HasMaxLength(120);
        builder.Property(c => c.LockedReason).HasMaxLength(500);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.StaffId).IsUnique();
        builder.HasIndex(c => c.SiteId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ReviewedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(c => c.Blocks, blocks =>
        {
            blocks.ToJson("blocks");
            blocks.Property(b => b.Day).HasConversion<string>();
            blocks.Property(b => b.Kind).HasConversion<string>();
        });
        builder.Navigation(c => c.Blocks).HasField("_blocks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AppointmentSlotConfiguration : IEntityTypeConfiguration<AppointmentSlot>
{
    public void Configure(EntityTypeBuilder<AppointmentSlot> builder)
    {
        builder.ToTable("appointment_slots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion<SlotIdConverter>().ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(s => s.Minutes);

        // One slot per case manager per start time: re-planning a calendar never makes a second one.
        builder.HasIndex(s => new { s.StaffId, s.StartsAt }).IsUnique();
        builder.HasIndex(s => new { s.SiteId, s.StartsAt });
        builder.HasIndex(s => new { s.StaffId, s.Date });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    /// <summary>The unique index that makes a double booking impossible; its name is how a violation is recognised.</summary>
    public const string OneAppointmentPerSlot = "ux_appointments_slot";

    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion<AppointmentIdConverter>().ValueGeneratedNever();
        builder.Property(a => a.SlotId).HasConversion<SlotIdConverter>();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.WalkInPurpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Cover).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Purpose).HasMaxLength(Appointment.MaxTextLength);
        builder.Property(a => a.ResultNote).HasMaxLength(Appointment.MaxTextLength);
        builder.Property(a => a.CancelReason).HasMaxLength(Appointment.MaxTextLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Minutes);
        builder.Ignore(a => a.IsOpen);

        // The no-double-booking guarantee: at most one appointment holds a slot. A cancellation before
        // the start sets SlotId to null, which frees the slot (NULLs never collide in a unique index).
        builder.HasIndex(a => a.SlotId).IsUnique().HasDatabaseName(OneAppointmentPerSlot);
        builder.HasIndex(a => new { a.ClientId, a.StartsAt });
        builder.HasIndex(a => new { a.StaffId, a.StartsAt });
        builder.HasIndex(a => new { a.SiteId, a.StartsAt });
        builder.HasOne<AppointmentSlot>().WithMany().HasForeignKey(a => a.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.BookedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.ResultedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CalendarBlockoutConfiguration : IEntityTypeConfiguration<CalendarBlockout>
{
    public void Configure(EntityTypeBuilder<CalendarBlockout> builder)
    {
        builder.ToTable("calendar_blockouts");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.Note).HasMaxLength(500);
        builder.HasIndex(b => new { b.StaffId, b.From });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(b => b.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(b => b.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AppointmentId).HasConversion<AppointmentIdConverter>();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Letter).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        // Rows written before staff e-mails went through the outbox were all to clients.
        builder.Property(m => m.RecipientKind).HasConversion<string>().HasMaxLength(20).HasDefaultValue(RecipientKind.Client);
        builder.Property(m => m.Recipient).HasMaxLength(400);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(8000);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        builder.Property(m => m.DeliveryReference).HasMaxLength(OutboxMessage.MaxDeliveryReferenceLength);

        // The delivery job's scan: due messages in order.
        builder.HasIndex(m => new { m.Status, m.NotBefore });
        builder.HasIndex(m => m.AppointmentId);
        builder.HasIndex(m => m.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(m => m.AppointmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
