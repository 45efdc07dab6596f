using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Complaints;

/// <summary>
/// Complaints about frontline staff (000, Table Eight; R-093): any member of staff records one; the managers of the named
/// staff member's site and national office see it; the staff member named does not, nor does anyone else.
/// </summary>
public abstract class ComplaintTests(TautokoServer server)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Record_AboutCaseManager_SiteManagerAndNationalOfficeSeeIt_NamedStaffAndOthersDoNot()
    {
        var client = await ComplaintTestData.MastertonClientAsync(server);
        var id = await ComplaintTestData.RecordAsync(server, Accounts.Csr, Accounts.CaseManager, client, "Was dismissive on the phone and hung up.");

        var seen = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/complaints/{id}");
        Assert.Equal(await ComplaintTestData.StaffIdAsync(server, Accounts.CaseManager), seen["staffId"]!.GetValue<Guid>());
        Assert.Equal(client, seen["clientId"]!.GetValue<Guid>());
        Assert.Equal("Was dismissive on the phone and hung up.", seen.Text("description"));
        Assert.Equal("open", seen.Text("status"));
        Assert.Equal("Masterton", seen.Text("site"));
        await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/complaints/{id}");

        using (var named = await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/complaints/{id}"))
        {
            Assert.Equal("complaint-named-staff", (await named.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        foreach (var other in new[] { Accounts.Connector, Accounts.Csr, Accounts.Quality, Accounts.Icsm, Accounts.CaseManagerOtherSite })
        {
            using var response = await (await server.AsAsync(other)).GetAsync($"/api/complaints/{id}");
            Assert.Equal("role", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        using (var register = await (await server.AsAsync(Accounts.CaseManager)).GetAsync("/api/complaints"))
        {
            await register.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        var managersRegister = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync("/api/complaints?status=open&pageSize=100");
        Assert.Contains(managersRegister.Items(), c => c!["id"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task Record_AboutTheSiteManager_TheManagerDoesNotSeeIt_NationalOfficeDoes()
    {
        var id = await ComplaintTestData.RecordAsync(server, Accounts.NationalOffice, Accounts.Manager, null, "Refused to let the client speak to anyone else.");
        var manager = await server.AsAsync(Accounts.Manager);

        using (var named = await manager.GetAsync($"/api/complaints/{id}"))
        {
            Assert.Equal("complaint-named-staff", (await named.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        var register = await manager.GetJsonAsync("/api/complaints?pageSize=100");
        Assert.DoesNotContain(register.Items(), c => c!["id"]!.GetValue<Guid>() == id);
        var worklist = (await manager.GetJsonAsync("/api/complaints/worklist")).AsArray();
        Assert.DoesNotContain(worklist, c => c!["id"]!.GetValue<Guid>() == id);
        using (var outcome = await manager.PostJsonAsync($"/api/complaints/{id}/outcome", new { outcome = "complaintMadeInError", version = 0 }))
        {
            Assert.Equal("complaint-named-staff", (await outcome.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }

        var national = await (await server.AsAsync(Accounts.NationalOffice)).GetJsonAsync($"/api/complaints?staffId={await ComplaintTestData.StaffIdAsync(server, Accounts.Manager)}&pageSize=100");
        Assert.Contains(national.Items(), c => c!["id"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task RecordOutcome_ByManager_ClosesWithTheSeedsWords_AndLeavesTheWorklist_R093()
    {
        var id = await ComplaintTestData.RecordAsync(server, Accounts.Connector, Accounts.CaseManager, await ComplaintTestData.MastertonClientAsync(server));
        var manager = await server.AsAsync(Accounts.Manager);
        Assert.Contains((await manager.GetJsonAsync("/api/complaints/worklist")).AsArray(), c => c!["id"]!.GetValue<Guid>() == id);

        using (var response = await manager.PostJsonAsync($"/api/complaints/{id}/outcome", new { outcome = "resolvedComplainantSatisfiedReferredToReview", note = "Apologised; client will ask for a review of the decision.", version = 0 }))
        {
            var closed = await response.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("closed", closed.Text("status"));
            Assert.Equal("Resolved: Complainant satisfied; client referred to review of decision process", closed.Text("outcomeText"));
            Assert.Equal(await server.StaffNameAsync(Accounts.Manager), closed.Text("closedBy"));
        }

        Assert.DoesNotContain((await manager.GetJsonAsync("/api/complaints/worklist")).AsArray(), c => c!["id"]!.GetValue<Guid>() == id);
        var closedRegister = await manager.GetJsonAsync("/api/complaints?status=closed&outcome=resolvedComplainantSatisfiedReferredToReview&pageSize=100");
        Assert.Contains(closedRegister.Items(), c => c!["id"]!.GetValue<Guid>() == id);
        Assert.All(closedRegister.Items(), c => Assert.Equal("resolvedComplainantSatisfiedReferredToReview", c.Text("outcome")));

        using var twice = await manager.PostJsonAsync($"/api/complaints/{id}/outcome", new { outcome = "complaintMadeInError", version = 1 });
        Assert.Equal("complaint-closed", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
    }

    [Fact]
    public async Task RecordOutcome_WithoutOutcomeOrVersion_Returns400NamingTheFields_StaleVersion409()
    {
        var id = await ComplaintTestData.RecordAsync(server, Accounts.Csr, Accounts.CaseManager, null);
        var manager = await server.AsAsync(Accounts.Manager);

        using (var missing = await manager.PostJsonAsync($"/api/complaints/{id}/outcome", new { note = "No outcome." }))
        {
            var errors = (await missing.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
            Assert.NotNull(errors["outcome"]);
            Assert.NotNull(errors["version"]);
        }

        using var stale = await manager.PostJsonAsync($"/api/complaints/{id}/outcome", new { outcome = "complaintMadeInError", version = 7 });
        Assert.Equal("complaint-changed", (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        Assert.Equal("open", (await manager.GetJsonAsync($"/api/complaints/{id}")).Text("status"));
    }

    [Fact]
    public async Task Record_BadInput_Returns400NamingEachField()
    {
        var api = await server.AsAsync(Accounts.Csr);

        using (var empty = await api.PostJsonAsync("/api/complaints", new { description = " " }))
        {
            var errors = (await empty.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
            foreach (var field in new[] { "staffId", "receivedOn", "channel", "description" })
            {
                Assert.NotNull(errors[field]);
            }
        }

        using (var future = await api.PostJsonAsync("/api/complaints", new { staffId = await ComplaintTestData.StaffIdAsync(server, Accounts.CaseManager), receivedOn = Day(-3), channel = "email", description = "Rude." }))
        {
            Assert.NotNull((await future.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["receivedOn"]);
        }

        using (var self = await api.PostJsonAsync("/api/complaints", new { staffId = await ComplaintTestData.StaffIdAsync(server, Accounts.Csr), receivedOn = Day(0), channel = "email", description = "About me." }))
        {
            Assert.NotNull((await self.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["staffId"]);
        }

        using var nobody = await api.PostJsonAsync("/api/complaints", new { staffId = Guid.NewGuid(), receivedOn = Day(0), channel = "email", description = "Who?" });
        Assert.NotNull((await nobody.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["staffId"]);
    }

    [Fact]
    public async Task Register_BadFilters_Return400NamingTheField()
    {
        var manager = await server.AsAsync(Accounts.Manager);
        foreach (var (query, field) in new[] { ("status=pending", "status"), ("outcome=upheldAtBrc", "outcome"), ("from=2026-05-01&to=2026-04-01", "to"), ("pageSize=0", "pageSize") })
        {
            using var response = await manager.GetAsync($"/api/complaints?{query}");
            Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]![field]);
        }
    }

    [Fact]
    public async Task Reads_AreAudited_WithTheClient_AndRefusalsToo()
    {
        var client = await ComplaintTestData.MastertonClientAsync(server);
        var id = await ComplaintTestData.RecordAsync(server, Accounts.Csr, Accounts.CaseManager, client);
        Assert.Equal(1, await ComplaintTestData.AuditRowsAsync(server, id.ToString(), AuditAction.Create));

        await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/complaints/{id}");
        using (await (await server.AsAsync(Accounts.CaseManager)).GetAsync($"/api/complaints/{id}"))
        {
        }

        Assert.Equal(1, await ComplaintTestData.AuditRowsAsync(server, id.ToString(), AuditAction.Read));
        Assert.Equal(1, await ComplaintTestData.AuditRowsAsync(server, id.ToString(), AuditAction.AccessRefused));
    }

    [Fact]
    public async Task RestrictedComplainant_IsNamedOnlyToThoseWhoMayOpenTheRecord_R122()
    {
        // A restricted client of another site complains about a Masterton case manager.
        var national = await server.AsAsync(Accounts.NationalOffice);
        var sites = await national.GetJsonAsync("/api/sites?name=Ohakune&pageSize=10");
        var ohakune = sites.Items().Single(s => s.Text("name") == "Ohakune")!["id"]!.GetValue<Guid>();
        using var created = await national.PostJsonAsync("/api/clients", Clients.ClientRecords.Details(ohakune, lastName: "Restricted-Complainant"));
        var client = (await created.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Tautoko.Data.TautokoDbContext>();
            var record = await db.Clients.SingleAsync(c => c.Id == new Tautoko.Core.Common.ClientId(client));
            record.Restrict("Staff member who is also a client");
            await db.SaveChangesAsync();
        }

        var id = await ComplaintTestData.RecordAsync(server, Accounts.NationalOffice, Accounts.CaseManager, client);

        var asManager = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/complaints/{id}");
        Assert.Equal("Restricted record", asManager.Text("client"));
        var asNational = await national.GetJsonAsync($"/api/complaints/{id}");
        Assert.EndsWith("Restricted-Complainant", asNational.Text("client"), StringComparison.Ordinal);
        using var recordedByManager = await (await server.AsAsync(Accounts.Manager)).PostJsonAsync("/api/complaints", new
        {
            staffId = await ComplaintTestData.StaffIdAsync(server, Accounts.Connector),
            clientId = client,
            receivedOn = Day(1),
            channel = "phone",
            description = "Naming a restricted client the manager may not open.",
        });
        Assert.Equal("R-122", (await recordedByManager.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task Outcomes_AreTheNineOfTableEight_R093()
    {
        var outcomes = (await (await server.AsAsync(Accounts.Manager)).GetJsonAsync("/api/complaints/outcomes")).AsArray();

        Assert.Equal(9, outcomes.Count);
        Assert.Equal("Closed: Lack of representation", outcomes[0].Text("seedText"));
        Assert.Equal("Resolved but outcome not noted", outcomes[8].Text("seedText"));
    }

    [Fact]
    public async Task Pages_ManagerSeesRegisterWorklistAndClosesOnTheComplaintPage_NamedStaffRefused()
    {
        var id = await ComplaintTestData.RecordAsync(server, Accounts.Csr, Accounts.CaseManager, await ComplaintTestData.MastertonClientAsync(server), "Laughed at the client's question.");
        using var manager = await server.PagesAsAsync(Accounts.Manager);

        var worklist = await manager.GetAsync("/complaints/open");
        Assert.NotNull(worklist.Document.QuerySelector($"#open-complaints a[href='/complaints/{id}']"));
        var register = await manager.GetAsync("/complaints?status=open");
        Assert.NotNull(register.Document.QuerySelector($"#complaints a[href='/complaints/{id}']"));
        Assert.NotNull((await manager.GetAsync("/clients")).Document.QuerySelector("nav a[href='/complaints/open']"));

        var page = await manager.GetAsync($"/complaints/{id}");
        Assert.Contains("Laughed at the client's question.", page.Document.Body!.TextContent, StringComparison.Ordinal);
        using (var posted = await manager.SubmitAsync(page, "#outcome-form", new Dictionary<string, string> { ["outcome"] = "ClosedMessageLeftOrLetterSent", ["note"] = "Letter sent." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        var closed = await manager.GetAsync($"/complaints/{id}");
        Assert.Contains("Closed: Message left/letter sent", closed.Document.QuerySelector("#complaint-outcome")!.TextContent, StringComparison.Ordinal);

        using var named = await server.PagesAsAsync(Accounts.CaseManager);
        await named.GetAsync($"/complaints/{id}", HttpStatusCode.Forbidden);
        using (var refused = await named.GetRawAsync("/complaints"))
        {
            // The role policy sends a refused page to the error page.
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/Error", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Null((await named.GetAsync("/clients")).Document.QuerySelector("nav a[href='/complaints/open']"));
    }

    [Fact]
    public async Task RegisterPage_NationalOffice_NarrowsToASite()
    {
        var id = await ComplaintTestData.RecordAsync(server, Accounts.Csr, Accounts.CaseManager, null, "Ignored the client at reception.");
        using var national = await server.PagesAsAsync(Accounts.NationalOffice);
        var masterton = await server.MastertonSiteIdAsync();

        var page = await national.GetAsync($"/complaints?siteId={masterton}&status=open");
        Assert.NotNull(page.Document.QuerySelector($"#complaints a[href='/complaints/{id}']"));
        var other = page.Document.QuerySelectorAll("#siteId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v) && v != masterton.ToString());
        var elsewhere = await national.GetAsync($"/complaints?siteId={other}&status=open");
        Assert.Null(elsewhere.Document.QuerySelector($"#complaints a[href='/complaints/{id}']"));
    }

    [Fact]
    public async Task NewComplaintPage_AnyStaffRecordsOne()
    {
        using var colleague = await server.PagesAsAsync(Accounts.CaseManagerOtherSite);
        var form = await colleague.GetAsync($"/complaints/new?siteId={await server.MastertonSiteIdAsync()}");
        var staffId = await ComplaintTestData.StaffIdAsync(server, Accounts.Connector);

        using var posted = await colleague.SubmitAsync(form, "#complaint-form", new Dictionary<string, string> { ["staffId"] = staffId.ToString(), ["channel"] = "Letter", ["description"] = "Wrote to complain about the connector's tone." });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var register = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/complaints?staffId={staffId}&pageSize=100");
        Assert.Contains(register.Items(), c => c.Text("description") == "Wrote to complain about the connector's tone." && c.Text("channel") == "letter");
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ComplaintTestsSqlite(SqliteServer server) : ComplaintTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ComplaintTestsPostgres(PostgresServer server) : ComplaintTests(server);
