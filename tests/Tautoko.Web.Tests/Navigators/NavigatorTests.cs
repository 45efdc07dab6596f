using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Navigators;
using Tautoko.Data;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Navigators;

/// <summary>
/// Navigators and whānau through HTTP (SPEC §10, seed 004 §2.4; R-118, R-120): national office records the contract, the
/// ICS case manager links their ICS clients (warned beyond about 15, not refused), the Navigator sees the linked clients and
/// nobody else on every read path (overview, search, whānau), and whānau count in the ICS caseload only while national
/// office's setting says so (off by default), in the count and in the capacity check (R-014).
/// </summary>
public abstract class NavigatorTests(TautokoServer server)
{
    private Task<Guid> StaffIdOfAsync(string account) => IcsTestData.StaffIdOfAsync(server, account);

    private Task<Guid> IcsClientAsync(Guid icsm) => IcsTestData.IcsClientAsync(server, icsm, "the Navigator tests");

    /// <summary>The demo Navigator works with the demo ICS case manager (the demo data records it; national office records it when missing).</summary>
    private async Task<(Guid Navigator, Guid Icsm)> ContractedAsync()
    {
        var navigator = await StaffIdOfAsync(Accounts.Navigator);
        var icsm = await StaffIdOfAsync(Accounts.Icsm);
        var national = await server.AsAsync(Accounts.NationalOffice);
        using var recorded = await national.PostJsonAsync("/api/navigators/contracts", new { navigatorId = navigator, provider = "Test NGO provider", caseManagerId = icsm });
        Assert.True(recorded.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await recorded.Content.ReadAsStringAsync());
        return (navigator, icsm);
    }

