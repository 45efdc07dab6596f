using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Complaints;

namespace Tautoko.Data;

/// <summary>Complaints about frontline staff and the ICS discretionary fund (configurations in Configurations/ComplaintConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
}
