using Npgsql;

namespace Tautoko.Bench.Overview;

/// <summary>
/// The bare client-overview baseline's work: the same reads the host's <c>GET /api/clients/{id}</c> makes (the record
/// with its home site, region and any open break-glass grant of the reader; household; open special cautions, unexpired
/// must-view notes and programme tags with the names of who added and removed them; the next booked appointment with
/// its case manager and site; the last 20 engagement-log entries with their authors and whether a later entry corrects
/// them) and the audit row, written by hand as one Npgsql batch of seven <c>SELECT</c>s and one <c>INSERT</c>, which
/// PostgreSQL runs as one implicit transaction. Every value read is decoded; the answer is a count, not the host's JSON.
/// </summary>
internal static class OverviewByHand
{
    public const int Statements = 8;

    private const string Record = """
        SELECT c."Id", c."ClientNumber", c."FirstName", c."MiddleNames", c."LastName", c."PreferredName", c."DateOfBirth", c."Phone", c."Email",
               c."PreferredChannel", c."Address_Line1", c."Address_Suburb", c."Address_City", c."Address_Postcode", c."HomeSiteId", c."Benefit",
               c."BenefitStartDate", c."Obligation", c."FirstBenefitAge", c."FirstBenefitType", c."Flags", c."Agent_FullName", c."Agent_Relationship",
               c."Agent_Phone", c."Agent_IsVerified", c."IsRestricted", c."RestrictionReason", c."CreatedAt", c."Version",
               s."Name", s."RegionId",
               EXISTS (SELECT 1 FROM break_glass_access b WHERE b."ClientId" = c."Id" AND b."StaffId" = $2 AND b."ExpiresAt" > $3)
        FROM clients c JOIN sites s ON s."Id" = c."HomeSiteId"
        WHERE c."Id" = $1
        """;

    private const string Household = """SELECT h."Id", h."Relationship", h."FullName", h."DateOfBirth" FROM household_members h WHERE h."ClientId" = $1""";

    private const string Cautions = """
        SELECT k."Id", k."Kind", k."Text", k."AddedAt", s."FirstName" || ' ' || s."LastName"
        FROM special_cautions k JOIN staff s ON s."Id" = k."AddedById"
        WHERE k."ClientId" = $1 AND k."EndedAt" IS NULL
        """;

    private const string MustView = """
        SELECT n."Id", n."Text", n."AddedAt", s."FirstName" || ' ' || s."LastName", n."Expires"
        FROM must_view_notes n JOIN staff s ON s."Id" = n."AddedById"
        WHERE n."ClientId" = $1 AND (n."Expires" IS NULL OR n."Expires" >= $2)
        """;

    private const string Tags = """
        SELECT t."Id", t."Code", t."AddedAt", t."AddedReason", t."RemovedAt", t."RemovedReason",
               a."FirstName" || ' ' || a."LastName", r."FirstName" || ' ' || r."LastName"
        FROM programme_tags t LEFT JOIN staff a ON a."Id" = t."AddedById" LEFT JOIN staff r ON r."Id" = t."RemovedById"
        WHERE t."ClientId" = $1
        """;

    private const string Next = """
        SELECT a."Id", a."StartsAt", a."EndsAt", a."Type", a."Channel", s."FirstName" || ' ' || s."LastName", w."Name"
        FROM appointments a JOIN staff s ON s."Id" = a."StaffId" JOIN sites w ON w."Id" = a."SiteId"
        WHERE a."ClientId" = $1 AND a."Status" = 'Booked' AND a."StartsAt" > $2
        ORDER BY a."StartsAt", a."Id" LIMIT 1
        """;

    private const string Notes = """
        SELECT n."Id", n."OccurredAt", n."RecordedAt", COALESCE(s."FirstName" || ' ' || s."LastName", 'Tautoko'), n."Channel", n."Outcome", n."Text",
               n."CorrectsNoteId", EXISTS (SELECT 1 FROM engagement_notes x WHERE x."CorrectsNoteId" = n."Id")
        FROM engagement_notes n LEFT JOIN staff s ON s."Id" = n."AuthorId"
        WHERE n."ClientId" = $1
        ORDER BY n."OccurredAt" DESC, n."RecordedAt" DESC LIMIT 20
        """;

    private const string Audit = """
        INSERT INTO audit_entries ("At", "StaffId", "UserName", "Action", "Entity", "EntityId", "ClientId", "Detail", "RemoteAddress", "ViaBreakGlass")
        VALUES ($1, $2, $3, 'Read', 'Client', $4, $5, 'Client overview', $6, false)
        """;

    /// <summary>One overview's reads and audit row in one batch; the number of values read, or null when there is no such client.</summary>
    public static async Task<int?> ReadAsync(NpgsqlDataSource data, Guid clientId, Guid reader, string userName, string? remoteAddress)
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(now, "Pacific/Auckland"));
        await using var connection = await data.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        Add(batch, Record, clientId, reader, now);
        Add(batch, Household, clientId);
        Add(batch, Cautions, clientId);
        Add(batch, MustView, clientId, today);
        Add(batch, Tags, clientId);
        Add(batch, Next, clientId, now);
        Add(batch, Notes, clientId);
        Add(batch, Audit, now, reader, userName, clientId.ToString(), clientId, (object?)remoteAddress ?? DBNull.Value);
        await using var result = await batch.ExecuteReaderAsync();
        var values = 0;
        var found = false;
        var buffer = new object[40];
        do
        {
            while (await result.ReadAsync())
            {
                found = true;
                values += result.GetValues(buffer);
            }
        }
        while (await result.NextResultAsync());

        return found ? values : null;
    }

    private static void Add(NpgsqlBatch batch, string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        batch.BatchCommands.Add(command);
    }
}