    [Fact]
    public async Task Contract_NationalOfficeRecordsProvider_RefusesWrongRolesAndOthers()
    {
        var (navigator, icsm) = await ContractedAsync();
        var national = await server.AsAsync(Accounts.NationalOffice);
        using var twice = await national.PostJsonAsync("/api/navigators/contracts", new { navigatorId = navigator, provider = "Again", caseManagerId = icsm });
        await twice.ReadProblemAsync(HttpStatusCode.Conflict);
        using var notIcsm = await national.PostJsonAsync("/api/navigators/contracts", new { navigatorId = navigator, provider = "Test", caseManagerId = await StaffIdOfAsync(Accounts.CaseManager) });
        Assert.NotNull((await notIcsm.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["caseManagerId"]);
        using var noProvider = await national.PostJsonAsync("/api/navigators/contracts", new { navigatorId = navigator, caseManagerId = icsm });
        Assert.NotNull((await noProvider.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["provider"]);
        using var byIcsm = await (await server.AsAsync(Accounts.Icsm)).PostJsonAsync("/api/navigators/contracts", new { navigatorId = navigator, provider = "Test", caseManagerId = icsm });
        await byIcsm.ReadProblemAsync(HttpStatusCode.Forbidden);

        var contracts = await (await server.AsAsync(Accounts.Icsm)).GetJsonAsync("/api/navigators");
        var mine = contracts["contracts"]!.AsArray().Single(c => c!["navigatorId"]!.GetValue<Guid>() == navigator)!;
        Assert.False(string.IsNullOrWhiteSpace(mine.Text("provider")));
        Assert.Equal(15, mine["about"]!.GetValue<int>());
    }

    [Fact]
    public async Task Navigator_SeesOnlyLinkedClients_OnEveryReadPath_R120()
    {
        var (navigator, icsm) = await ContractedAsync();
        var linked = await IcsClientAsync(icsm);
        var other = await CaseloadTestData.NewClientAsync(server);
        var nav = await server.AsAsync(Accounts.Navigator);

        // Before the link: the Navigator's own site's client is not theirs (seed 004 §2.4.2: the ICSM refers clients).
        using (var before = await nav.GetAsync($"/api/clients/{linked}"))
        {
            Assert.Equal("scope", (await before.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        var icsmApi = await server.AsAsync(Accounts.Icsm);
        using (var link = await icsmApi.PostJsonAsync($"/api/navigators/{navigator}/clients", new { clientId = linked }))
        {
            await link.ReadJsonAsync(HttpStatusCode.Created);
        }

        using (var again = await icsmApi.PostJsonAsync($"/api/navigators/{navigator}/clients", new { clientId = linked }))
        {
            await again.ReadProblemAsync(HttpStatusCode.Conflict);
        }

        var overview = await nav.GetJsonAsync($"/api/clients/{linked}");
        Assert.Equal(linked, overview["id"]!.GetValue<Guid>());
        using (var notLinked = await nav.GetAsync($"/api/clients/{other}"))
        {
            await notLinked.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var whanau = await nav.GetAsync($"/api/clients/{other}/whanau"))
        {
            await whanau.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        // Search lists only linked clients: the other client's surname is the same test surname, and is not found.
        var found = await nav.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString(overview.Text("lastName")!)}&pageSize=100");
        var ids = found["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
        Assert.Contains(linked, ids);
        Assert.DoesNotContain(other, ids);

        var list = await nav.GetJsonAsync($"/api/navigators/{navigator}/clients");
        Assert.Contains(list["clients"]!.AsArray(), c => c!["clientId"]!.GetValue<Guid>() == linked);
        using (var othersList = await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/navigators/{navigator}/clients"))
        {
            await othersList.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        // A Navigator sees no site queues of client work.
        using (var queues = await nav.GetAsync("/api/work-queues"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, queues.StatusCode);
        }

        using (var end = await icsmApi.PostJsonAsync($"/api/navigators/{navigator}/clients/{linked}/end", new { }))
        {
            await end.ReadJsonAsync(HttpStatusCode.OK);
        }

        using var after = await nav.GetAsync($"/api/clients/{linked}");
        await after.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Link_NotOnOwnIcsCaseload_Refused_Beyond15_WarnedNotRefused()
    {
        var (navigator, icsm) = await ContractedAsync();
        var icsmApi = await server.AsAsync(Accounts.Icsm);
        var notPlaced = await CaseloadTestData.NewClientAsync(server);
        using (var refused = await icsmApi.PostJsonAsync($"/api/navigators/{navigator}/clients", new { clientId = notPlaced }))
        {
            Assert.Equal(NavigatorCaseload.Rule, (await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var missing = await icsmApi.PostJsonAsync($"/api/navigators/{navigator}/clients", new { }))
        {
            Assert.NotNull((await missing.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["clientId"]);
        }

        // Bring the Navigator to 15 of this case manager's clients (written straight into the store), then link a 16th.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var nav = new StaffId(navigator);
            var cm = new StaffId(icsm);
            var open = await db.NavigatorClientLinks.CountAsync(l => l.NavigatorId == nav && l.CaseManagerId == cm && l.EndedAt == null);
            var spare = await db.Clients.AsNoTracking().Where(c => !db.NavigatorClientLinks.Any(l => l.ClientId == c.Id && l.NavigatorId == nav && l.EndedAt == null))
                .OrderBy(c => c.ClientNumber).Select(c => c.Id).Take(Math.Max(0, NavigatorCaseload.About - open)).ToListAsync();
            foreach (var c in spare)
            {
                db.NavigatorClientLinks.Add(new NavigatorClientLink(Guid.CreateVersion7(), nav, cm, c, cm, DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        var sixteenth = await IcsClientAsync(icsm);
        using var link = await icsmApi.PostJsonAsync($"/api/navigators/{navigator}/clients", new { clientId = sixteenth });
        var done = await link.ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(done["linkedWithCaseManager"]!.GetValue<int>() > NavigatorCaseload.About);
        Assert.Equal(NavigatorCaseload.Rule, done.Text("warningRule"));
        Assert.Contains("about 15", done.Text("warning"), StringComparison.Ordinal);
        var contracts = await icsmApi.GetJsonAsync("/api/navigators");
        Assert.True(contracts["contracts"]!.AsArray().Single(c => c!["navigatorId"]!.GetValue<Guid>() == navigator)!["overAbout"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Whanau_CountInIcsCaseload_OnlyWhenNationalOfficeSetsIt_R118_R014()
    {
        var icsm = await StaffIdOfAsync(Accounts.Icsm);
        var client = await IcsClientAsync(icsm);
        var national = await server.AsAsync(Accounts.NationalOffice);
        var icsmApi = await server.AsAsync(Accounts.Icsm);

        var setting = await national.GetJsonAsync("/api/ics-settings");
        Assert.False(setting["whanauCountInCaseload"]!.GetValue<bool>()); // R-118: off by default.
        using (var byIcsm = await icsmApi.PutJsonAsync("/api/ics-settings", new { whanauCountInCaseload = true, version = setting["version"]!.GetValue<int>() }, null))
        {
            await byIcsm.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var noVersion = await national.PutJsonAsync("/api/ics-settings", new { whanauCountInCaseload = true }, null))
        {
            Assert.NotNull((await noVersion.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["version"]);
        }

        using (var first = await icsmApi.PostJsonAsync($"/api/clients/{client}/whanau", new { name = "Aroha Test", relationship = "partner" }))
        {
            await first.ReadJsonAsync(HttpStatusCode.Created);
        }

        var off = await icsmApi.GetJsonAsync($"/api/case-managers/{icsm}/ics-caseload");
        Assert.False(off["whanauCounted"]!.GetValue<bool>());
        Assert.Equal(off["clients"]!.GetValue<int>(), off["count"]!.GetValue<int>());
        Assert.True(off["whanau"]!.GetValue<int>() >= 1);

        int capacity, target;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var row = await db.Caseloads.AsNoTracking().SingleAsync(c => c.StaffId == new StaffId(icsm));
            (capacity, target) = (row.Capacity, row.TargetCapacity);
        }

        try
        {
            using (var on = await national.PutJsonAsync("/api/ics-settings", new { whanauCountInCaseload = true, version = setting["version"]!.GetValue<int>() }, null))
            {
                Assert.True((await on.ReadJsonAsync(HttpStatusCode.OK))["whanauCountInCaseload"]!.GetValue<bool>());
            }

            using (var stale = await national.PutJsonAsync("/api/ics-settings", new { whanauCountInCaseload = false, version = setting["version"]!.GetValue<int>() }, null))
            {
                await stale.ReadProblemAsync(HttpStatusCode.Conflict);
            }

            var counted = await icsmApi.GetJsonAsync($"/api/case-managers/{icsm}/ics-caseload");
            Assert.True(counted["whanauCounted"]!.GetValue<bool>());
            Assert.Equal(counted["clients"]!.GetValue<int>() + counted["whanau"]!.GetValue<int>(), counted["count"]!.GetValue<int>());

            // One place left once whānau count: the next whānau member takes it, the one after is refused (R-014).
            await using (var scope = server.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
                var room = counted["count"]!.GetValue<int>() + 1;
                await db.Caseloads.Where(c => c.StaffId == new StaffId(icsm)).ExecuteUpdateAsync(s => s.SetProperty(c => c.Capacity, room).SetProperty(c => c.TargetCapacity, room));
            }

            using (var takesLast = await icsmApi.PostJsonAsync($"/api/clients/{client}/whanau", new { name = "Mere Test", relationship = "mother" }))
            {
                await takesLast.ReadJsonAsync(HttpStatusCode.Created);
            }

            using (var full = await icsmApi.PostJsonAsync($"/api/clients/{client}/whanau", new { name = "Hemi Test", relationship = "son" }))
            {
                Assert.Equal("R-014", (await full.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
            }

            // The placements' capacity check counts them too: no place for a new client.
            var another = await CaseloadTestData.NewClientAsync(server);
            using (var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{another}/placements", new { caseManagerId = icsm, reason = "Caseload full with whānau." }))
            {
                Assert.False(placed.IsSuccessStatusCode);
            }

            var now = await national.GetJsonAsync("/api/ics-settings");
            using (var offAgain = await national.PutJsonAsync("/api/ics-settings", new { whanauCountInCaseload = false, version = now["version"]!.GetValue<int>() }, null))
            {
                await offAgain.ReadJsonAsync(HttpStatusCode.OK);
            }

            using var notCounted = await icsmApi.PostJsonAsync($"/api/clients/{client}/whanau", new { name = "Hemi Test", relationship = "son" });
            await notCounted.ReadJsonAsync(HttpStatusCode.Created);
            var listed = await icsmApi.GetJsonAsync($"/api/clients/{client}/whanau");
            Assert.Equal(3, listed["members"]!.AsArray().Count);
            Assert.False(listed["countInCaseload"]!.GetValue<bool>());
        }
        finally
        {
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            await db.Caseloads.Where(c => c.StaffId == new StaffId(icsm)).ExecuteUpdateAsync(s => s.SetProperty(c => c.Capacity, c => c.Filled > capacity ? c.Filled : capacity).SetProperty(c => c.TargetCapacity, target));
            await db.IcsSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.WhanauCountInCaseload, false));
        }
    }

    [Fact]
    public async Task Whanau_BadInput_400NamingTheField()
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        using var response = await (await server.AsAsync(Accounts.Icsm)).PostJsonAsync($"/api/clients/{client}/whanau", new { name = " " });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["name"]);
        Assert.NotNull(problem["errors"]!["relationship"]);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class NavigatorTestsSqlite(SqliteServer server) : NavigatorTests(server);

[Collection(PostgresServer.Collection)]
public sealed class NavigatorTestsPostgres(PostgresServer server) : NavigatorTests(server);
