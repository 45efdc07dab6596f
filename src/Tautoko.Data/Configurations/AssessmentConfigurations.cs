using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Appointments;
using Tautoko.Core.Assessments;
using Tautoko.Core.Clients;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class ClientAssessmentConfiguration : IEntityTypeConfiguration<ClientAssessment>
{
    public void Configure(EntityTypeBuilder<ClientAssessment> builder)
    {
        builder.ToTable("client_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Point).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Narrative).HasMaxLength(ClientAssessment.MaxText);
        builder.Property(a => a.SensitiveTopics).HasMaxLength(ClientAssessment.MaxText);
        builder.HasIndex(a => new { a.ClientId, a.CompletedOn });
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BeutAssessmentConfiguration : IEntityTypeConfiguration<BeutAssessment>
{
    public void Configure(EntityTypeBuilder<BeutAssessment> builder)
    {
        builder.ToTable("beut_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Point).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Note).HasMaxLength(BeutAssessment.MaxNote);
        builder.Ignore(a => a.Mean);
        builder.HasIndex(a => new { a.ClientId, a.CompletedOn });
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(a => a.Ratings, r =>
        {
            r.ToTable("beut_ratings", t => t.HasCheckConstraint("CK_beut_ratings_rating", $"\"Rating\" BETWEEN {BeutFactors.MinRating} AND {BeutFactors.MaxRating}"));
            r.WithOwner().HasForeignKey("BeutAssessmentId");
            r.Property(x => x.Factor).HasConversion<string>().HasMaxLength(40);
            r.HasKey("BeutAssessmentId", nameof(BeutRating.Factor));
        });
        builder.Navigation(a => a.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SessionMeasureConfiguration : IEntityTypeConfiguration<SessionMeasure>
{
    /// <summary>R-116: one PCOMS measure per appointment; a second is refused by the database.</summary>
    public const string OnePerAppointment = "IX_session_measures_appointment";

    public void Configure(EntityTypeBuilder<SessionMeasure> builder)
    {
        builder.ToTable("session_measures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.SkipReason).HasMaxLength(SessionMeasure.MaxReason);
        builder.Ignore(m => m.Skipped);
        builder.Ignore(m => m.Scores);
        builder.Property(m => m.AppointmentId).HasConversion<AppointmentIdConverter>();
        builder.HasIndex(m => m.AppointmentId).IsUnique().HasDatabaseName(OnePerAppointment);
        builder.HasIndex(m => new { m.ClientId, m.SessionOn });
        builder.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(m => m.AppointmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}
