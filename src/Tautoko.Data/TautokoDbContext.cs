using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tautoko.Core.Audit;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.Staff;
using Tautoko.Data.Configurations;
using Tautoko.Data.Identity;

namespace Tautoko.Data;

public sealed partial class TautokoDbContext(DbContextOptions<TautokoDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ProgrammeTag> ProgrammeTags => Set<ProgrammeTag>();

    public DbSet<SpecialCaution> SpecialCautions => Set<SpecialCaution>();

    public DbSet<MustViewNote> MustViewNotes => Set<MustViewNote>();

    public DbSet<EngagementNote> EngagementNotes => Set<EngagementNote>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<BreakGlassAccess> BreakGlassAccesses => Set<BreakGlassAccess>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnly();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();

        // Monitors and measures: an event the measures count from updates their facts in the same transaction.
        var touched = await Measures.MeasureUpkeep.TouchedAsync(this, cancellationToken);
        return touched.Count == 0
            ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : await Measures.MeasureUpkeep.SaveWithMeasuresAsync(this, touched, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<ClientId>().HaveConversion<ClientIdConverter>();
        configurationBuilder.Properties<StaffId>().HaveConversion<StaffIdConverter>();
        configurationBuilder.Properties<SiteId>().HaveConversion<SiteIdConverter>();
        configurationBuilder.Properties<RegionId>().HaveConversion<RegionIdConverter>();
        if (!IsPostgres)
        {
            // SQLite cannot compare or order DateTimeOffset text; store UTC instants as sortable integers.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TautokoDbContext).Assembly);
        builder.Entity<StaffUser>().HasIndex(u => u.StaffId).IsUnique();
        if (IsPostgres)
        {
            // Name search finds a word prefix anywhere in the name ("maka" in "aroha maka"); a trigram
            // index keeps that fast over a million clients.
            builder.HasPostgresExtension("pg_trgm");
            builder.Entity<Client>().HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");

            // Folded names and client numbers compare byte by byte (they are lower case, without macrons), so a surname
            // prefix is an index range and the search index serves ORDER BY surname, first name, client number; the
            // scope columns ride along so counting "more than N" in scope reads the index only.
            builder.Entity<Client>().Property(c => c.LastNameFolded).UseCollation("C");
            builder.Entity<Client>().Property(c => c.FirstNameFolded).UseCollation("C");
            builder.Entity<Client>().Property(c => c.ClientNumber).UseCollation("C");
            builder.Entity<Client>().HasIndex(c => new { c.LastNameFolded, c.FirstNameFolded, c.ClientNumber })
                .IncludeProperties(c => new { c.HomeSiteId, c.IsRestricted, c.DateOfBirth });
            builder.Entity<Client>().HasIndex(c => new { c.HomeSiteId, c.LastNameFolded, c.FirstNameFolded, c.ClientNumber })
                .IncludeProperties(c => new { c.IsRestricted });
        }
        builder.Entity<StaffUser>().HasOne<StaffMember>().WithMany().HasForeignKey(u => u.StaffId).OnDelete(DeleteBehavior.Restrict);
    }

    // the engagement log and the audit trail are append-only; a correction is a new entry.
    private void GuardAppendOnly()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is EngagementNote or AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} entries are append-only; write a correction instead.");
            }
        }
    }
}
