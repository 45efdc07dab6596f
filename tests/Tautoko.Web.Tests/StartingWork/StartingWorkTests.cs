using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.StartingWork;

/// <summary>
/// Starting work (002 "Supporting sustainable employment", R-065): exits into work and part-time earnings feed the seed's
/// "work exits" and "part-time earnings" measures; the supports offered, agreed or declined with their follow-up; bad
/// input is a 400 naming the field; reads audited; the client's scope decides who may.
/// </summary>
public abstract class StartingWorkTests(TautokoServer server)
{
    private static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(Guid ClientId, Guid StaffId)> OnEmploymentCaseloadAsync()
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        var staffId = (await CaseloadTestData.CaseloadWithRoomAsync(server, "ECM"))["staffId"]!.GetValue<Guid>();
        using var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{client}/placements", new { caseManagerId = staffId, reason = "Starting work test." });
        await placed.ReadJsonAsync(HttpStatusCode.Created);
        return (client, staffId);
    }

    [Fact]
    public async Task WorkStartAndEarnings_CountInTheMeasures_ForTheCaseManagerAndSite_R065()
    {
        var (client, staffId) = await OnEmploymentCaseloadAsync();
        var manager = await server.AsAsync(Accounts.Manager);
        var path = $"/api/employment-outcome-measures?caseManagerId={staffId}&from={Day(-7)}&to={Day(0)}";
        var before = await manager.GetJsonAsync(path);
        var earlierPath = $"/api/employment-outcome-measures?caseManagerId={staffId}&from={Day(-60)}&to={Day(-2)}";
        var earlierBefore = await manager.GetJsonAsync(earlierPath);

        var api = await server.AsAsync(Accounts.CaseManager);
        using (var started = await api.PostJsonAsync($"/api/clients/{client}/work-starts", new { startedOn = Day(0), employerName = "Masterton Joinery Ltd", hoursPerWeek = 38.5m, hours = "fullTime", weeklyPay = 1020.40m }))
        {
            var start = await started.ReadJsonAsync(HttpStatusCode.Created);
            Assert.Equal(staffId, start["caseManagerId"]!.GetValue<Guid>());
            Assert.Equal(1020.40m, start["weeklyPay"]!.GetValue<decimal>());
        }

        using (var declared = await api.PostJsonAsync($"/api/clients/{client}/part-time-earnings", new { weeklyAmount = 240.00m, fromOn = Day(0) }))
        {
            await declared.ReadJsonAsync(HttpStatusCode.Created);
        }

        var after = await manager.GetJsonAsync(path);
        Assert.Equal(Clients(before, "workExits") + 1, Clients(after, "workExits"));
        Assert.Equal(Clients(before, "partTimeEarnings") + 1, Clients(after, "partTimeEarnings"));
        var mine = after["byCaseManager"]!.AsArray().Single(r => r!["caseManagerId"]!.GetValue<Guid>() == staffId)!;
        Assert.True(mine["workExits"]!.GetValue<int>() >= 1);

        // A period that ends before the start does not count it.
        var earlier = await manager.GetJsonAsync(earlierPath);
        Assert.Equal(Clients(earlierBefore, "workExits"), Clients(earlier, "workExits"));
        using var refused = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetAsync(path);
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        using var bad = await manager.GetAsync($"/api/employment-outcome-measures?caseManagerId={staffId}&from={Day(0)}&to={Day(-5)}");
        Assert.NotNull((await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["from"]);
    }

    [Fact]
    public async Task Supports_OfferedThenAgreed_DefaultFollowUps_AndReadsAudited_R065()
    {
        var (client, _) = await OnEmploymentCaseloadAsync();
        var api = await server.AsAsync(Accounts.CaseManager);
        using var started = await api.PostJsonAsync($"/api/clients/{client}/work-starts", new { startedOn = Day(3), employerName = "Wairarapa Dairy", hoursPerWeek = 20, hours = "partTime" });
        var startId = (await started.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        using (var offered = await api.PostJsonAsync($"/api/clients/{client}/work-starts/{startId}/supports", new { support = "TransitionToWorkGrant", decision = "offered", decidedOn = Day(0) }))
        {
            var support = (await offered.ReadJsonAsync(HttpStatusCode.OK))["supports"]!.AsArray().Single()!;
            Assert.Equal("offered", support.Text("decision"));
            var followUp = DateOnly.Parse(support.Text("followUpDueOn")!, System.Globalization.CultureInfo.InvariantCulture);
            var decided = DateOnly.Parse(Day(0), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(followUp.DayNumber - decided.DayNumber, 26, 40); // 20 working days: four weeks and any holidays
        }

        using (var agreed = await api.PostJsonAsync($"/api/clients/{client}/work-starts/{startId}/supports", new { support = "transitionToWorkGrant", decision = "agreed", decidedOn = Day(0), followUpDueOn = Day(10) }))
        {
            var support = (await agreed.ReadJsonAsync(HttpStatusCode.OK))["supports"]!.AsArray().Single()!;
            Assert.Equal("agreed", support.Text("decision"));
            Assert.Equal(Day(10), support.Text("followUpDueOn"));
        }

        using (var debt = await api.PostJsonAsync($"/api/clients/{client}/work-starts/{startId}/supports", new { support = "DebtSuspension", decision = "agreed", decidedOn = Day(0) }))
        {
            var support = (await debt.ReadJsonAsync(HttpStatusCode.OK))["supports"]!.AsArray().Single(s => s!.Text("support") == "DebtSuspension")!;
            Assert.Equal(DateOnly.Parse(Day(0), System.Globalization.CultureInfo.InvariantCulture).AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), support.Text("followUpDueOn"));
        }

        var view = await api.GetJsonAsync($"/api/clients/{client}/starting-work");
        Assert.Equal(2, view["workStarts"]!.AsArray().Single()!["supports"]!.AsArray().Count);
        Assert.Contains(view["supports"]!.AsArray(), s => s!.Text("support") == "InWorkSupportReferral");

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var cid = new ClientId(client);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.ClientId == cid && e.Action == AuditAction.Read && e.Entity == "StartingWork"));
        using var otherSite = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).PostJsonAsync($"/api/clients/{client}/part-time-earnings", new { weeklyAmount = 100m, fromOn = Day(0) });
        await otherSite.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("work-starts", "startedOn", """{"startedOn":"2001-01-01","employerName":"X","hoursPerWeek":10,"hours":"partTime"}""")]
    [InlineData("work-starts", "hoursPerWeek", """{"startedOn":"today","employerName":"X","hoursPerWeek":-1,"hours":"partTime"}""")]
    [InlineData("work-starts", "weeklyPay", """{"startedOn":"today","employerName":"X","hoursPerWeek":10,"hours":"partTime","weeklyPay":-5}""")]
    [InlineData("work-starts", "hours", """{"startedOn":"today","employerName":"X","hoursPerWeek":10,"hours":"sometimes"}""")]
    [InlineData("work-starts", "employerName", """{"startedOn":"today","employerName":" ","hoursPerWeek":10,"hours":"fullTime"}""")]
    [InlineData("part-time-earnings", "weeklyAmount", """{"weeklyAmount":-20,"fromOn":"today"}""")]
    [InlineData("part-time-earnings", "fromOn", """{"weeklyAmount":20}""")]
    [InlineData("supports", "support", """{"support":"FreeCar","decision":"offered","decidedOn":"today"}""")]
    [InlineData("supports", "decision", """{"support":"RelocateForWork","decision":"maybe","decidedOn":"today"}""")]
    [InlineData("supports", "followUpDueOn", """{"support":"RelocateForWork","decision":"agreed","decidedOn":"today","followUpDueOn":"2001-01-01"}""")]
    public async Task BadInput_Returns400_NamingTheField(string route, string field, string body)
    {
        var (client, _) = await OnEmploymentCaseloadAsync();
        var api = await server.AsAsync(Accounts.CaseManager);
        var path = $"/api/clients/{client}/{route}";
        if (route == "supports")
        {
            using var started = await api.PostJsonAsync($"/api/clients/{client}/work-starts", new { startedOn = Day(0), employerName = "Bad input test", hoursPerWeek = 40, hours = "fullTime" });
            path = $"/api/clients/{client}/work-starts/{(await started.ReadJsonAsync(HttpStatusCode.Created))["id"]}/supports";
        }

        using var response = await api.PostJsonAsync(path, JsonNode.Parse(body.Replace("today", Day(0), StringComparison.Ordinal))!);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Page_RecordsAWorkStartAndASupportWithoutJavaScript_LinkedFromThePlan_R065()
    {
        var (client, _) = await OnEmploymentCaseloadAsync();
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);
        var plan = await pages.GetAsync($"/clients/{client}/plan");
        Assert.Equal($"/clients/{client}/starting-work", plan.Document.QuerySelector("#starting-work-link")?.GetAttribute("href"));

        var empty = await pages.GetAsync($"/clients/{client}/starting-work");
        Assert.NotNull(empty.Document.QuerySelector("#no-work-starts"));
        using (var bad = await pages.SubmitAsync(empty, "#work-start-form", new Dictionary<string, string> { ["startedOn"] = Day(0), ["employerName"] = "Page Test Ltd", ["hoursPerWeek"] = "-3", ["hours"] = "fullTime" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.NotNull((await PageClient.ParseAsync(bad)).Document.QuerySelector(".field-error"));
        }

        using (var recorded = await pages.SubmitAsync(empty, "#work-start-form", new Dictionary<string, string> { ["startedOn"] = Day(0), ["employerName"] = "Page Test Ltd", ["hoursPerWeek"] = "40", ["hours"] = "fullTime", ["weeklyPay"] = "" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }

        var withStart = await pages.GetAsync($"/clients/{client}/starting-work");
        Assert.Contains("Page Test Ltd", withStart.Document.QuerySelector("#work-starts")?.TextContent, StringComparison.Ordinal);
        var supportForm = withStart.Document.QuerySelector("form[id^='support-form-']")!.Id!;
        using (var support = await pages.SubmitAsync(withStart, "#" + supportForm, new Dictionary<string, string> { ["support"] = "InWorkSupportReferral", ["decision"] = "agreed", ["decidedOn"] = Day(0), ["followUpDueOn"] = "" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, support.StatusCode);
        }

        var after = await pages.GetAsync($"/clients/{client}/starting-work");
        Assert.Contains("agreed", after.Document.QuerySelector("#work-starts")?.TextContent, StringComparison.Ordinal);
    }

    private static int Clients(JsonNode view, string measure) => view[measure]!["clients"]!.GetValue<int>();
}

[Collection(SqliteServer.Collection)]
public sealed class StartingWorkTestsSqlite(SqliteServer server) : StartingWorkTests(server);

[Collection(PostgresServer.Collection)]
public sealed class StartingWorkTestsPostgres(PostgresServer server) : StartingWorkTests(server);
