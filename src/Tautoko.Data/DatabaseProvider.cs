using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Tautoko.Data;

public enum DatabaseKind
{
    Sqlite = 0,
    Postgres = 1,
}

/// <summary>Reads a connection setting (SQLite path/string or PostgreSQL URL/string) and configures EF Core.</summary>
public sealed record DatabaseSettings(DatabaseKind Kind, string ConnectionString)
{
    /// <summary>
    /// Connections one node may hold to PostgreSQL when neither the connection string (<c>Maximum Pool Size</c>) nor
    /// <c>--db-pool-size</c> says: two nodes and the operator's tools fit in PostgreSQL's default
    /// <c>max_connections</c> (100). Keep nodes × pool size below <c>max_connections</c> less a few for the operator.
    /// </summary>
    public const int DefaultPoolSize = 40;

    /// <summary>The node's connection budget (PostgreSQL), from <c>--db-pool-size</c>; null for <see cref="DefaultPoolSize"/>.</summary>
    public int? PoolSize { get; init; }

    public const string SqliteMigrationsAssembly = "Tautoko.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Tautoko.Data.Postgres";

    /// <summary>Closes pooled SQLite connections so the files of a throw-away database can be deleted.</summary>
    public static void ReleaseSqliteFiles() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    public static DatabaseSettings Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return new DatabaseSettings(DatabaseKind.Sqlite, "Data Source=tautoko.db");
        }

        var text = setting.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseKind.Postgres, FromUrl(new Uri(text)));
        }

        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseKind.Postgres, text);
        }

        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["sqlite:".Length..];
        }

        return text.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? new DatabaseSettings(DatabaseKind.Sqlite, text)
            : new DatabaseSettings(DatabaseKind.Sqlite, $"Data Source={text}");
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Kind)
        {
            case DatabaseKind.Sqlite:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseKind.Postgres:
                options.UseNpgsql(WithPoolSettings(ConnectionString, PoolSize), o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Unknown database kind {Kind}.");
        }

        // A save or command the database refuses is, in Tautoko, mostly an expected conflict (a slot booked by someone
        // else first, a unique index or check recognised by name in ConstraintRefusals and answered 409/422). EF Core
        // would log each at Error; it is a Warning here. A refusal nobody recognises still reaches the host's exception
        // handler, which logs it at Error.
        options.ConfigureWarnings(w => w.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Warning),
            (RelationalEventId.CommandError, LogLevel.Warning)));
    }

    /// <summary>
    /// Four connection settings, each unless the connection string says otherwise:
    /// <list type="bullet">
    /// <item><c>Max Auto Prepare=64</c>: Npgsql prepares a statement on a connection once it has run a few times, so
    /// PostgreSQL stops parsing and planning the hot queries (booking's wide one above all) on every request;
    /// <c>Max Auto Prepare=0</c> turns it off.</item>
    /// <item><c>No Reset On Close=true</c>: EF Core opens and closes the connection around every query, and by default
    /// Npgsql makes PostgreSQL run three reset statements on each reuse (<c>SET SESSION AUTHORIZATION DEFAULT</c>,
    /// <c>RESET ALL</c>, <c>pg_advisory_unlock_all()</c>): twelve for one client overview, more statements than the
    /// overview's own (bench <c>overview-load</c>, pg_stat_statements). Tautoko keeps no session state on a connection:
    /// its only settings and advisory locks are transaction-scoped (<c>SET LOCAL</c>, <c>pg_advisory_xact_lock</c>),
    /// and they end with the transaction.</item>
    /// <item><c>Maximum Pool Size</c>: <see cref="PoolSize"/> or <see cref="DefaultPoolSize"/> — connections are a budget
    /// shared by every node of one PostgreSQL. A request that finds the pool exhausted waits up to Npgsql's <c>Timeout</c>
    /// (15 s unless the connection string says) and is then answered 503 with <c>Retry-After</c> (<see cref="DatabaseUnavailable"/>).</item>
    /// <item><c>Options=-c jit=off</c>: no PostgreSQL JIT compilation. The national reports' plans are costly enough to
    /// trigger it, and compiling cost more than it saved (<c>fairness</c> bench: 2.2 s → 1.8 s); a connection string that
    /// sets <c>Options</c> keeps its own.</item>
    /// </list>
    /// </summary>
    private static string WithPoolSettings(string connectionString, int? poolSize)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Auto Prepare", "AutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!Mentions(connectionString, "Reset On Close", "ResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!Mentions(connectionString, "Options"))
        {
            builder.Options = "-c jit=off";
        }

        if (!Mentions(connectionString, "Maximum Pool Size", "Max Pool Size", "MaxPoolSize"))
        {
            builder.MaxPoolSize = poolSize ?? DefaultPoolSize;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));

    /// <summary>A description without the password, for logs and the start-up banner.</summary>
    public string Describe()
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            return $"SQLite ({ConnectionString})";
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL ({builder.Host}:{builder.Port}/{builder.Database})";
    }

    private static string FromUrl(Uri url)
    {
        var userInfo = url.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = url.AbsolutePath.Trim('/'),
        };
        if (userInfo.Length > 0 && userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        return builder.ConnectionString;
    }
}
