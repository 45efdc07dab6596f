using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tautoko.Core.Calls;

namespace Tautoko.Data.Configurations;

/// <summary>Call records: one per telephony call id (the import is idempotent on it); read by offered time, unit and month.</summary>
public sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public const string OneRecordPerCallId = "ux_call_records_call_id";

    public void Configure(EntityTypeBuilder<CallRecord> builder)
    {
        builder.ToTable("call_records");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CallId).HasMaxLength(CallRecord.MaxCallIdLength);
        builder.Property(c => c.Queue).HasMaxLength(CallRecord.MaxQueueLength);
        builder.Ignore(c => c.Facts);
        builder.HasIndex(c => c.CallId).IsUnique().HasDatabaseName(OneRecordPerCallId);
        // The figures filter on the offered time and group by unit and month.
        builder.HasIndex(c => c.OfferedAt);
        builder.HasIndex(c => c.ImportId);
    }
}
