using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Core.Common;

namespace Tautoko.Data.Assignment;

/// <summary>A client's facts for the assignment rules, as one row the database computes.</summary>
public sealed record ClientFactsRow(
    ClientId ClientId,
    SiteId HomeSiteId,
    RegionId HomeRegionId,
    DateOnly DateOfBirth,
    BenefitType Benefit,
    DateOnly? BenefitStartDate,
    WorkObligation Obligation,
    ClientFlags Flags,
    bool HasDependentChildren,
    bool HasLmi1,
    bool HasLowTrustTag,
    bool IsOnCaseload,
    DateOnly? LastEndedOn,
    PlacementEnd? LastEnd,
    StaffId? OpenCaseManagerId = null)
{
    public ClientAssignmentFacts ToFacts() => new(
        ClientId, HomeSiteId, HomeRegionId, DateOfBirth, Benefit, BenefitStartDate, Obligation, Flags, HasDependentChildren,
        HasLmi1, HasLowTrustTag, IsOnCaseload, LastEndedOn, LastEnd == PlacementEnd.ContractedService);
}

/// <summary>
/// The one place that reads clients' assignment facts: one client's through EF Core (<see cref="Query"/>, for
/// explanations and overrides), a whole proposal's as counts through the set-based SQL in <see cref="AssignmentFactsSql"/>
/// (<see cref="BeginCounts"/>), then the placed clients one by one (<see cref="AssignmentCounts.MembersAsync"/>).
/// </summary>
public static class AssignmentFacts
{
    public static IQueryable<ClientFactsRow> Query(TautokoDbContext db, IQueryable<Client> clients) =>
        from c in clients.AsNoTracking()
        join s in db.Sites on c.HomeSiteId equals s.Id
        let last = db.Placements.Where(p => p.ClientId == c.Id && p.EndedAt != null).OrderByDescending(p => p.EndedAt).FirstOrDefault()
        select new ClientFactsRow(
            c.Id,
            c.HomeSiteId,
            s.RegionId,
            c.DateOfBirth,
            c.Benefit,
            c.BenefitStartDate,
            c.Obligation,
            c.Flags,
            c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild),
            db.ProgrammeTags.Any(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LabourMarketIndicator1 && t.RemovedAt == null),
            db.ProgrammeTags.Any(t => t.ClientId == c.Id && t.Code == ProgrammeTagCode.LowTrust && t.RemovedAt == null),
            db.Placements.Any(p => p.ClientId == c.Id && p.EndedAt == null),
            last == null ? null : last.EndedOn,
            last == null ? null : last.End,
            db.Placements.Where(p => p.ClientId == c.Id && p.EndedAt == null).Select(p => (StaffId?)p.CaseManagerId).FirstOrDefault());

    /// <summary>Regions a phone-based unit serves .</summary>
    public static async Task<HashSet<RegionId>> PhoneRegionsAsync(TautokoDbContext db, CancellationToken ct)
    {
        var units = await db.Sites.AsNoTracking().Where(s => s.Kind == Core.Sites.SiteKind.PhoneBasedCaseManagementUnit).Select(s => s.ServedRegionIds).ToListAsync(ct);
        return [.. units.SelectMany(u => u)];
    }

    /// <summary>
    /// Starts counting the clients of some home sites (all when <paramref name="homeSites"/> is null) by what the rules
    /// read of them (<see cref="AssignmentFactsSql"/>). On PostgreSQL the query starts now on a connection of its own, so
    /// it runs while the caller reads through the context, and that connection keeps the candidates for
    /// <see cref="AssignmentCounts.MembersAsync"/> until disposed; on SQLite it all runs on the context's connection.
    /// </summary>
    public static AssignmentCounts BeginCounts(TautokoDbContext db, AssignmentBands bands, IReadOnlyList<SiteId>? homeSites, CancellationToken ct) =>
        db.IsPostgres ? AssignmentCounts.StartOnOwnConnection(db.Database.GetConnectionString()!, bands, homeSites, ct) : AssignmentCounts.OnContext(db, bands, homeSites, ct);

    /// <summary>R-015: the cohorts of the clients already on each caseload, as of today.</summary>
    public static async Task<Dictionary<StaffId, int[]>> ExistingCohortsAsync(TautokoDbContext db, IReadOnlyList<StaffId> caseManagers, DateOnly today, CancellationToken ct)
    {
        var result = new Dictionary<StaffId, int[]>();
        foreach (var chunk in caseManagers.Chunk(1000))
        {
            var rows = await (
                    from p in db.Placements.AsNoTracking()
                    where p.EndedAt == null && chunk.Contains(p.CaseManagerId)
                    join c in db.Clients on p.ClientId equals c.Id
                    select new { p.CaseManagerId, c.DateOfBirth, c.Benefit, c.BenefitStartDate, c.Obligation, Children = c.Household.Any(h => h.Relationship == HouseholdRelationship.DependentChild) })
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                if (PriorityCohorts.Classify(new CohortFacts(row.DateOfBirth, row.Benefit, row.BenefitStartDate, row.Obligation, row.Children), today).Cohort is not { } cohort)
                {
                    continue;
                }

                if (!result.TryGetValue(row.CaseManagerId, out var counts))
                {
                    counts = new int[PriorityCohorts.Count];
                    result[row.CaseManagerId] = counts;
                }

                counts[(int)cohort]++;
            }
        }

        return result;
    }
}

