using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>Caseload sizes (R-010–R-013), fill against capacity (R-014) and who sees which view.</summary>
public abstract class CaseloadViewsTests(TautokoServer server)
{
    [Fact]
    public async Task Services_DefaultSizes_AreTheSeedFigures_R010_R011_R012_R013()
    {
        var api = await server.AsAsync(Accounts.Connector);

        var services = (await api.GetJsonAsync("/api/caseloads/services")).AsArray();

        int Size(string shortName) => services.First(s => s.Text("shortName") == shortName)!["perCaseManager"]!.GetValue<int>();
        Assert.Equal(105, Size("ECM"));
        Assert.Equal(105, Size("ECM-R"));
        Assert.Equal(110, Size("PBCM"));
        Assert.Equal(60, Size("ISCM"));
        Assert.Equal(60, Size("ICS"));
    }

    [Fact]
    public async Task SiteView_EveryCaseloadWithinCapacity_AndFreePlacesAddUp_R014()
    {
        var manager = await server.AsAsync(Accounts.Manager);

        var view = await manager.GetJsonAsync($"/api/caseloads/sites/{await server.MastertonSiteIdAsync()}");

        var caseloads = view["caseloads"]!.AsArray();
        Assert.NotEmpty(caseloads);
        foreach (var caseload in caseloads)
        {
            var capacity = caseload!["capacity"]!.GetValue<int>();
            var filled = caseload["filled"]!.GetValue<int>();
            Assert.InRange(filled, 0, capacity);
            Assert.Equal(capacity - filled, caseload["free"]!.GetValue<int>());
        }

        Assert.Equal(caseloads.Sum(c => c!["free"]!.GetValue<int>()), view["total"]!["free"]!.GetValue<int>());
        Assert.Contains(caseloads, c => c!.Text("serviceShortName") == "ECM");
    }

    [Fact]
    public async Task MyCaseload_EmploymentCaseManager_ShowsCapacityAndTimeInServiceBands_R022()
    {
        var api = await server.AsAsync(Accounts.EmploymentCaseManager);

        var mine = await api.GetJsonAsync("/api/caseloads/mine?pageSize=100");

        Assert.Equal("ECM", mine["caseload"].Text("serviceShortName"));
        var clients = mine["clients"]!.AsArray();
        Assert.Equal(mine["total"]!.GetValue<int>(), mine["green"]!.GetValue<int>() + mine["orange"]!.GetValue<int>() + mine["red"]!.GetValue<int>());
        foreach (var client in clients)
        {
            // R-022: green under 12 months, orange 12–18, red 18+.
            var months = client!["monthsInService"]!.GetValue<int>();
            var expected = months < 12 ? "green" : months < 18 ? "orange" : "red";
            Assert.Equal(expected, client.Text("band"));
        }
    }

    [Theory]
    [InlineData("green")]
    [InlineData("orange")]
    [InlineData("red")]
    public async Task MyCaseload_FilterByBand_ReturnsOnlyThatBand_R022(string band)
    {
        var api = await server.AsAsync(Accounts.EmploymentCaseManager);

        var mine = await api.GetJsonAsync($"/api/caseloads/mine?band={band}&pageSize=100");

        Assert.All(mine["clients"]!.AsArray(), c => Assert.Equal(band, c.Text("band")));
        Assert.Equal(mine[band]!.GetValue<int>(), mine["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task MyCaseload_UnknownBand_Returns400()
    {
        var api = await server.AsAsync(Accounts.EmploymentCaseManager);
        using var response = await api.GetAsync("/api/caseloads/mine?band=purple");
        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RegionAndNational_RollUpTheSites()
    {
        var manager = await server.AsAsync(Accounts.Manager);
        var site = await manager.GetJsonAsync($"/api/caseloads/sites/{await server.MastertonSiteIdAsync()}");
        var region = await manager.GetJsonAsync($"/api/caseloads/regions/{site["regionId"]!.GetValue<Guid>()}");
        var masterton = region["rows"]!.AsArray().First(r => r.Text("name") == "Masterton")!;
        Assert.Equal(site["total"]!["capacity"]!.GetValue<int>(), masterton["capacity"]!.GetValue<int>());

        var national = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync("/api/caseloads/national");
        Assert.Equal(national["rows"]!.AsArray().Sum(r => r!["capacity"]!.GetValue<int>()), national["total"]!["capacity"]!.GetValue<int>());
        Assert.True(national["total"]!["filled"]!.GetValue<int>() <= national["total"]!["capacity"]!.GetValue<int>());
    }

    [Fact]
    public async Task National_ForAConnector_Returns403()
    {
        var api = await server.AsAsync(Accounts.Connector);
        using var response = await api.GetAsync("/api/caseloads/national");
        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SiteView_ForACsr_Returns403()
    {
        var api = await server.AsAsync(Accounts.Csr);
        using var response = await api.GetAsync($"/api/caseloads/sites/{await server.MastertonSiteIdAsync()}");
        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ServiceSize_ChangedByNationalOffice_ResizesCaseloads_OthersRefused_R014()
    {
        var connector = await server.AsAsync(Accounts.Connector);
        using (var refused = await connector.PutJsonAsync("/api/caseloads/services/DCM", new { perCaseManager = 90 }, null))
        {
            await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var national = await server.AsAsync(Accounts.NationalOffice);
        using (var invalid = await national.PutJsonAsync("/api/caseloads/services/DCM", new { perCaseManager = 0 }, null))
        {
            await invalid.ReadProblemAsync(HttpStatusCode.BadRequest);
        }

        async Task<int> VersionAsync() =>
            (await national.GetJsonAsync("/api/caseloads/services")).AsArray().First(s => s.Text("shortName") == "DCM")!["version"]!.GetValue<int>();

        // Without the version read the change is refused, never applied blind.
        using (var noVersion = await national.PutJsonAsync("/api/caseloads/services/DCM", new { perCaseManager = 95 }, null))
        {
            Assert.NotNull((await noVersion.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["version"]);
        }

        using (var changed = await national.PutJsonAsync("/api/caseloads/services/DCM", new { perCaseManager = 95, version = await VersionAsync() }, null))
        {
            await changed.ReadJsonAsync(HttpStatusCode.OK);
        }

        var services = (await national.GetJsonAsync("/api/caseloads/services")).AsArray();
        var dcm = services.First(s => s.Text("shortName") == "DCM")!;
        Assert.Equal(95, dcm["perCaseManager"]!.GetValue<int>());
        Assert.True(dcm["filled"]!.GetValue<int>() <= dcm["capacity"]!.GetValue<int>());

        using var restored = await national.PutJsonAsync("/api/caseloads/services/DCM", new { perCaseManager = 100, version = await VersionAsync() }, null);
        await restored.ReadJsonAsync(HttpStatusCode.OK);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CaseloadViewsTestsSqlite(SqliteServer server) : CaseloadViewsTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CaseloadViewsTestsPostgres(PostgresServer server) : CaseloadViewsTests(server);
