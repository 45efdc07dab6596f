using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Data.Assignment;

/// <summary>
/// The assignment facts as one set-based PostgreSQL query: tags, placements and households are each
/// scanned once and hash-joined, instead of five correlated look-ups per client. At national scale
/// this is the difference between seconds and tens of seconds. Same columns as <see cref="AssignmentFacts"/>;
/// the HTTP tests on PostgreSQL run every proposal through it. Reached through <see cref="AssignmentFacts"/>, which
/// reads the same rows through EF Core on SQLite.
/// </summary>
internal static class AssignmentFactsSql
{
    private const string FactsQuery = """
        WITH lmi AS (SELECT DISTINCT "ClientId" FROM programme_tags WHERE "Code" = 'LabourMarketIndicator1' AND "RemovedAt" IS NULL),
             lowtrust AS (SELECT DISTINCT "ClientId" FROM programme_tags WHERE "Code" = 'LowTrust' AND "RemovedAt" IS NULL),
             kids AS (SELECT DISTINCT "ClientId" FROM household_members WHERE "Relationship" = 'DependentChild'),
             open AS (SELECT "ClientId", "CaseManagerId" FROM caseload_placements WHERE "EndedAt" IS NULL),
             last AS (SELECT DISTINCT ON ("ClientId") "ClientId", "EndedOn", "End" FROM caseload_placements WHERE "EndedAt" IS NOT NULL ORDER BY "ClientId", "EndedAt" DESC)
        SELECT c."Id", c."HomeSiteId", s."RegionId", c."DateOfBirth", c."Benefit", c."BenefitStartDate", c."Obligation", c."Flags",
               k."ClientId" IS NOT NULL, l."ClientId" IS NOT NULL, t."ClientId" IS NOT NULL, o."ClientId" IS NOT NULL, lp."EndedOn", lp."End", o."CaseManagerId"
        FROM clients c
        JOIN sites s ON s."Id" = c."HomeSiteId"
        LEFT JOIN kids k ON k."ClientId" = c."Id"
        LEFT JOIN lmi l ON l."ClientId" = c."Id"
        LEFT JOIN lowtrust t ON t."ClientId" = c."Id"
        LEFT JOIN open o ON o."ClientId" = c."Id"
        LEFT JOIN last lp ON lp."ClientId" = c."Id"
        WHERE (c."Benefit" = 'JobseekerSupportWorkReady'
               OR (c."Obligation" IN ('FullTime', 'PartTime') AND c."DateOfBirth" <= @youngest AND c."DateOfBirth" > @oldest))
        """;

    private const string ExistingQuery = """
        SELECT p."CaseManagerId", c."DateOfBirth", c."Benefit", c."BenefitStartDate", c."Obligation",
               EXISTS (SELECT 1 FROM household_members h WHERE h."ClientId" = c."Id" AND h."Relationship" = 'DependentChild')
        FROM unnest(@caseManagers) AS cm(id)
        JOIN caseload_placements p ON p."CaseManagerId" = cm.id AND p."EndedAt" IS NULL
        JOIN clients c ON c."Id" = p."ClientId"
        """;

    private static readonly ConcurrentDictionary<(Type, string), object> Enums = new();

    /// <summary>
    /// Clients who could be in a cohort (JS-WR, or 18–24 with part- or full-time obligations); all of them, or those of
    /// some home sites. On a connection of its own, so it runs while the caller reads the caseloads.
    /// </summary>
    public static async Task<List<ClientFactsRow>> FactsAsync(string connectionString, IReadOnlyList<SiteId>? homeSites, DateOnly today, CancellationToken ct)
    {
        var sql = homeSites is null ? FactsQuery : FactsQuery + " AND c.\"HomeSiteId\" = ANY(@sites)";
        var rows = new List<ClientFactsRow>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 120;
        command.Parameters.AddWithValue("youngest", today.AddYears(-18));
        command.Parameters.AddWithValue("oldest", today.AddYears(-25));
        if (homeSites is not null)
        {
            command.Parameters.AddWithValue("sites", homeSites.Select(s => s.Value).ToArray());
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ClientFactsRow(
                new ClientId(reader.GetGuid(0)),
                new SiteId(reader.GetGuid(1)),
                new RegionId(reader.GetGuid(2)),
                reader.GetFieldValue<DateOnly>(3),
                Parse<BenefitType>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                Parse<WorkObligation>(reader.GetString(6)),
                (ClientFlags)reader.GetInt32(7),
                reader.GetBoolean(8),
                reader.GetBoolean(9),
                reader.GetBoolean(10),
                reader.GetBoolean(11),
                reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12),
                reader.IsDBNull(13) ? null : Parse<PlacementEnd>(reader.GetString(13)),
                reader.IsDBNull(14) ? null : new StaffId(reader.GetGuid(14))));
        }

        return rows;
    }

    /// <summary>R-015: the cohort counts of the clients already on each caseload.</summary>
    public static async Task<Dictionary<StaffId, int[]>> ExistingCohortsAsync(TautokoDbContext db, IReadOnlyList<StaffId> caseManagers, DateOnly today, CancellationToken ct)
    {
        var result = new Dictionary<StaffId, int[]>();
        await using var command = await CommandAsync(db, ExistingQuery, ct);
        command.Parameters.AddWithValue("caseManagers", caseManagers.Select(s => s.Value).ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var facts = new CohortFacts(reader.GetFieldValue<DateOnly>(1), Parse<BenefitType>(reader.GetString(2)), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), Parse<WorkObligation>(reader.GetString(4)), reader.GetBoolean(5));
            if (PriorityCohorts.Classify(facts, today).Cohort is not { } cohort)
            {
                continue;
            }

            var staff = new StaffId(reader.GetGuid(0));
            if (!result.TryGetValue(staff, out var counts))
            {
                counts = new int[PriorityCohorts.Count];
                result[staff] = counts;
            }

            counts[(int)cohort]++;
        }

        return result;
    }

    private static async Task<NpgsqlCommand> CommandAsync(TautokoDbContext db, string sql, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 120;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction;
        return command;
    }

    /// <summary>Enums are stored by name (as the EF configurations say); parsed once per distinct name.</summary>
    private static T Parse<T>(string name)
        where T : struct, Enum =>
        (T)Enums.GetOrAdd((typeof(T), name), key => Enum.Parse<T>(key.Item2));
}
