using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>
/// Client search whose cost does not grow with the country (issue 12): surname matches first, in the order the
/// index serves; counting stops at <c>--search-count-limit</c> and says "more than"; other name
/// words follow the surname matches, and paging runs across both without losing or repeating anyone.
/// </summary>
public abstract class SearchAtScaleTests(TautokoServer server)
{
    private int CountLimit => server.Services.GetRequiredService<TautokoOptions>().SearchCountLimit;

    private async Task<List<(string Last, string First, string Number)>> FoldedNamesAsync()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var rows = await db.Clients.AsNoTracking().Select(c => new { c.LastNameFolded, c.FirstNameFolded, c.ClientNumber }).ToListAsync();
        return rows.Select(r => (r.LastNameFolded, r.FirstNameFolded, r.ClientNumber)).ToList();
    }

    [Fact]
    public async Task Search_PrefixMatchingMoreThanTheLimit_SaysMoreThanAndShowsSurnameMatchesInOrder()
    {
        var names = await FoldedNamesAsync();
        var (letter, matching) = names.GroupBy(n => n.Last[..1]).Select(g => (g.Key, g.Count())).MaxBy(g => g.Item2);
        Assert.True(matching > CountLimit, $"precondition: the demo data has a surname initial with more than {CountLimit} clients (most: '{letter}', {matching})");
        var api = await server.AsAsync(Accounts.NationalOffice);

        var result = await api.GetJsonAsync($"/api/clients?q={letter}&pageSize=25");

        Assert.False(result["totalCountExact"]!.GetValue<bool>());
        Assert.Equal(CountLimit, result["totalCount"]!.GetValue<int>());
        var expected = names.Where(n => n.Last.StartsWith(letter, StringComparison.Ordinal))
            .OrderBy(n => n.Last, StringComparer.Ordinal).ThenBy(n => n.First, StringComparer.Ordinal).ThenBy(n => n.Number, StringComparer.Ordinal)
            .Take(25).Select(n => n.Number).ToList();
        Assert.Equal(expected, result.Items().Select(c => c.Text("clientNumber")!.Replace("-", string.Empty, StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public async Task Search_PageAtTheLimit_StillHasANextPage()
    {
        var names = await FoldedNamesAsync();
        var letter = names.GroupBy(n => n.Last[..1]).MaxBy(g => g.Count())!.Key;
        var api = await server.AsAsync(Accounts.NationalOffice);
        var lastCountedPage = CountLimit / 10;

        var result = await api.GetJsonAsync($"/api/clients?q={letter}&pageSize=10&page={lastCountedPage}");

        Assert.Equal(10, result.Items().Count);
        Assert.False(result["totalCountExact"]!.GetValue<bool>());
        Assert.True(result["hasNext"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Search_WordThatStartsSurnamesAndOtherNames_SurnamesFirstThenTheRest_PagedWithoutGapsOrRepeats()
    {
        var names = await FoldedNamesAsync();
        // A two-letter word that starts some surnames and, for other clients, only a first name; few enough to count exactly.
        var candidates = names.SelectMany(n => n.First.Split(' ').Select(w => w.Length >= 2 ? w[..2] : w)).Distinct()
            .Select(p => (Prefix: p,
                Surname: names.Where(n => n.Last.StartsWith(p, StringComparison.Ordinal)).ToList(),
                Other: names.Where(n => !n.Last.StartsWith(p, StringComparison.Ordinal) && (" " + n.First + " " + n.Last).Contains(" " + p, StringComparison.Ordinal)).ToList()))
            .Where(c => c.Prefix.Length == 2 && c.Prefix.All(char.IsAsciiLetterLower) && c.Surname.Count >= 3 && c.Other.Count >= 3 && c.Surname.Count + c.Other.Count <= CountLimit)
            .OrderBy(c => c.Prefix, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(candidates);
        var (prefix, surname, other) = candidates[0];
        static IEnumerable<string> Ordered(IEnumerable<(string Last, string First, string Number)> rows) =>
            rows.OrderBy(n => n.Last, StringComparer.Ordinal).ThenBy(n => n.First, StringComparer.Ordinal).ThenBy(n => n.Number, StringComparer.Ordinal).Select(n => n.Number);
        var expected = Ordered(surname).Concat(Ordered(other)).ToList();
        var api = await server.AsAsync(Accounts.NationalOffice);

        var seen = new List<string>();
        for (var page = 1; page <= (expected.Count + 6) / 7; page++)
        {
            var result = await api.GetJsonAsync($"/api/clients?q={prefix}&pageSize=7&page={page}");
            Assert.True(result["totalCountExact"]!.GetValue<bool>());
            Assert.Equal(expected.Count, result["totalCount"]!.GetValue<int>());
            seen.AddRange(result.Items().Select(c => c.Text("clientNumber")!.Replace("-", string.Empty, StringComparison.Ordinal)));
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Search_NameAndDateOfBirth_MatchesEveryWordAmongThoseBornThatDay()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);
        var overview = await api.GetJsonAsync($"/api/clients/{maka.WithWarnings}");
        var dob = overview.Text("dateOfBirth");
        var first = overview.Text("firstName")!.Split(' ')[0];

        var byBoth = await api.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString(first + " maka")}&dateOfBirth={dob}");
        var wrongName = await api.GetJsonAsync($"/api/clients?q=zzqx&dateOfBirth={dob}");
        var bornThatDay = await api.GetJsonAsync($"/api/clients?dateOfBirth={dob}");

        Assert.Contains(byBoth.Items(), c => c!["id"]!.GetValue<Guid>() == maka.WithWarnings);
        Assert.All(byBoth.Items(), c => Assert.Equal(dob, c.Text("dateOfBirth")));
        Assert.Empty(wrongName.Items());
        Assert.Equal(0, wrongName["totalCount"]!.GetValue<int>());
        Assert.True(bornThatDay["totalCount"]!.GetValue<int>() >= byBoth["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_GivenNameAlone_WithinACaseManagersScope_FindsTheClientAfterSurnameMatches()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);
        var overview = await api.GetJsonAsync($"/api/clients/{maka.WithWarnings}");
        var given = Fold(overview.Text("firstName")!.Split(' ')[0]);

        var result = await api.GetJsonAsync($"/api/clients?q={Uri.EscapeDataString(given)}&pageSize=100");

        var items = result.Items();
        Assert.Contains(items, c => c!["id"]!.GetValue<Guid>() == maka.WithWarnings);
        var surnameFirst = items.Select(c => Fold(c.Text("name")!.Split(' ')[^1]).StartsWith(given, StringComparison.Ordinal)).ToList();
        Assert.Equal(surnameFirst.OrderByDescending(b => b).ToList(), surnameFirst);
    }

    private static string Fold(string name) => Tautoko.Core.Common.TextFolding.Fold(name);

    [Fact]
    public async Task SearchPage_MoreThanTheLimit_AsksForAFirstNameOrDateOfBirth()
    {
        var names = await FoldedNamesAsync();
        var letter = names.GroupBy(n => n.Last[..1]).MaxBy(g => g.Count())!.Key;
        using var pages = await server.PagesAsAsync(Accounts.NationalOffice);

        var page = await pages.GetAsync($"/clients?q={letter}");

        var hint = page.Document.QuerySelector("#narrow-search")?.TextContent ?? string.Empty;
        Assert.Contains($"More than {CountLimit}", hint, StringComparison.Ordinal);
        Assert.Contains("first name or a date of birth", hint, StringComparison.Ordinal);
        Assert.Contains($"more than {CountLimit}", page.Document.QuerySelector(".pager")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class SearchAtScaleTestsSqlite(SqliteServer server) : SearchAtScaleTests(server);

[Collection(PostgresServer.Collection)]
public sealed class SearchAtScaleTestsPostgres(PostgresServer server) : SearchAtScaleTests(server)
{
    /// <summary>
    /// The search index serves a surname prefix in the order shown, with no sort of the matches, even as a prepared
    /// (generic) plan: the folded columns compare byte by byte (collation "C") and the prefix is a range.
    /// </summary>
    [Fact]
    public async Task SearchIndex_ServesSurnamePrefixInDisplayOrder_WithoutSorting()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_sort = off; SET enable_seqscan = off; SET plan_cache_mode = force_generic_plan");
        var plan = string.Join('\n', await db.Database.SqlQueryRaw<string>(
            """
            EXPLAIN SELECT "Id" FROM clients
            WHERE "LastNameFolded" >= {0} AND "LastNameFolded" < {1}
            ORDER BY "LastNameFolded", "FirstNameFolded", "ClientNumber" LIMIT 25
            """, "ma", "mb").ToListAsync());
        await db.Database.ExecuteSqlRawAsync("RESET enable_sort; RESET enable_seqscan; RESET plan_cache_mode");

        Assert.Contains("IX_clients_LastNameFolded_FirstNameFolded_ClientNumber", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
    }
}
