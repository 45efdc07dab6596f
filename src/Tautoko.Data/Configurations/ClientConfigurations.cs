using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Clients;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;

namespace Tautoko.Data.Configurations;

public sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ClientNumber).HasMaxLength(9).IsFixedLength();
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.MiddleNames).HasMaxLength(200);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.PreferredName).HasMaxLength(100);
        builder.Property(c => c.FirstNameFolded).HasMaxLength(201);
        builder.Property(c => c.LastNameFolded).HasMaxLength(100);
        builder.Property(c => c.SearchText).HasMaxLength(310);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.PreferredChannel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Benefit).HasConversion<string>().HasMaxLength(60);
        builder.Property(c => c.FirstBenefitType).HasConversion<string>().HasMaxLength(60);
        builder.Property(c => c.Obligation).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RestrictionReason).HasMaxLength(200);
        builder.Property(c => c.Gender).HasConversion<string>().HasMaxLength(20);
        // A set of Stats NZ level-1 groups, one bit each (EthnicGroups); 0 is "not recorded".
        builder.Property(c => c.Ethnicity);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.DisplayName);
        builder.Ignore(c => c.FormattedClientNumber);
        builder.Ignore(c => c.Partner);
        builder.Ignore(c => c.DependentChildren);

        builder.HasIndex(c => c.ClientNumber).IsUnique();
        // Serves client search in the order it shows (surname, first name, client number); see SearchClientsHandler.
        builder.HasIndex(c => new { c.LastNameFolded, c.FirstNameFolded, c.ClientNumber });
        builder.HasIndex(c => c.DateOfBirth);
        // A site's clients, and client search within a person's scope (their site or region) in the order it shows.
        builder.HasIndex(c => new { c.HomeSiteId, c.LastNameFolded, c.FirstNameFolded, c.ClientNumber }).HasDatabaseName("IX_clients_HomeSiteId_search_order");
        builder.HasOne<Site>().WithMany().HasForeignKey(c => c.HomeSiteId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(c => c.Address, address =>
        {
            address.Property(a => a.Line1).HasMaxLength(200);
            address.Property(a => a.Suburb).HasMaxLength(100);
            address.Property(a => a.City).HasMaxLength(100);
            address.Property(a => a.Postcode).HasMaxLength(10);
        });
        builder.OwnsOne(c => c.Agent, agent =>
        {
            agent.Property(a => a.FullName).HasMaxLength(200);
            agent.Property(a => a.Relationship).HasMaxLength(100);
            agent.Property(a => a.Phone).HasMaxLength(20);
            agent.Property(a => a.IsVerified);
        });
        builder.OwnsMany(c => c.Household, member =>
        {
            member.ToTable("household_members");
            member.WithOwner().HasForeignKey("ClientId");
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever();
            member.Property(m => m.Relationship).HasConversion<string>().HasMaxLength(20);
            member.Property(m => m.FullName).HasMaxLength(200);
        });
        builder.Navigation(c => c.Household).HasField("_household").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ProgrammeTagConfiguration : IEntityTypeConfiguration<ProgrammeTag>
{
    public void Configure(EntityTypeBuilder<ProgrammeTag> builder)
    {
        builder.ToTable("programme_tags");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Code).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.AddedReason).HasMaxLength(500);
        builder.Property(t => t.RemovedReason).HasMaxLength(500);
        builder.Ignore(t => t.IsActive);
        builder.HasIndex(t => new { t.ClientId, t.Code });
        builder.HasOne<Client>().WithMany().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.AddedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.RemovedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SpecialCautionConfiguration : IEntityTypeConfiguration<SpecialCaution>
{
    public void Configure(EntityTypeBuilder<SpecialCaution> builder)
    {
        builder.ToTable("special_cautions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.Ignore(c => c.IsActive);
        builder.HasIndex(c => c.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.AddedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MustViewNoteConfiguration : IEntityTypeConfiguration<MustViewNote>
{
    public void Configure(EntityTypeBuilder<MustViewNote> builder)
    {
        builder.ToTable("must_view_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Text).HasMaxLength(2000);
        builder.HasIndex(n => n.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(n => n.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(n => n.AddedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EngagementNoteConfiguration : IEntityTypeConfiguration<EngagementNote>
{
    public void Configure(EntityTypeBuilder<EngagementNote> builder)
    {
        builder.ToTable("engagement_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Text).HasMaxLength(EngagementNote.MaxTextLength);
        builder.HasIndex(n => new { n.ClientId, n.OccurredAt });
        builder.HasOne<Client>().WithMany().HasForeignKey(n => n.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EngagementNote>().WithMany().HasForeignKey(n => n.CorrectsNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}
