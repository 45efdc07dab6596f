using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Sites;

/// <summary>GET /api/sites: the seed's opening hours (R-001–R-004) and the holidays sites close for (R-005).</summary>
public abstract class SitesTests(TautokoServer server)
{
    [Fact]
    public async Task Masterton_StandardHours_LateWednesdayStart()
    {
        // R-001: 8.30–5 Monday, Tuesday, Thursday, Friday; 9.30–5 Wednesday.
        var hours = await HoursAsync("Masterton");

        Assert.Equal(["08:30:00-17:00:00"], hours["monday"]);
        Assert.Equal(["08:30:00-17:00:00"], hours["tuesday"]);
        Assert.Equal(["09:30:00-17:00:00"], hours["wednesday"]);
        Assert.Equal(["08:30:00-17:00:00"], hours["thursday"]);
        Assert.Equal(["08:30:00-17:00:00"], hours["friday"]);
        Assert.False(hours.ContainsKey("saturday"));
        Assert.False(hours.ContainsKey("sunday"));
    }

    [Fact]
    public async Task Ohakune_MiddayClosure_ClosedWednesday()
    {
        // R-002: Ohakune 9.30–12 and 1–4, closed Wednesdays.
        var hours = await HoursAsync("Ohakune");

        foreach (var day in new[] { "monday", "tuesday", "thursday", "friday" })
        {
            Assert.Equal(["09:30:00-12:00:00", "13:00:00-16:00:00"], hours[day]);
        }

        Assert.False(hours.ContainsKey("wednesday"));
        Assert.False(hours.ContainsKey("saturday"));
        Assert.False(hours.ContainsKey("sunday"));
    }

    [Fact]
    public async Task Murupara_NineToFour_LateWednesday()
    {
        // R-003: Murupara 9–4 Mon/Tue/Thu/Fri, 10.30–4 Wednesday.
        var hours = await HoursAsync("Murupara");

        foreach (var day in new[] { "monday", "tuesday", "thursday", "friday" })
        {
            Assert.Equal(["09:00:00-16:00:00"], hours[day]);
        }

        Assert.Equal(["10:30:00-16:00:00"], hours["wednesday"]);
        Assert.False(hours.ContainsKey("saturday"));
        Assert.False(hours.ContainsKey("sunday"));
    }

    [Fact]
    public async Task Takaka_MiddayClosureEveryDay()
    {
        // R-004: Takaka 8.30–12 and 1–4 Mon/Tue/Thu/Fri; 9.30–12 and 1–4 Wednesday.
        var hours = await HoursAsync("Takaka");

        foreach (var day in new[] { "monday", "tuesday", "thursday", "friday" })
        {
            Assert.Equal(["08:30:00-12:00:00", "13:00:00-16:00:00"], hours[day]);
        }

        Assert.Equal(["09:30:00-12:00:00", "13:00:00-16:00:00"], hours["wednesday"]);
        Assert.False(hours.ContainsKey("saturday"));
        Assert.False(hours.ContainsKey("sunday"));
    }

    [Fact]
    public async Task List_Paged_HasRegionsAndUpcomingHolidays()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        var result = await api.GetJsonAsync("/api/sites?pageSize=100");

        Assert.True(result["totalCount"]!.GetValue<int>() >= 6, "Six service centres in the demo, and more");
        Assert.All(result.Items(), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text("region")));
            Assert.NotNull(s!["upcomingHolidays"]);
        });
    }

    [Fact]
    public async Task Get_OneSite_ReturnsIt()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var id = await server.MastertonSiteIdAsync();

        var site = await api.GetJsonAsync($"/api/sites/{id}");

        Assert.Equal("Masterton", site.Text("name"));
    }

    [Fact]
    public async Task Get_UnknownSite_Returns404()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync($"/api/sites/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("kind=castle", "kind")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=-1", "page")]
    public async Task List_BadQuery_Returns400WithErrors(string query, string field)
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync("/api/sites?" + query);

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?[field]);
    }

    [Fact]
    public async Task SitesPage_Ohakune_ShowsWednesdayClosed()
    {
        // R-002, shown to people.
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync("/sites?name=Ohakune");

        var wednesday = page.Document.QuerySelectorAll("table.hours tr").FirstOrDefault(r => r.QuerySelector("th")?.TextContent == "Wednesday");
        Assert.Equal("Closed", wednesday?.QuerySelector("td")?.TextContent);
    }

    /// <summary>A site's sessions by lower-case day, each as "opens-closes".</summary>
    private async Task<Dictionary<string, List<string>>> HoursAsync(string name)
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var result = await api.GetJsonAsync($"/api/sites?name={Uri.EscapeDataString(name)}");
        var site = result.Items().Single(s => s.Text("name") == name)!;
        Assert.True(site["openingHours"]!.AsArray().Count > 0, $"{name} has no opening hours at all.");
        return site["openingHours"]!.AsArray()
            .GroupBy(o => o.Text("day")!.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.Select(o => $"{o.Text("opens")}-{o.Text("closes")}").ToList());
    }
}

[Collection(SqliteServer.Collection)]
public sealed class SitesTestsSqlite(SqliteServer server) : SitesTests(server);

[Collection(PostgresServer.Collection)]
public sealed class SitesTestsPostgres(PostgresServer server) : SitesTests(server);
