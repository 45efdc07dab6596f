using System.Data.Common;
using Npgsql;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Data.Assignment;

/// <summary>
/// The assignment facts as set-based SQL that runs unchanged on PostgreSQL and SQLite: tags, placements and households
/// are each read once and joined, every client is reduced to the bits the rules read (<see cref="ClientBandFlags"/>,
/// with today's thresholds from <see cref="AssignmentBands"/>) and the date their waiting counts from, and the
/// database counts clients by those — a national proposal reads about twenty thousand counts, not a million clients.
/// Only the clients a solution places are read one by one afterwards (<see cref="MembersAsync"/>; on PostgreSQL from a
/// temporary table the counting pass filled, on SQLite by reading the candidates again).
/// </summary>
internal static class AssignmentFactsSql
{
    // Bits as in ClientBandFlags: 1 possible, 2 on a caseload, 4 no benefit, 8 LMI1, 16 left for a contracted service,
    // 32 aged 18–24, 64 part- or full-time obligations, 128 JS-WR, 256 dependent children, 512 under 24 months, 1024 phone exception.
    // Only clients who could be in a cohort (bit 1: JS-WR, or 18–24 with part- or full-time obligations) are read here;
    // the others are only counted by the caller, as before. {0}: a site filter; {1}: weeks since a
    // date; {2}: a fence that makes the database compute each client's bits once instead of once for every use.
    private const string ClientsCte = """
        WITH open AS (SELECT "ClientId", "CaseManagerId" FROM caseload_placements WHERE "EndedAt" IS NULL),
             last AS (SELECT "ClientId", "EndedOn", "End"
                      FROM (SELECT "ClientId", "EndedOn", "End", ROW_NUMBER() OVER (PARTITION BY "ClientId" ORDER BY "EndedAt" DESC) AS rn
                            FROM caseload_placements WHERE "EndedAt" IS NOT NULL) AS ended
                      WHERE rn = 1),
             banded AS (
                SELECT c."Id" AS id, c."HomeSiteId" AS site, o."CaseManagerId" AS cm,
                       (CASE WHEN c."Benefit" = 'JobseekerSupportWorkReady'
                                  OR (c."Obligation" IN ('FullTime', 'PartTime') AND c."DateOfBirth" > @youthAfter AND c."DateOfBirth" <= @youthOnOrBefore) THEN 1 ELSE 0 END)
                       + (CASE WHEN o."ClientId" IS NOT NULL THEN 2 ELSE 0 END)
                       + (CASE WHEN c."Benefit" = 'None' THEN 4 ELSE 0 END)
                       + (CASE WHEN c."Id" IN (SELECT "ClientId" FROM programme_tags WHERE "Code" = 'LabourMarketIndicator1' AND "RemovedAt" IS NULL) THEN 8 ELSE 0 END)
                       + (CASE WHEN lp."End" = 'ContractedService' THEN 16 ELSE 0 END)
                       + (CASE WHEN c."DateOfBirth" > @youthAfter AND c."DateOfBirth" <= @youthOnOrBefore THEN 32 ELSE 0 END)
                       + (CASE WHEN c."Obligation" IN ('FullTime', 'PartTime') THEN 64 ELSE 0 END)
                       + (CASE WHEN c."Benefit" = 'JobseekerSupportWorkReady' THEN 128 ELSE 0 END)
                       + (CASE WHEN c."Id" IN (SELECT "ClientId" FROM household_members WHERE "Relationship" = 'DependentChild') THEN 256 ELSE 0 END)
                       + (CASE WHEN c."BenefitStartDate" IS NULL OR c."BenefitStartDate" > @underAfter THEN 512 ELSE 0 END)
                       + (CASE WHEN (c."Flags" & @exceptions) <> 0
                                   OR c."Id" IN (SELECT "ClientId" FROM programme_tags WHERE "Code" = 'LowTrust' AND "RemovedAt" IS NULL) THEN 1024 ELSE 0 END) AS bands,
                       CASE WHEN lp."EndedOn" IS NULL OR c."BenefitStartDate" >= lp."EndedOn" THEN c."BenefitStartDate" ELSE lp."EndedOn" END AS since
                FROM clients c
                LEFT JOIN open o ON o."ClientId" = c."Id"
                LEFT JOIN last lp ON lp."ClientId" = c."Id"
                WHERE (c."Benefit" = 'JobseekerSupportWorkReady'
                       OR (c."Obligation" IN ('FullTime', 'PartTime') AND c."DateOfBirth" > @youthAfter AND c."DateOfBirth" <= @youthOnOrBefore)){0}
                {2}),
             keyed AS (
                -- What the rules read and nothing more: on a caseload, the cohort (R-015: the mix already there) and the
                -- case manager; kept out by no benefit, LMI1 or a contracted service, only that; a candidate, every bit
                -- and the counted weeks of waiting (AssignmentBands.CountedWeeks).
                SELECT id, site, CASE WHEN bands & 2 <> 0 THEN cm END AS cm,
                       CASE WHEN bands & 2 <> 0 THEN bands & 995
                            WHEN bands & 28 <> 0 THEN bands & 29
                            ELSE bands END AS code,
                       CASE WHEN since IS NULL OR since >= @today THEN @today ELSE since END AS since_eff,
                       CASE WHEN bands & 31 <> 1 THEN NULL
                            WHEN since IS NULL OR since >= @today THEN 0
                            WHEN since <= @capSince THEN @cap
                            ELSE {1} END AS weeks
                FROM banded
                {2})
        """;

