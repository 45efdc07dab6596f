using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Tautoko.Data.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the context for this provider.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TautokoDbContext>
{
    public TautokoDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings(DatabaseKind.Postgres, "Host=localhost;Database=tautoko_design");
        var options = new DbContextOptionsBuilder<TautokoDbContext>();
        settings.Configure(options);
        return new TautokoDbContext(options.Options);
    }
}
