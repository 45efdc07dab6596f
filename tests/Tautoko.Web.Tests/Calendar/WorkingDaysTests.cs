using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Calendar;

/// <summary>GET /api/calendar/working-days: weekends, NZ public holidays and regional anniversaries skipped.</summary>
public abstract class WorkingDaysTests(TautokoServer server)
{
    [Fact]
    public async Task WorkingDays_AcrossMatariki2026_Counts10()
    {
        // 2 July (Thu) to 16 July (Thu) 2026 holds 11 weekdays; Matariki, Friday 10 July, is not worked.
        var result = await GetAsync("from=2026-07-01&to=2026-07-16");

        Assert.Equal(CountWeekdays(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 16)) - 1, result["count"]!.GetValue<int>());
        Assert.Equal(10, result["count"]!.GetValue<int>());
        var holiday = Assert.Single(Holidays(result));
        Assert.Equal("2026-07-10", holiday.Date);
        Assert.Contains("Matariki", holiday.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkingDays_Anzac2026OnSaturday_ObservedMonday27April()
    {
        // Anzac Day 2026 falls on a Saturday and is Mondayised to 27 April.
        var result = await GetAsync("from=2026-04-24&to=2026-04-28");

        Assert.Equal(1, result["count"]!.GetValue<int>());
        Assert.Contains(Holidays(result), h => h.Date == "2026-04-27" && h.Name.Contains("Anzac", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorkingDays_Easter2026_SkipsGoodFridayAndEasterMonday()
    {
        // Easter Sunday 2026 is 5 April.
        var result = await GetAsync("from=2026-04-01&to=2026-04-10");

        var dates = Holidays(result).Select(h => h.Date).ToList();
        Assert.Contains("2026-04-03", dates);
        Assert.Contains("2026-04-06", dates);
        Assert.Equal(CountWeekdays(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10)) - 2, result["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task WorkingDays_CanterburyAroundShowDay2026_SkipsFriday13November()
    {
        // Canterbury's anniversary is Show Day, the second Friday after the first Tuesday of November.
        var canterbury = await GetAsync("from=2026-11-12&to=2026-11-16&region=Canterbury");
        var national = await GetAsync("from=2026-11-12&to=2026-11-16");

        Assert.Equal(1, canterbury["count"]!.GetValue<int>());
        Assert.Equal(2, national["count"]!.GetValue<int>());
        Assert.Contains(Holidays(canterbury), h => h.Date == "2026-11-13");
        Assert.Empty(Holidays(national));
        Assert.Equal("Canterbury", canterbury.Text("region"));
    }

    [Fact]
    public async Task WorkingDays_SameDay_CountsZero()
    {
        var result = await GetAsync("from=2026-07-01&to=2026-07-01");

        Assert.Equal(0, result["count"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("from=2026-07-16&to=2026-07-01", "to")]
    [InlineData("from=2026-13-01&to=2026-07-16", "from")]
    [InlineData("from=01/07/2026&to=2026-07-16", "from")]
    [InlineData("from=2026-02-30&to=2026-07-16", "from")]
    [InlineData("to=2026-07-16", "from")]
    [InlineData("from=2026-07-01", "to")]
    [InlineData("from=2026-07-01&to=2026-07-16&region=Atlantis", "region")]
    [InlineData("from=1800-01-01&to=2026-07-16", "from")]
    [InlineData("from=2026-01-01&to=9999-12-31", "from")]
    public async Task WorkingDays_BadQuery_Returns400WithErrors(string query, string field)
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync("/api/calendar/working-days?" + query);

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?[field]);
    }

    private async Task<JsonNode> GetAsync(string query) =>
        await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync("/api/calendar/working-days?" + query);

    private static List<(string Date, string Name)> Holidays(JsonNode result) =>
        [.. result["holidays"]!.AsArray().Select(h => (h.Text("date")!, h.Text("name")!))];

    /// <summary>Weekdays after `from` up to and including `to`, counted independently of the product.</summary>
    private static int CountWeekdays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}

[Collection(SqliteServer.Collection)]
public sealed class WorkingDaysTestsSqlite(SqliteServer server) : WorkingDaysTests(server);

[Collection(PostgresServer.Collection)]
public sealed class WorkingDaysTestsPostgres(PostgresServer server) : WorkingDaysTests(server);
