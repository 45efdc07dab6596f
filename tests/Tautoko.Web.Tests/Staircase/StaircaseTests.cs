using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Staircase;

/// <summary>
/// Staircasing plans through HTTP and the page (R-117, seed 004 §2.4): started from the most pressing need for an ICS client,
/// one active at a time, milestones grouped by Te Whare Tapa Whā domain, achievements celebrated with their date and never
/// undone, setbacks recorded beside the progress; reads audited, a linked Navigator reads but does not change, other sites refused.
/// </summary>
public abstract class StaircaseTests(TautokoServer server)
{
    private static string Day(int offset) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime).AddDays(offset)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<Guid> StaffIdOfAsync(string account) => IcsTestData.StaffIdOfAsync(server, account);

    private async Task<(Guid Client, ApiClient Icsm)> PlanAsync()
    {
        var client = await IcsTestData.IcsClientAsync(server, await StaffIdOfAsync(Accounts.Icsm), "the staircasing tests");
        var icsm = await server.AsAsync(Accounts.Icsm);
        using var started = await icsm.PostJsonAsync($"/api/clients/{client}/staircase", new { mostPressingNeed = "Living in a car with two children", needDomain = "tahaTinana", goal = "work" });
        var plan = await started.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("tahaTinana", plan.Text("needDomain"));
        return (client, icsm);
    }

    private static async Task<JsonNode> AddAsync(ApiClient api, Guid client, string domain, string what)
    {
        using var added = await api.PostJsonAsync($"/api/clients/{client}/staircase/milestones", new { domain, what });
        return await added.ReadJsonAsync(HttpStatusCode.OK);
    }

    private static Guid MilestoneId(JsonNode plan, string what) =>
        plan["pathway"]!.AsArray().Single(m => m.Text("what") == what)!["id"]!.GetValue<Guid>();

    [Fact]
    public async Task Start_ForAnIcsClient_OneActiveAtATime_NotForOthers_R117()
    {
        var (client, icsm) = await PlanAsync();
        using (var second = await icsm.PostJsonAsync($"/api/clients/{client}/staircase", new { mostPressingNeed = "Again", needDomain = "tahaTinana", goal = "study" }))
        {
            Assert.Equal("R-117", (await second.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        var notIcs = await CaseloadTestData.NewClientAsync(server);
        using (var refused = await (await server.AsAsync(Accounts.CaseManager)).PostJsonAsync($"/api/clients/{notIcs}/staircase", new { mostPressingNeed = "Housing", needDomain = "tahaTinana", goal = "work" }))
        {
            Assert.Equal("R-117", (await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using var bad = await icsm.PostJsonAsync($"/api/clients/{client}/staircase", new { mostPressingNeed = " ", needDomain = "tahaRangi", goal = "retire" });
        var errors = (await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
        Assert.NotNull(errors["mostPressingNeed"]);
        Assert.NotNull(errors["needDomain"]);
        Assert.NotNull(errors["goal"]);
    }

    [Fact]
    public async Task Milestones_GroupedByDomain_AchievedCelebratedWithDate_NeverUndone_R117()
    {
        var (client, icsm) = await PlanAsync();
        await AddAsync(icsm, client, "tahaTinana", "Emergency housing application in");
        await AddAsync(icsm, client, "tahaHinengaro", "First session with the alcohol and drug counsellor");
        var plan = await AddAsync(icsm, client, "other", "CV written");
        Assert.Equal([1, 2, 3], plan["pathway"]!.AsArray().Select(m => m!["step"]!.GetValue<int>()));
        var tinana = plan["domains"]!.AsArray().Single(d => d.Text("domain") == "tahaTinana")!;
        Assert.Equal("Taha tinana", tinana.Text("name"));
        Assert.Single(tinana["milestones"]!.AsArray());

        var housing = MilestoneId(plan, "Emergency housing application in");
        using (var achieved = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/milestones/{housing}/achieve", new { achievedOn = Day(0), note = "Done together at the office." }))
        {
            var after = await achieved.ReadJsonAsync(HttpStatusCode.OK);
            var achievement = Assert.Single(after["achievements"]!.AsArray())!;
            Assert.Equal(Day(0), achievement.Text("achievedOn"));
            Assert.Equal(1, after["domains"]!.AsArray().Single(d => d.Text("domain") == "tahaTinana")!["achieved"]!.GetValue<int>());
        }

        using (var again = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/milestones/{housing}/achieve", new { achievedOn = Day(0) }))
        {
            Assert.Equal("R-117", (await again.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var future = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/milestones/{MilestoneId(plan, "CV written")}/achieve", new { achievedOn = Day(5) }))
        {
            Assert.NotNull((await future.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["achievedOn"]);
        }

        using var unknown = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/milestones/{Guid.NewGuid()}/achieve", new { achievedOn = Day(0) });
        await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Setback_RecordedWithDateAndNote_ProgressKept_ThenClosedPlanKeepsHistory_R117()
    {
        var (client, icsm) = await PlanAsync();
        var plan = await AddAsync(icsm, client, "tahaHinengaro", "Four weeks without drinking");
        using (var early = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/milestones/{MilestoneId(plan, "Four weeks without drinking")}/achieve", new { achievedOn = Day(-1) }))
        {
            // Achieved before the plan started: refused, the milestone stays open.
            Assert.Equal("R-117", (await early.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        using (var achieved = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/milestones/{MilestoneId(plan, "Four weeks without drinking")}/achieve", new { achievedOn = Day(0) }))
        {
            await achieved.ReadJsonAsync(HttpStatusCode.OK);
        }

        using (var setback = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/setbacks", new { kind = "relapse", occurredOn = Day(0), note = "Drinking again after a tangi." }))
        {
            var after = await setback.ReadJsonAsync(HttpStatusCode.OK);
            var recorded = Assert.Single(after["setbacks"]!.AsArray())!;
            Assert.Equal("relapse", recorded.Text("kind"));
            Assert.Equal(Day(0), recorded.Text("occurredOn"));
            Assert.Single(after["achievements"]!.AsArray());
            Assert.True(after["pathway"]!.AsArray().Single()!["achieved"]!.GetValue<bool>());
        }

        using (var bad = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/setbacks", new { kind = "holiday", note = "" }))
        {
            var errors = (await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
            Assert.NotNull(errors["kind"]);
            Assert.NotNull(errors["occurredOn"]);
            Assert.NotNull(errors["note"]);
        }

        using (var closed = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/close", new { reason = "Started part-time work." }))
        {
            Assert.False((await closed.ReadJsonAsync(HttpStatusCode.OK))["active"]!.GetValue<bool>());
        }

        var read = await icsm.GetJsonAsync($"/api/clients/{client}/staircase");
        Assert.Null(read["active"]);
        var earlier = Assert.Single(read["earlier"]!.AsArray())!;
        Assert.Single(earlier["achievements"]!.AsArray());
        Assert.Single(earlier["setbacks"]!.AsArray());
        using var afterClose = await icsm.PostJsonAsync($"/api/clients/{client}/staircase/setbacks", new { kind = "other", occurredOn = Day(0), note = "Late." });
        Assert.Equal("R-117", (await afterClose.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Read_Audited_LinkedNavigatorReadsOnly_OtherSiteRefused_R120()
    {
        var (client, icsm) = await PlanAsync();
        await icsm.GetJsonAsync($"/api/clients/{client}/staircase");
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var cid = new ClientId(client);
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.ClientId == cid && e.Action == AuditAction.Read && e.Entity == "StaircasePlan"));
        }

        var navigator = await StaffIdOfAsync(Accounts.Navigator);
        using (var contract = await (await server.AsAsync(Accounts.NationalOffice)).PostJsonAsync("/api/navigators/contracts", new { navigatorId = navigator, provider = "Test NGO provider", caseManagerId = await StaffIdOfAsync(Accounts.Icsm) }))
        {
            Assert.True(contract.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await contract.Content.ReadAsStringAsync());
        }

        var nav = await server.AsAsync(Accounts.Navigator);
        using (var before = await nav.GetAsync($"/api/clients/{client}/staircase"))
        {
            await before.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var link = await icsm.PostJsonAsync($"/api/navigators/{navigator}/clients", new { clientId = client }))
        {
            await link.ReadJsonAsync(HttpStatusCode.Created);
        }

        Assert.NotNull((await nav.GetJsonAsync($"/api/clients/{client}/staircase"))["active"]);
        using (var navWrite = await nav.PostJsonAsync($"/api/clients/{client}/staircase/milestones", new { domain = "tahaWhanau", what = "Whānau hui" }))
        {
            Assert.Equal("role", (await navWrite.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        var other = await server.AsAsync(Accounts.CaseManagerOtherSite);
        using var refused = await other.GetAsync($"/api/clients/{client}/staircase");
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Page_LinkedFromProgress_AddsAndCelebratesAMilestone_ThroughTheForms()
    {
        var (client, _) = await PlanAsync();
        using var pages = await server.PagesAsAsync(Accounts.Icsm);
        var progress = await pages.GetAsync($"/clients/{client}/progress");
        Assert.Equal($"/clients/{client}/staircase", progress.Document.QuerySelector("#staircase-link")?.GetAttribute("href"));

        var page = await pages.GetAsync($"/clients/{client}/staircase");
        using (var added = await pages.SubmitAsync(page, "#milestone-form", new Dictionary<string, string> { ["Domain"] = "tahaWairua", ["What"] = "Went to the marae for the first time in years" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        page = await pages.GetAsync($"/clients/{client}/staircase");
        Assert.Contains("Taha wairua", page.Document.QuerySelector("#domain-tahaWairua")?.TextContent, StringComparison.Ordinal);
        using (var celebrated = await pages.SubmitAsync(page, "form[action*='handler=Achieve']", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, celebrated.StatusCode);
        }

        page = await pages.GetAsync($"/clients/{client}/staircase");
        Assert.Contains("Went to the marae", page.Document.QuerySelector("#achievement-list")?.TextContent, StringComparison.Ordinal);
        using var empty = await pages.SubmitAsync(page, "#setback-form", new Dictionary<string, string> { ["Note"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class StaircaseTestsSqlite(SqliteServer server) : StaircaseTests(server);

[Collection(PostgresServer.Collection)]
public sealed class StaircaseTestsPostgres(PostgresServer server) : StaircaseTests(server);
