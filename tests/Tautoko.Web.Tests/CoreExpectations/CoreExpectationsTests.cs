using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Appointments;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.CoreExpectations;

/// <summary>
/// The core-expectations check of seed 002 through HTTP: per client (each gap closed by the records that meet it), per
/// caseload (worst first, audited, scoped) and across a site's case managers.
/// </summary>
public abstract class CoreExpectationsTests(TautokoServer server)
{
    private const string CaseManager = Accounts.EmploymentCaseManager;

    private static string Day(int daysAhead) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).AddDays(daysAhead).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Status(JsonNode check, string expectation) =>
        check["expectations"]!.AsArray().Single(e => e.Text("expectation") == expectation)!.Text("status")!;

    private static async Task<JsonNode> CheckAsync(ApiClient api, Guid client) => await api.GetJsonAsync($"/api/clients/{client}/core-expectations");

    [Fact]
    public async Task Client_FullTime_EveryGapClosedByItsRecord_ScoreReachesOne_Seed002_R030()
    {
        var client = await AppointmentData.NewClientOfAsync(server, CaseManager);
        var api = await server.AsAsync(CaseManager);

        var before = await CheckAsync(api, client);
        Assert.Equal(0, before["met"]!.GetValue<int>());
        Assert.Equal(7, before["counted"]!.GetValue<int>());
        Assert.Equal("notAvailable", Status(before, "selfServiceProfile"));
        var fixes = before["expectations"]!.AsArray().Where(e => e.Text("status") == "missing").ToDictionary(e => e.Text("expectation")!, e => e.Text("fixUrl"), StringComparer.Ordinal);
        Assert.Equal($"/clients/{client}/employment", fixes["jobseekerProfile"]);
        Assert.Equal($"/clients/{client}/employment", fixes["upToDateCv"]);
        Assert.Equal($"/clients/{client}/plan", fixes["openIepWithActivities"]);
        Assert.Equal($"/clients/{client}/book", fixes["futureEngagement"]);
        Assert.Equal($"/clients/{client}#engagement-log", fixes["workEngagementLogs"]);
        Assert.Equal($"/clients/{client}/employment#pte-plan", fixes["ptePlan"]);
        Assert.Equal($"/clients/{client}/employment#virtual-talent-pool", fixes["vtpReferral"]);

        // A completed PTE plan meets its expectation; a VTP referral recorded as not appropriate is shown, not counted.
        using (var draft = await api.PutJsonAsync($"/api/clients/{client}/pte-plan", new { status = "draft", milestones = "Forklift course; three applications a week", version = 0 }, null))
        {
            await draft.ReadJsonAsync(HttpStatusCode.OK);
        }

        Assert.Equal("missing", Status(await CheckAsync(api, client), "ptePlan"));
        using (var done = await api.PutJsonAsync($"/api/clients/{client}/pte-plan", new { status = "completed", milestones = "Forklift course; three applications a week", startedOn = Day(-20), completedOn = Day(0), version = 1 }, null))
        {
            await done.ReadJsonAsync(HttpStatusCode.OK);
        }

        using (var vtp = await api.PutJsonAsync($"/api/clients/{client}/virtual-talent-pool", new { status = "notAppropriate", reason = "Already has a confirmed job offer starting next month.", version = 0 }, null))
        {
            await vtp.ReadJsonAsync(HttpStatusCode.OK);
        }

        var pathways = await CheckAsync(api, client);
        Assert.Equal("met", Status(pathways, "ptePlan"));
        Assert.Equal("notApplicable", Status(pathways, "vtpReferral"));
        Assert.Equal(1, pathways["met"]!.GetValue<int>());
        Assert.Equal(6, pathways["counted"]!.GetValue<int>());

        using (var profile = await api.PutJsonAsync($"/api/clients/{client}/jobseeker-profile", new { skills = "Forklift", workHistory = "Warehouse 2019–2024", preferredOccupations = "Storeperson", preferredHours = "Full-time", transport = "Own car", version = 0 }, null))
        {
            await profile.ReadJsonAsync(HttpStatusCode.OK);
        }

        Assert.Equal("met", Status(await CheckAsync(api, client), "jobseekerProfile"));

        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "cv.pdf");
        using (var cv = await api.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{client}/cv") { Content = form }))
        {
            Assert.Equal(HttpStatusCode.Created, cv.StatusCode);
        }

        Assert.Equal("met", Status(await CheckAsync(api, client), "upToDateCv"));

        using (await api.PostJsonAsync($"/api/clients/{client}/iep", new { }))
        {
        }

        Assert.Equal("missing", Status(await CheckAsync(api, client), "openIepWithActivities"));
        using (var activity = await api.PostJsonAsync($"/api/clients/{client}/iep/activities", new { what = "Apply for three storeperson roles", who = "Client", dueOn = Day(14) }))
        {
            await activity.ReadJsonAsync(HttpStatusCode.OK);
        }

        Assert.Equal("met", Status(await CheckAsync(api, client), "openIepWithActivities"));

        // An internal note is not a conversation with the client; a face-to-face contact is.
        using (await api.PostJsonAsync($"/api/clients/{client}/notes", new { text = "File checked.", channel = "internal", outcome = "information" }))
        {
        }

        Assert.Equal("missing", Status(await CheckAsync(api, client), "workEngagementLogs"));
        using (var note = await api.PostJsonAsync($"/api/clients/{client}/notes", new { text = "Discussed job search; referred to the forklift course.", channel = "faceToFace" }))
        {
            Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        }

        Assert.Equal("met", Status(await CheckAsync(api, client), "workEngagementLogs"));

        var staffId = await AppointmentData.StaffIdAsync(server, CaseManager);
        await AppointmentData.BookAsync(api, client, await AppointmentData.FreeSlotAsync(server, staffId, skip: 5));

        var after = await CheckAsync(api, client);
        Assert.Equal("met", Status(after, "futureEngagement"));
        Assert.Equal(6, after["met"]!.GetValue<int>());
        Assert.Equal(1m, after["score"]!.GetValue<decimal>());
        Assert.All(after["expectations"]!.AsArray(), e => Assert.Null(e!["fixUrl"]));

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var cid = new ClientId(client);
        Assert.True(await db.AuditEntries.CountAsync(e => e.ClientId == cid && e.Action == AuditAction.Read && e.Entity == "CoreExpectations") >= 7);
    }

    [Fact]
    public async Task Client_WorkPreparation_NoProfileOrCvExpected_GoalsFromTheProfile_Seed002()
    {
        var client = await CaseloadTestData.NewClientAsync(server, d =>
        {
            d["obligation"] = "workPreparation";
            return d;
        });
        var api = await server.AsAsync(Accounts.CaseManager);
        var check = await CheckAsync(api, client);
        var expectations = check["expectations"]!.AsArray().Select(e => e.Text("expectation")).ToList();
        Assert.Equal(["futureEngagement", "selfServiceProfile", "openIepWithActivities", "workEngagementLogs", "goalsAndAspirations", "contractedServiceReferral"], expectations);
        Assert.Equal("Work preparation", check.Text("obligation"));
        Assert.Equal("missing", Status(check, "goalsAndAspirations"));

        using (var profile = await api.PutJsonAsync($"/api/clients/{client}/jobseeker-profile", new { goals = "Finish the Level 2 hospitality course, then work part-time in a café.", version = 0 }, null))
        {
            Assert.Equal("Finish the Level 2 hospitality course, then work part-time in a café.", (await profile.ReadJsonAsync(HttpStatusCode.OK)).Text("goals"));
        }

        Assert.Equal("met", Status(await CheckAsync(api, client), "goalsAndAspirations"));
    }

    [Fact]
    public async Task Client_OtherSite_Refused_UnknownClient_404_R120()
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        using (var refused = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetAsync($"/api/clients/{client}/core-expectations"))
        {
            await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using var missing = await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/clients/{Guid.NewGuid()}/core-expectations");
        await missing.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Caseload_WorstFirst_ScoreIsTheShareMet_Audited_OtherSiteRefused_Seed002()
    {
        var client = await AppointmentData.NewClientOfAsync(server, CaseManager);
        var staffId = await AppointmentData.StaffIdAsync(server, CaseManager);
        var api = await server.AsAsync(CaseManager);

        var view = await api.GetJsonAsync($"/api/caseloads/staff/{staffId}/core-expectations");
        var checks = view["clientChecks"]!.AsArray();
        Assert.Contains(checks, c => c!["clientId"]!.GetValue<Guid>() == client);
        Assert.Equal(checks.Count, view["clients"]!.GetValue<int>());
        var scores = checks.Select(c => c!["score"]!.GetValue<decimal>()).ToList();
        Assert.Equal(scores.Order(), scores);
        var met = checks.Sum(c => c!["met"]!.GetValue<int>());
        var counted = checks.Sum(c => c!["counted"]!.GetValue<int>());
        Assert.Equal(met, view["met"]!.GetValue<int>());
        Assert.Equal(counted, view["counted"]!.GetValue<int>());
        Assert.Equal(Math.Round((decimal)met / counted, 4), view["score"]!.GetValue<decimal>());
        Assert.True(view["missingByExpectation"]!["jobseekerProfile"]!.GetValue<int>() >= 1);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var id = staffId.ToString();
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Entity == "CoreExpectations" && e.EntityId == id && e.Action == AuditAction.Read));
        }

        using (var refused = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetAsync($"/api/caseloads/staff/{staffId}/core-expectations"))
        {
            await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using var none = await api.GetAsync($"/api/caseloads/staff/{Guid.NewGuid()}/core-expectations");
        await none.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Site_ComparesCaseManagers_LowestFirst_ManagerSees_OtherSiteRefused_Seed002()
    {
        await AppointmentData.NewClientOfAsync(server, CaseManager);
        var staffId = await AppointmentData.StaffIdAsync(server, CaseManager);
        var site = await server.MastertonSiteIdAsync();

        var view = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/caseloads/sites/{site}/core-expectations");
        var rows = view["caseManagers"]!.AsArray();
        var mine = rows.Single(r => r!["caseManagerId"]!.GetValue<Guid>() == staffId)!;
        Assert.True(mine["clients"]!.GetValue<int>() >= 1);
        var scores = rows.Select(r => r!["score"]!.GetValue<decimal>()).ToList();
        Assert.Equal(scores.Order(), scores);
        Assert.Equal(rows.Sum(r => r!["clients"]!.GetValue<int>()), view["clients"]!.GetValue<int>());

        var caseload = await (await server.AsAsync(CaseManager)).GetJsonAsync($"/api/caseloads/staff/{staffId}/core-expectations");
        Assert.Equal(caseload["score"]!.GetValue<decimal>(), mine["score"]!.GetValue<decimal>());

        using var refused = await (await server.AsAsync(Accounts.CaseManagerOtherSite)).GetAsync($"/api/caseloads/sites/{site}/core-expectations");
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CoreExpectationsTestsSqlite(SqliteServer server) : CoreExpectationsTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CoreExpectationsTestsPostgres(PostgresServer server) : CoreExpectationsTests(server);