    private const string GroupsSelect = """
        SELECT site, cm, code, weeks, COUNT(*) FROM keyed GROUP BY site, cm, code, weeks
        """;

    /// <summary>
    /// PostgreSQL: the candidates (bits 1 only of 1–16) are kept in a temporary table for the transaction, in the same
    /// pass that counts them, so the placed clients are then read from it without joining everything again.
    /// </summary>
    private const string PostgresPrepare = """
        SET LOCAL jit = off;
        SET LOCAL work_mem = '64MB';
        CREATE TEMPORARY TABLE assignment_candidates (id uuid, site uuid, code integer, weeks integer, since_eff date) ON COMMIT DROP;
        """;

    private const string PostgresSave = """
        , saved AS (INSERT INTO assignment_candidates SELECT id, site, code, weeks, since_eff FROM keyed WHERE code & 31 = 1)
        """;

    /// <summary>PostgreSQL: the requested groups' first clients by longest wait, then id, chosen in the database.</summary>
    private const string PostgresMembers = """
        SELECT req, id, since_eff
        FROM (SELECT r.id AS req, r.n, a.id, a.since_eff,
                     ROW_NUMBER() OVER (PARTITION BY r.id ORDER BY a.since_eff, a.id) AS rank
              FROM assignment_candidates a
              JOIN unnest(@reqSite, @reqCode, @reqWeeks, @reqCount, @reqId) AS r(site, code, weeks, n, id)
                ON r.site = a.site AND r.code = a.code AND r.weeks = a.weeks) AS ranked
        WHERE rank <= n
        """;

    /// <summary>SQLite (demo-sized): every candidate's site, code, weeks and date; the host picks the requested ones.</summary>
    private const string SqliteMembers = """
        SELECT site, code, weeks, id, since_eff FROM keyed WHERE code & 31 = 1
        """;

