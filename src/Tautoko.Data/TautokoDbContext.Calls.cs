using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Calls;

namespace Tautoko.Data;

/// <summary>Call records imported from the telephony system (configuration in Configurations/CallRecordConfiguration.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<CallRecord> CallRecords => Set<CallRecord>();
}
