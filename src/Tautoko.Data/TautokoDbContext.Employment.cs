using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Employment;

namespace Tautoko.Data;

/// <summary>Jobseeker Profiles and CV documents (configurations below).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<JobseekerProfile> JobseekerProfiles => Set<JobseekerProfile>();

    public DbSet<CvDocument> CvDocuments => Set<CvDocument>();
}

public sealed class JobseekerProfileConfiguration : IEntityTypeConfiguration<JobseekerProfile>
{
    /// <summary>One Jobseeker Profile per client.</summary>
    public const string OnePerClient = "ux_jobseeker_profiles_client";

    public void Configure(EntityTypeBuilder<JobseekerProfile> builder)
    {
        builder.ToTable("jobseeker_profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Skills).HasMaxLength(JobseekerProfileDetails.MaxPartLength);
        builder.Property(p => p.Licences).HasMaxLength(JobseekerProfileDetails.MaxPartLength);
        builder.Property(p => p.WorkHistory).HasMaxLength(JobseekerProfileDetails.MaxPartLength);
        builder.Property(p => p.PreferredOccupations).HasMaxLength(JobseekerProfileDetails.MaxPartLength);
        builder.Property(p => p.PreferredHours).HasMaxLength(JobseekerProfileDetails.MaxPartLength);
        builder.Property(p => p.Barriers).HasMaxLength(JobseekerProfileDetails.MaxPartLength);
        builder.Property(p => p.Transport).HasMaxLength(JobseekerProfileDetails.MaxPartLength);
        builder.Property(p => p.Goals).HasMaxLength(JobseekerProfileDetails.MaxPartLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Details);
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ClientId).IsUnique().HasDatabaseName(OnePerClient);
    }
}

public sealed class CvDocumentConfiguration : IEntityTypeConfiguration<CvDocument>
{
    /// <summary>Each version number once per client: two uploads at once cannot both become the same version.</summary>
    public const string OneVersionPerClient = "ux_cv_documents_client_version";

    public void Configure(EntityTypeBuilder<CvDocument> builder)
    {
        builder.ToTable("cv_documents", t => t.HasCheckConstraint("ck_cv_documents_size", $"\"SizeBytes\" > 0 AND \"SizeBytes\" <= {CvFileCheck.MaxBytes}"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.FileName).HasMaxLength(CvFileCheck.MaxFileNameLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ClientId, c.Version }).IsUnique().HasDatabaseName(OneVersionPerClient);
    }
}