    private static string Clients(bool postgres, bool filterSites) => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        ClientsCte,
        postgres && filterSites ? " AND c.\"HomeSiteId\" = ANY(@sites)" : string.Empty,
        postgres ? "(@today - since) / 7" : "CAST(julianday(@today) - julianday(since) AS INTEGER) / 7",
        postgres ? "OFFSET 0" : "LIMIT -1 OFFSET 0");

    /// <summary>
    /// Counts the clients of some home sites (all when <paramref name="homeSites"/> is null). On PostgreSQL, within
    /// <paramref name="transaction"/>, which must stay open until <see cref="MembersAsync"/> has read the placed clients.
    /// </summary>
    public static async Task<List<FactsGroupRow>> GroupsAsync(DbConnection connection, DbTransaction? transaction, bool postgres, AssignmentBands bands, IReadOnlyList<SiteId>? homeSites, CancellationToken ct)
    {
        if (postgres)
        {
            await using var prepare = Command(connection, transaction, PostgresPrepare, null);
            await prepare.ExecuteNonQueryAsync(ct);
        }

        var sql = Clients(postgres, homeSites is not null) + (postgres ? PostgresSave : string.Empty) + GroupsSelect;
        await using var command = Command(connection, transaction, sql, bands);
        if (postgres && homeSites is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("sites", homeSites.Select(s => s.Value).ToArray()));
        }

        var wanted = homeSites is null || postgres ? null : homeSites.ToHashSet();
        var rows = new List<FactsGroupRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var site = new SiteId(reader.GetGuid(0));
            if (wanted is not null && !wanted.Contains(site))
            {
                continue;
            }

            rows.Add(new FactsGroupRow(
                site,
                reader.IsDBNull(1) ? null : new StaffId(reader.GetGuid(1)),
                (ClientBandFlags)Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    /// <summary>Each request's first clients by longest wait, then client id.</summary>
    public static async Task<List<MemberRow>> MembersAsync(DbConnection connection, DbTransaction? transaction, bool postgres, AssignmentBands bands, IReadOnlyList<MemberRequest> requests, CancellationToken ct)
    {
        var rows = new List<MemberRow>();
        if (requests.Count == 0)
        {
            return rows;
        }

        if (postgres)
        {
            await using var command = Command(connection, transaction, PostgresMembers, null);
            command.Parameters.Add(new NpgsqlParameter("reqSite", requests.Select(r => r.Site.Value).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("reqCode", requests.Select(r => (int)r.Code).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("reqWeeks", requests.Select(r => r.Weeks).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("reqCount", requests.Select(r => r.Count).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("reqId", requests.Select(r => r.Id).ToArray()));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new MemberRow(reader.GetInt32(0), new ClientId(reader.GetGuid(1)), bands.Today.DayNumber - reader.GetFieldValue<DateOnly>(2).DayNumber));
            }

            return rows;
        }

        var byKey = requests.ToLookup(r => (r.Site, r.Code, r.Weeks));
        await using (var command = Command(connection, transaction, Clients(false, false) + SqliteMembers, bands))
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var key = (new SiteId(reader.GetGuid(0)), (ClientBandFlags)reader.GetInt32(1), reader.GetInt32(2));
                foreach (var request in byKey[key])
                {
                    rows.Add(new MemberRow(request.Id, new ClientId(reader.GetGuid(3)), bands.Today.DayNumber - reader.GetFieldValue<DateOnly>(4).DayNumber));
                }
            }
        }

        // As the PostgreSQL query does: each request's first clients by longest wait, then id.
        return [.. rows.GroupBy(r => r.Request).SelectMany(g => AssignmentGraph.RankMembers(g, r => r.WaitedDays, r => r.ClientId.Value).Take(requests[g.Key].Count))];
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, AssignmentBands? bands)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 120;
        command.Transaction = transaction;
        if (bands is null)
        {
            return command;
        }

        Add(command, "today", bands.Today);
        Add(command, "youthAfter", bands.YouthBornAfter);
        Add(command, "youthOnOrBefore", bands.YouthBornOnOrBefore);
        Add(command, "underAfter", bands.UnderTwoYearsStartedAfter);
        Add(command, "capSince", bands.WaitingCapSince);
        Add(command, "cap", bands.WaitingCapWeeks);
        Add(command, "exceptions", (int)PhoneBasedRules.ExceptionFlags);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>
/// Clients counted together by the database: home site, case manager (when on a caseload), bands and counted weeks of
/// waiting (candidates only).
/// </summary>
public sealed record FactsGroupRow(SiteId Site, StaffId? CaseManagerId, ClientBandFlags Bands, int? Weeks, int Count);

/// <summary>A request for the first <paramref name="Count"/> clients (longest wait, then id) of one site, bands and counted weeks; <paramref name="Id"/> is its index.</summary>
public sealed record MemberRequest(int Id, SiteId Site, ClientBandFlags Code, int Weeks, int Count);

/// <summary>One client answering a <see cref="MemberRequest"/>.</summary>
public sealed record MemberRow(int Request, ClientId ClientId, int WaitedDays);
