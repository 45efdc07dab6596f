using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>GET /api/clients: by name with or without macrons, paged, within the person's scope.</summary>
public abstract class SearchClientsTests(TautokoServer server)
{
    [Fact]
    public async Task Search_NameWithoutMacron_FindsMakaWithMacron()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        var result = await api.GetJsonAsync("/api/clients?q=Maka&pageSize=100");

        var names = result.Items().Select(c => c.Text("name")!).ToList();
        Assert.True(names.Count(n => n.EndsWith(" Māka", StringComparison.Ordinal)) >= 3, "Three Māka clients at Masterton: " + string.Join(", ", names));
        Assert.All(result.Items(), c => Assert.True(c!["inScope"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Search_WithMacronAndOddCase_FindsTheSameClients()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        var plain = await api.GetJsonAsync("/api/clients?q=maka&pageSize=100");
        var macron = await api.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString("MĀKA")}&pageSize=100");

        Assert.Equal(plain["totalCount"]!.GetValue<int>(), macron["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_FirstAndLastName_NarrowsToThatPerson()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var maka = await server.MakaAsync();
        var overview = await api.GetJsonAsync($"/api/clients/{maka.WithWarnings}");
        var firstName = Fold(overview.Text("firstName")!);

        var result = await api.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString(firstName + " maka")}");

        Assert.Contains(result.Items(), c => c!["id"]!.GetValue<Guid>() == maka.WithWarnings);
        Assert.All(result.Items(), c => Assert.Contains("Māka", c.Text("name"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_PageSizeOne_PagesThroughDistinctClients()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        var first = await api.GetJsonAsync("/api/clients?q=maka&pageSize=1&page=1");
        var second = await api.GetJsonAsync("/api/clients?q=maka&pageSize=1&page=2");

        var total = first["totalCount"]!.GetValue<int>();
        Assert.True(total >= 3, $"totalCount {total}");
        Assert.Equal(total, first["totalPages"]!.GetValue<int>());
        Assert.Single(first.Items());
        Assert.Single(second.Items());
        Assert.Equal(2, second["page"]!.GetValue<int>());
        Assert.NotEqual(first.Items()[0]!["id"]!.GetValue<Guid>(), second.Items()[0]!["id"]!.GetValue<Guid>());
        Assert.True(first["hasNext"]!.GetValue<bool>());
        Assert.False(first["hasPrevious"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Search_ByDateOfBirth_FindsTheClient()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var maka = await server.MakaAsync();
        var overview = await api.GetJsonAsync($"/api/clients/{maka.WithWarnings}");

        var result = await api.GetJsonAsync($"/api/clients?dateOfBirth={overview.Text("dateOfBirth")}");

        Assert.Contains(result.Items(), c => c!["id"]!.GetValue<Guid>() == maka.WithWarnings);
        Assert.All(result.Items(), c => Assert.Equal(overview.Text("dateOfBirth"), c.Text("dateOfBirth")));
    }

    [Fact]
    public async Task Search_ByClientNumber_FindsExactlyThatClient()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var maka = await server.MakaAsync();
        var overview = await api.GetJsonAsync($"/api/clients/{maka.WithWarnings}");

        var result = await api.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString(overview.Text("clientNumber")!)}");

        var only = Assert.Single(result.Items());
        Assert.Equal(maka.WithWarnings, only!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Search_ByNameOutsideScope_DoesNotListOtherSitesClients()
    {
        // R-120: a case manager at another site does not see Masterton's clients in a name search.
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);

        var result = await api.GetJsonAsync("/api/clients?q=maka&pageSize=100");

        Assert.DoesNotContain(result.Items(), c => c.Text("homeSite") == "Masterton");
    }

    [Fact]
    public async Task Search_ExactClientNumberOutsideScope_FindsItMarkedOutOfScope()
    {
        var maka = await server.MakaAsync();
        var number = (await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{maka.WithWarnings}")).Text("clientNumber")!;
        var api = await server.AsAsync(Accounts.CaseManagerOtherSite);

        var result = await api.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString(number)}");

        var only = Assert.Single(result.Items());
        Assert.False(only!["inScope"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Search_RestrictedRecords_NotListedToCaseManager()
    {
        // R-122: restricted records are never listed to roles that cannot open them.
        var restricted = await server.RestrictedClientIdsAsync();
        var rcs = await server.AsAsync(Accounts.RemoteClientServices);
        var record = await rcs.GetJsonAsync($"/api/clients/{restricted[0]}");
        var api = await server.AsAsync(Accounts.CaseManager);

        var byNumber = await api.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString(record.Text("clientNumber")!)}");
        var byName = await api.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString(record.Text("lastName")!)}&pageSize=100");

        Assert.Empty(byNumber.Items());
        Assert.DoesNotContain(byName.Items(), c => c!["id"]!.GetValue<Guid>() == restricted[0]);
    }

    [Theory]
    [InlineData("q=maka&pageSize=0", "pageSize")]
    [InlineData("q=maka&pageSize=101", "pageSize")]
    [InlineData("q=maka&pageSize=100000", "pageSize")]
    [InlineData("q=maka&page=0", "page")]
    [InlineData("q=maka&page=-3", "page")]
    [InlineData("dateOfBirth=14/03/1990", "dateOfBirth")]
    [InlineData("dateOfBirth=1990-02-30", "dateOfBirth")]
    [InlineData("q=", "q")]
    [InlineData("", "q")]
    public async Task Search_BadQuery_Returns400WithErrors(string query, string field)
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync("/api/clients?" + query);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?[field]);
    }

    private static string Fold(string name) => Tautoko.Core.Common.TextFolding.Fold(name);
}

[Collection(SqliteServer.Collection)]
public sealed class SearchClientsTestsSqlite(SqliteServer server) : SearchClientsTests(server);

[Collection(PostgresServer.Collection)]
public sealed class SearchClientsTestsPostgres(PostgresServer server) : SearchClientsTests(server);
