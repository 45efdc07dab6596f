using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Sites;
using Tautoko.Core.Vacancies;

namespace Tautoko.Data;

/// <summary>ANZSCO occupations, employers, vacancies and the occupation codes of Jobseeker Profiles (configurations below).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<AnzscoOccupation> AnzscoOccupations => Set<AnzscoOccupation>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    public DbSet<JobseekerOccupation> JobseekerOccupations => Set<JobseekerOccupation>();
}

/// <summary>The ANZSCO codes, seeded by the migration from the embedded CSV (<see cref="AnzscoCatalogue"/>).</summary>
public sealed class AnzscoOccupationConfiguration : IEntityTypeConfiguration<AnzscoOccupation>
{
    public void Configure(EntityTypeBuilder<AnzscoOccupation> builder)
    {
        builder.ToTable("anzsco_occupations");
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(6);
        builder.Property(o => o.Title).HasMaxLength(120);
        builder.Ignore(o => o.Level);
        builder.HasData(AnzscoCatalogue.All.Select(o => new AnzscoOccupation(o.Code, o.Title)));
    }
}

public sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.ToTable("employers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Name).HasMaxLength(Employer.MaxNameLength);
        builder.Property(e => e.ContactName).HasMaxLength(200);
        builder.Property(e => e.ContactPhone).HasMaxLength(40);
        builder.Property(e => e.ContactEmail).HasMaxLength(200);
        builder.Property(e => e.Nzbn).HasMaxLength(13);
        builder.HasOne<Site>().WithMany().HasForeignKey(e => e.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RegionId, e.Name });
    }
}

public sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.ToTable("vacancies", t => t.HasCheckConstraint("ck_vacancies_positions", "\"Positions\" > 0"));
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.OccupationCode).HasMaxLength(6);
        builder.Property(v => v.MinorGroup).HasMaxLength(3);
        builder.Property(v => v.Town).HasMaxLength(100);
        builder.Property(v => v.LicencesRequired).HasMaxLength(40);
        builder.Property(v => v.HoursPerWeek).HasPrecision(5, 2);
        builder.Property(v => v.PayPerHour).HasPrecision(8, 2);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Hours).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.RequiredLicenceCodes);
        builder.HasOne<Employer>().WithMany().HasForeignKey(v => v.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(v => v.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AnzscoOccupation>().WithMany().HasForeignKey(v => v.OccupationCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.RegionId, v.Status, v.MinorGroup });
        builder.HasIndex(v => v.EmployerId);
    }
}

public sealed class JobseekerOccupationConfiguration : IEntityTypeConfiguration<JobseekerOccupation>
{
    /// <summary>Each code once per client.</summary>
    public const string OncePerClient = "ux_jobseeker_occupations_client_code";

    public void Configure(EntityTypeBuilder<JobseekerOccupation> builder)
    {
        builder.ToTable("jobseeker_occupations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Code).HasMaxLength(6);
        builder.Property(o => o.MinorGroup).HasMaxLength(3);
        builder.HasOne<Client>().WithMany().HasForeignKey(o => o.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AnzscoOccupation>().WithMany().HasForeignKey(o => o.Code).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ClientId, o.Code }).IsUnique().HasDatabaseName(OncePerClient);

        // Matching reads a vacancy's minor group: the index leads with it and carries the client and code.
        builder.HasIndex(o => new { o.MinorGroup, o.ClientId, o.Code }).HasDatabaseName("ix_jobseeker_occupations_minor_group");
    }
}
