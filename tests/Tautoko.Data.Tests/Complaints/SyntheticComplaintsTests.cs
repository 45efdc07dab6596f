using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tautoko.Core.Complaints;
using Tautoko.Core.DiscretionaryFund;
using Tautoko.Data.Bulk;
using Tautoko.Data.Synthetic;

namespace Tautoko.Data.Tests.Complaints;

/// <summary>Synthetic complaints follow Table Eight's outcome mix; fund grants keep the $500 rule; both load in bulk.</summary>
public sealed class SyntheticComplaintsTests
{
    private static readonly SyntheticProfile Mix = SyntheticProfile.Demo with { Clients = 30_000, HistoryDays = 730, NotesPerClient = 0.5 };
    private static readonly SyntheticProfile Small = SyntheticProfile.Demo with { Clients = 1_500 };

    private static SyntheticComplaintBatch Generate(SyntheticProfile profile)
    {
        var dataset = SyntheticDataset.Create(profile, SyntheticDefaults.Seed, SyntheticDefaults.Today);
        var caseloads = new SyntheticCaseloads(dataset);
        var complaints = new SyntheticComplaints(dataset);
        var all = new List<Complaint>();
        var grants = new List<DiscretionaryFundGrant>();
        foreach (var batch in dataset.ClientBatches(5_000, 2))
        {
            var done = complaints.For(caseloads.Process(batch));
            all.AddRange(done.Complaints);
            grants.AddRange(done.Grants);
        }

        return new SyntheticComplaintBatch(all, grants);
    }

    [Fact]
    public void Complaints_ClosedOnes_FollowTableEightsOutcomeMix_R093()
    {
        var generated = Generate(Mix);
        var closed = generated.Complaints.Where(c => c.Status == ComplaintStatus.Closed).ToList();
        Assert.True(closed.Count >= 200, $"{closed.Count} closed complaints");
        var seedTotal = (double)ComplaintOutcomes.All.Sum(o => o.SeedGrandTotal());

        foreach (var outcome in ComplaintOutcomes.All)
        {
            // each outcome's share is the seed's (10,200 complaints, 1 July 2017 to 31 May 2021), within sampling error.
            var expected = outcome.SeedGrandTotal() / seedTotal;
            var actual = closed.Count(c => c.Outcome == outcome) / (double)closed.Count;
            var tolerance = (4 * Math.Sqrt(expected * (1 - expected) / closed.Count)) + 0.005;
            Assert.True(Math.Abs(actual - expected) <= tolerance, $"{outcome}: {actual:P1} generated, {expected:P1} in the seed");
        }

        Assert.Contains(generated.Complaints, c => c.Status == ComplaintStatus.Open);
        Assert.All(generated.Complaints, c => Assert.True(c.ReceivedOn < SyntheticDefaults.Today && c.RecordedAt < new DateTimeOffset(SyntheticDefaults.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        Assert.All(generated.Complaints, c => Assert.NotEqual(c.StaffId, c.RecordedById));
    }

    [Fact]
    public void Grants_KeepTheFiveHundredDollarRule_AndAddNoDebt_R094()
    {
        var grants = Generate(Mix).Grants;
        Assert.NotEmpty(grants);

        Assert.All(grants.Where(g => g.Amount > DiscretionaryFundRules.OnTheSpotLimit), g => Assert.NotNull(g.ApprovingManagerId));
        Assert.All(grants.Where(g => g.Amount <= DiscretionaryFundRules.OnTheSpotLimit), g => Assert.Equal(DiscretionaryFundStatus.Granted, g.Status));
        Assert.All(grants, g => Assert.Null(DiscretionaryFundRules.WhyNotAmount(g.Amount)));
        Assert.All(grants, g => Assert.False(g.IsRecoverable));
        Assert.Contains(grants, g => g.Amount > DiscretionaryFundRules.OnTheSpotLimit && g.Status == DiscretionaryFundStatus.Granted && g.DecidedById == g.ApprovingManagerId);
    }

    [Fact]
    public void Generate_SameSeed_SameRows()
    {
        var first = Generate(Small);
        var second = Generate(Small);

        Assert.Equal(first.Complaints.Select(c => (c.Id, c.Outcome, c.StaffId)), second.Complaints.Select(c => (c.Id, c.Outcome, c.StaffId)));
        Assert.Equal(first.Grants.Select(g => (g.Id, g.Amount)), second.Grants.Select(g => (g.Id, g.Amount)));
    }

    [Fact]
    public async Task LoadAsync_OnSqlite_WritesEveryComplaintAndGrant_AmountsExact()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tautoko-complaints-{Guid.NewGuid():N}.db");
        try
        {
            await LoadAndCheckAsync(new DatabaseSettings(DatabaseKind.Sqlite, $"Data Source={path};Pooling=False"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LoadAsync_OnPostgres_WritesEveryComplaintAndGrant_AmountsExact()
    {
        var server = Environment.GetEnvironmentVariable("TAUTOKO_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"tautoko_complaints_{Guid.NewGuid():N}", Pooling = false };
        var settings = new DatabaseSettings(DatabaseKind.Postgres, builder.ConnectionString);
        try
        {
            await LoadAndCheckAsync(settings);
        }
        finally
        {
            await using var db = Create(settings);
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static async Task LoadAndCheckAsync(DatabaseSettings settings)
    {
        await using (var db = Create(settings))
        {
            await db.Database.EnsureCreatedAsync();
            await SyntheticLoader.LoadAsync(db, Small, SyntheticDefaults.Seed, SyntheticDefaults.Today, null, CancellationToken.None);
        }

        var expected = Generate(Small);
        Assert.NotEmpty(expected.Complaints);
        Assert.NotEmpty(expected.Grants);
        await using (var db = Create(settings))
        {
            var complaints = await db.Complaints.AsNoTracking().ToListAsync();
            Assert.Equal(expected.Complaints.Select(c => (c.Id, c.Outcome, c.Status, c.ClientId)).OrderBy(c => c.Id), complaints.Select(c => (c.Id, c.Outcome, c.Status, c.ClientId)).OrderBy(c => c.Id));
            var grants = await db.DiscretionaryFundGrants.AsNoTracking().ToListAsync();
            Assert.Equal(expected.Grants.Select(g => (g.Id, g.Amount, g.Status, g.GrantedOn)).OrderBy(g => g.Id), grants.Select(g => (g.Id, g.Amount, g.Status, g.GrantedOn)).OrderBy(g => g.Id));
        }
    }

    private static TautokoDbContext Create(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<TautokoDbContext>();
        settings.Configure(options);
        return new TautokoDbContext(options.Options);
    }
}
