using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tautoko.Data;

/// <summary>
/// Recognises a database that cannot take the request now — the node's connection pool is exhausted, PostgreSQL refuses
/// more connections (<c>too_many_connections</c>, starting up or shutting down), the connection cannot be made, or SQLite
/// is busy — so the host answers 503 with <c>Retry-After</c> instead of 500. Nothing was written: the request's
/// transaction never began or was rolled back with the connection.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>Seconds a caller is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    // too_many_connections, cannot_connect_now, admin_shutdown, crash_shutdown; class 08 is connection exceptions.
    private static readonly HashSet<string> Unavailable = ["53300", "57P03", "57P01", "57P02"];

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) says the database cannot serve the request now.</summary>
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres when Unavailable.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException npgsql when npgsql.InnerException is TimeoutException || npgsql.InnerException is System.Net.Sockets.SocketException:
                    // The pool was exhausted for the whole Timeout, or the server could not be reached.
                    return true;
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6:
                    // SQLITE_BUSY, SQLITE_LOCKED: another writer held the database for the whole busy timeout.
                    return true;
            }
        }

        return false;
    }
}
