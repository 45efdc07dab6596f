using Tautoko.Data;

namespace Tautoko.Web.Platform;

/// <summary>How this node runs: which database, whether demo mode (synthetic data and demo sign-ins) is on.</summary>
public sealed class TautokoOptions
{
    public required DatabaseSettings Database { get; init; }

    /// <summary>Demo mode seeds synthetic data on first run and creates one demo account per role.</summary>
    public bool Demo { get; init; }

    /// <summary>Clients in the demo dataset (tests shrink it).</summary>
    public int DemoClients { get; init; } = 5000;

    /// <summary>Sign-in attempts allowed per client address per minute (pages and API).</summary>
    public int SignInPermitsPerMinute { get; init; } = 30;

    /// <summary>Apply migrations at start-up (the default; production may run `migrate` separately).</summary>
    public bool MigrateOnStart { get; init; } = true;

    /// <summary>
    /// Client-search matches counted before the answer says "more than N" and asks for a first name or date of birth
    /// (`--search-count-limit`, default 200): counting every match of a common surname would read thousands of rows.
    /// </summary>
    public int SearchCountLimit { get; init; } = DefaultSearchCountLimit;

    public const int DefaultSearchCountLimit = 200;

    public static TautokoOptions From(IConfiguration configuration)
    {
        var db = configuration["db"] ?? configuration["TAUTOKO_DB"] ?? configuration.GetConnectionString("Tautoko");
        var demoClients = configuration["demo-clients"];
        return new TautokoOptions
        {
            Database = DatabaseSettings.Parse(db) with
            {
                PoolSize = int.TryParse(configuration["db-pool-size"] ?? configuration["TAUTOKO_DB_POOL_SIZE"], System.Globalization.CultureInfo.InvariantCulture, out var pool) && pool > 0 ? pool : null,
            },
            Demo = IsTrue(configuration["demo"]) || IsTrue(configuration["TAUTOKO_DEMO"]),
            DemoClients = int.TryParse(demoClients, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 5000,
            MigrateOnStart = !IsFalse(configuration["migrate"]),
            SearchCountLimit = int.TryParse(configuration["search-count-limit"], System.Globalization.CultureInfo.InvariantCulture, out var countLimit) && countLimit > 0 ? countLimit : DefaultSearchCountLimit,
            SignInPermitsPerMinute = int.TryParse(configuration["signin-limit"], System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit > 0 ? limit : 30,
        };
    }

    private static bool IsTrue(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Length == 0);

    private static bool IsFalse(string? value) => value is not null && (value == "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase));
}
