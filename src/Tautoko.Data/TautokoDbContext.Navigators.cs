using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Navigators;

namespace Tautoko.Data;

/// <summary>Navigators, their clients, whānau supported alongside clients, the ICS setting (configurations in Configurations/NavigatorConfigurations.cs).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<NavigatorContract> NavigatorContracts => Set<NavigatorContract>();

    public DbSet<NavigatorClientLink> NavigatorClientLinks => Set<NavigatorClientLink>();

    public DbSet<WhanauMember> WhanauMembers => Set<WhanauMember>();

    public DbSet<IcsSettings> IcsSettings => Set<IcsSettings>();
}
