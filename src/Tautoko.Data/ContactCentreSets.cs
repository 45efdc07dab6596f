using Microsoft.EntityFrameworkCore;
using Tautoko.Core.ContactCentre;
using Tautoko.Core.Hardship;

namespace Tautoko.Data;

/// <summary>The contact-centre tables on the context (configurations in Configurations/ContactCentreConfigurations.cs).</summary>
public static class ContactCentreSets
{
    extension(TautokoDbContext db)
    {
        public DbSet<ClientCall> ClientCalls => db.Set<ClientCall>();

        public DbSet<CaseManagedCallFlow> CaseManagedCallFlows => db.Set<CaseManagedCallFlow>();

        public DbSet<HardshipRequest> HardshipRequests => db.Set<HardshipRequest>();
    }
}
