using Microsoft.EntityFrameworkCore;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Hardship;

namespace Tautoko.Data;

/// <summary>The contact-centre tables (configurations in Configurations/ContactCentreConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<ClientCall> ClientCalls => Set<ClientCall>();

    public DbSet<CaseManagedCallFlow> CaseManagedCallFlows => Set<CaseManagedCallFlow>();

    public DbSet<HardshipRequest> HardshipRequests => Set<HardshipRequest>();
}
