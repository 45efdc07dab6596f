using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Complaints;
using Tautoko.Core.DiscretionaryFund;

namespace Tautoko.Data;

/// <summary>Complaints about frontline staff and the ICS discretionary fund (configurations in Configurations/ComplaintConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<DiscretionaryFundGrant> DiscretionaryFundGrants => Set<DiscretionaryFundGrant>();
}