/// <summary>
/// A proposal's clients as the database counted them, and then the clients a solution places. On PostgreSQL it holds its
/// own connection and transaction (with the temporary table of candidates) until disposed.
/// </summary>
public sealed class AssignmentCounts : IAsyncDisposable
{
    private readonly AssignmentBands _bands;
    private readonly Task<List<FactsGroupRow>> _rows;
    private readonly TautokoDbContext? _db;
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;

    private AssignmentCounts(AssignmentBands bands, TautokoDbContext? db, Func<AssignmentCounts, Task<List<FactsGroupRow>>> read)
    {
        _bands = bands;
        _db = db;
        _rows = read(this);
    }

    internal static AssignmentCounts StartOnOwnConnection(string connectionString, AssignmentBands bands, IReadOnlyList<SiteId>? homeSites, CancellationToken ct) =>
        new(bands, null, counts => Task.Run(
            async () =>
            {
                counts._connection = new NpgsqlConnection(connectionString);
                await counts._connection.OpenAsync(ct);
                counts._transaction = await counts._connection.BeginTransactionAsync(ct);
                return await AssignmentFactsSql.GroupsAsync(counts._connection, counts._transaction, true, bands, homeSites, ct);
            },
            ct));

    internal static AssignmentCounts OnContext(TautokoDbContext db, AssignmentBands bands, IReadOnlyList<SiteId>? homeSites, CancellationToken ct) =>
        new(bands, db, counts => counts.ReadOnContextAsync(homeSites, ct));

    public AssignmentBands Bands => _bands;

    /// <summary>The counts (started when this was made).</summary>
    public Task<List<FactsGroupRow>> ReadAsync() => _rows;

    /// <summary>The clients a solution places: each request's first clients by longest wait, then client id.</summary>
    public async Task<List<MemberRow>> MembersAsync(IReadOnlyList<MemberRequest> requests, CancellationToken ct)
    {
        await _rows;
        if (_db is null)
        {
            return await AssignmentFactsSql.MembersAsync(_connection!, _transaction, true, _bands, requests, ct);
        }

        var (connection, transaction) = await OpenAsync(_db, ct);
        return await AssignmentFactsSql.MembersAsync(connection, transaction, false, _bands, requests, ct);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _rows;
        }
        catch (Exception)
        {
            // The caller saw the failure when it read the counts; here only the connection is let go.
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<List<FactsGroupRow>> ReadOnContextAsync(IReadOnlyList<SiteId>? homeSites, CancellationToken ct)
    {
        var (connection, transaction) = await OpenAsync(_db!, ct);
        return await AssignmentFactsSql.GroupsAsync(connection, transaction, false, _bands, homeSites, ct);
    }

    private static async Task<(DbConnection Connection, DbTransaction? Transaction)> OpenAsync(TautokoDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        return (connection, db.Database.CurrentTransaction?.GetDbTransaction());
    }
}
