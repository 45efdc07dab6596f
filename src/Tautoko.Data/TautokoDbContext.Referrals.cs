using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Vacancies;

namespace Tautoko.Data;

/// <summary>Referrals of clients to vacancies and to contracted services or programmes, with their progress.</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<Referral> Referrals => Set<Referral>();
}

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    /// <summary>A client is referred to a vacancy once.</summary>
    public const string OncePerVacancy = "ux_referrals_vacancy_client";

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(12);
        builder.Property(r => r.Service).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OutcomeCode).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Programme).HasMaxLength(Referral.MaxProgrammeLength);
        builder.Property(r => r.Outcome).HasMaxLength(Referral.MaxOutcomeLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.NextStages);
        builder.Ignore(r => r.IsFinal);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(r => r.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.VacancyId, r.ClientId }).IsUnique().HasDatabaseName(OncePerVacancy);
        builder.HasIndex(r => new { r.ClientId, r.ReferredOn });
        builder.HasIndex(r => new { r.SiteId, r.ReferredOn });
    }
}
