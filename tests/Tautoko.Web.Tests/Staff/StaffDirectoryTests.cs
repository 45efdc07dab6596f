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
    public async Task List_OnLeaveToday_ShowsOutOfOfficeAndLeaveGreetingWithTheBuddy_R051()
    {
        // R-051: leave (planned, or unplanned over a day) shows an out-of-office with the buddy's details,
        // and the voicemail greeting is the seed's leave message; everyone else has the standard greeting.
        var api = await server.AsAsync(Accounts.CaseManager);

        var staff = (await api.GetJsonAsync("/api/staff?pageSize=100")).Items();

        var away = staff.Where(s => s!["outOfOffice"] is not null).ToList();
        Assert.NotEmpty(away);
        Assert.All(away, s =>
        {
            Assert.True(s!["onLeaveToday"]!.GetValue<bool>());
            var buddy = s["buddy"]!.Text("name")!;
            Assert.Contains(buddy, s.Text("outOfOffice"), StringComparison.Ordinal);
            Assert.StartsWith("Kia ora and welcome to the Ministry of Social Development, this is " + s.Text("name"), s.Text("voicemailGreeting"), StringComparison.Ordinal);
            Assert.Contains("I am not available until", s.Text("voicemailGreeting"), StringComparison.Ordinal);
            Assert.Contains(buddy, s.Text("voicemailGreeting"), StringComparison.Ordinal);
            Assert.EndsWith("0800 559 009.", s.Text("voicemailGreeting"), StringComparison.Ordinal);
        });

        var here = staff.First(s => !s!["onLeaveToday"]!.GetValue<bool>())!;
        Assert.Null(here["outOfOffice"]);
        Assert.Equal($"Kia ora, you have reached {here.Text("name")}, please leave your name and number and I will contact you as soon as possible.", here.Text("voicemailGreeting"));
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
