using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Staff;

/// <summary>GET /api/staff: the directory with buddies (R-050) and leave (R-051), paged and filtered.</summary>
public abstract class StaffDirectoryTests(TautokoServer server)
{
    [Fact]
    public async Task List_Paged_ReturnsStaffWithBuddies()
    {
        // R-050: every case manager has a buddy who covers their clients when they are away.
        var api = await server.AsAsync(Accounts.CaseManager);

        var first = await api.GetJsonAsync("/api/staff?pageSize=100");

        var total = first["totalCount"]!.GetValue<int>();
        Assert.True(total >= 30, $"The demo has about 60 staff; got {total}");
        var caseManagers = first.Items().Where(s => s.Text("role") == "caseManager").ToList();
        Assert.NotEmpty(caseManagers);
        Assert.All(caseManagers, s => Assert.False(string.IsNullOrWhiteSpace(s!["buddy"]?.Text("name")), $"{s.Text("name")} has a buddy"));
        Assert.All(first.Items(), s => Assert.NotNull(s!["currentAndUpcomingLeave"]));
    }

    [Fact]
    public async Task List_TwoPages_AreDifferentPeople()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        var first = await api.GetJsonAsync("/api/staff?pageSize=5&page=1");
        var second = await api.GetJsonAsync("/api/staff?pageSize=5&page=2");

        Assert.Equal(5, first.Items().Count);
        Assert.Empty(first.Items().Select(s => s.Text("id")).Intersect(second.Items().Select(s => s.Text("id"))));
    }

    [Fact]
    public async Task List_RoleConnector_OnlyConnectors()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        var result = await api.GetJsonAsync("/api/staff?role=Connector&pageSize=100");

        Assert.NotEmpty(result.Items());
        Assert.All(result.Items(), s => Assert.Equal("connector", s.Text("role")));
    }

    [Fact]
    public async Task List_SiteFilter_OnlyThatSite()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var masterton = await server.MastertonSiteIdAsync();

        var result = await api.GetJsonAsync($"/api/staff?siteId={masterton}&pageSize=100");

        Assert.NotEmpty(result.Items());
        Assert.All(result.Items(), s => Assert.Equal("Masterton", s.Text("site")));
    }

    [Fact]
    public async Task Get_OneStaffMember_ReturnsThem()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var someone = (await api.GetJsonAsync("/api/staff?pageSize=1")).Items()[0]!;

        var member = await api.GetJsonAsync($"/api/staff/{someone.Text("id")}");

        Assert.Equal(someone.Text("name"), member.Text("name"));
    }

    [Fact]
    public async Task Get_UnknownStaffMember_Returns404()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync($"/api/staff/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("role=Wizard", "role")]
    [InlineData("role=99", "role")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task List_BadQuery_Returns400WithErrors(string query, string field)
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync("/api/staff?" + query);

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?[field]);
    }

    [Fact]
    public async Task StaffPage_SignedIn_ListsStaffWithBuddies()
    {
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync("/staff");

        Assert.NotEmpty(page.Document.QuerySelectorAll("main table tbody tr"));
        Assert.Contains("Buddy", page.Document.QuerySelector("main table thead")?.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class StaffDirectoryTestsSqlite(SqliteServer server) : StaffDirectoryTests(server);

[Collection(PostgresServer.Collection)]
public sealed class StaffDirectoryTestsPostgres(PostgresServer server) : StaffDirectoryTests(server);
