using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Clients;
using Tautoko.Data.Bulk;
using Tautoko.Data.Synthetic;
using Tautoko.Data.Tests.Synthetic;

namespace Tautoko.Data.Tests.Caseloads;

/// <summary>The generator's caseloads: never over capacity, consistent with the tags, repeatable; and the benefit history LMI1 learns from.</summary>
public sealed class SyntheticCaseloadsTests(DemoDatasetFixture demo) : IClassFixture<DemoDatasetFixture>
{
    private static (SyntheticCaseloads Caseloads, SyntheticCaseloadBatch Batch) Process(DemoDatasetFixture demo)
    {
        var caseloads = new SyntheticCaseloads(demo.Dataset);
        return (caseloads, caseloads.Process(demo.Clients));
    }

    [Fact]
    public void EveryCaseload_IsWithinCapacity_AndItsFillCountsItsOpenPlacements_R014()
    {
        var (caseloads, batch) = Process(demo);
        var open = batch.Placements.Where(p => p.IsOpen).GroupBy(p => p.CaseManagerId).ToDictionary(g => g.Key, g => g.Count());

        Assert.NotEmpty(caseloads.Caseloads);
        foreach (var caseload in caseloads.Caseloads)
        {
            Assert.InRange(caseload.Filled, 0, caseload.Capacity);
            Assert.Equal(open.GetValueOrDefault(caseload.StaffId), caseload.Filled);
        }
    }

    [Fact]
    public void Capacities_AreTheSeedSizesScaledByFte_R010_R011_R012_R013()
    {
        var (caseloads, _) = Process(demo);
        var staff = demo.Dataset.Staff.ToDictionary(s => s.Id);
        foreach (var caseload in caseloads.Caseloads)
        {
            Assert.Equal(ServiceCapacity.ForCaseManager(caseload.Service.DefaultCapacity(), staff[caseload.StaffId].Fte), caseload.Capacity);
        }

        Assert.Contains(caseloads.Caseloads, c => c.Service == CaseManagementService.PhoneBased);
        Assert.Contains(caseloads.Caseloads, c => c.Service == CaseManagementService.EmploymentFaceToFace);
    }

    [Fact]
    public void Placements_MatchTheirTags_OneOpenPerClient()
    {
        var (caseloads, batch) = Process(demo);
        var services = caseloads.Caseloads.ToDictionary(c => c.StaffId, c => c.Service);
        var tags = batch.Clients.SelectMany(c => c.Tags).ToDictionary(t => t.Id);

        Assert.All(batch.Placements.GroupBy(p => p.ClientId), g => Assert.True(g.Count(p => p.IsOpen) <= 1));
        foreach (var placement in batch.Placements)
        {
            var tag = tags[placement.TagId!.Value];
            Assert.Equal(services[placement.CaseManagerId], placement.Service);
            Assert.Equal(placement.Service.Tag(), tag.Code);
            Assert.Equal(placement.IsOpen, tag.IsActive);
            Assert.Equal(placement.IsOpen, placement.ExitReason is null);
        }
    }

    [Fact]
    public void Process_IsRepeatable()
    {
        var (first, a) = Process(demo);
        var (second, b) = Process(demo);
        Assert.Equal(a.Placements.Select(p => (p.Id, p.CaseManagerId, p.IsOpen)), b.Placements.Select(p => (p.Id, p.CaseManagerId, p.IsOpen)));
        Assert.Equal(first.Caseloads.Select(c => c.Filled), second.Caseloads.Select(c => c.Filled));
        Assert.Equal(a.BenefitSpells.Select(s => s.Id), b.BenefitSpells.Select(s => s.Id));
    }

    [Fact]
    public void BenefitHistory_HasOneOpenSpellPerClientOnBenefit_AndExitsToWork_R019()
    {
        var (_, batch) = Process(demo);
        var spells = batch.BenefitSpells.ToLookup(s => s.ClientId);
        foreach (var client in batch.Clients.Select(c => c.Client))
        {
            var open = spells[client.Id].Where(s => s.EndedOn is null).ToList();
            if (client.Benefit == BenefitType.None)
            {
                Assert.Empty(open);
            }
            else
            {
                var spell = Assert.Single(open);
                Assert.Equal(client.BenefitStartDate, spell.StartedOn);
            }

            Assert.All(spells[client.Id].Where(s => s.EndedOn is not null), s => Assert.True(s.EndedOn >= s.StartedOn));
        }

        var ended = batch.BenefitSpells.Where(s => s.EndedOn is not null).ToList();
        Assert.True(ended.Count(s => s.LeftForWork) > ended.Count / 4, "Many spells ended in work: the history the model learns from");
    }

    [Fact]
    public async Task Load_OnSqlite_WritesCaseloadsWhoseFillEqualsOpenPlacements_R014()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tautoko-caseloads-{Guid.NewGuid():N}.db");
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
    public async Task Load_OnPostgres_WritesCaseloadsWhoseFillEqualsOpenPlacements_AndTheCapacityCheckHolds_R014()
    {
        // Runs only where a server is offered: TAUTOKO_TEST_POSTGRES is a connection string that may create databases.
        var server = Environment.GetEnvironmentVariable("TAUTOKO_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"tautoko_caseloads_{Guid.NewGuid():N}", Pooling = false };
        var settings = new DatabaseSettings(DatabaseKind.Postgres, builder.ConnectionString);
        try
        {
            await LoadAndCheckAsync(settings);

            // binary COPY bypasses nothing; after the load the database still refuses an over-full caseload.
            await using var db = Create(settings);
            var caseload = await db.Caseloads.AsNoTracking().FirstAsync();
            var overfill = db.Caseloads.Where(c => c.StaffId == caseload.StaffId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Filled, c => c.Capacity + 1));
            var refused = await Assert.ThrowsAsync<PostgresException>(() => overfill);
            Assert.Equal("CK_caseloads_within_capacity", refused.ConstraintName);
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
            await SyntheticLoader.LoadAsync(db, SyntheticProfile.Demo with { Clients = 400 }, SyntheticDefaults.Seed, SyntheticDefaults.Today, null, CancellationToken.None);
        }

        await using (var db = Create(settings))
        {
            var caseloads = await db.Caseloads.AsNoTracking().ToListAsync();
            var open = await db.Placements.Where(p => p.EndedAt == null).GroupBy(p => p.CaseManagerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.NotEmpty(caseloads);
            Assert.All(caseloads, c => Assert.Equal(open.GetValueOrDefault(c.StaffId), c.Filled));
            Assert.All(caseloads, c => Assert.InRange(c.Filled, 0, c.Capacity));
            Assert.True(await db.BenefitSpells.AnyAsync(s => s.EndReason == BenefitEndReason.Work));
        }
    }

    private static TautokoDbContext Create(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<TautokoDbContext>();
        settings.Configure(options);
        return new TautokoDbContext(options.Options);
    }
}
