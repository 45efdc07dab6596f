using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Clients;

/// <summary>GET /api/clients/{id} and the overview page: warnings first, every read audited.</summary>
public abstract class ClientOverviewTests(TautokoServer server)
{
    [Fact]
    public async Task Get_ClientWithWarnings_ReturnsCautionsMustViewNotesAndETag()
    {
        // special cautions, must-view notes and tags are there to check before acting.
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync($"/api/clients/{maka.WithWarnings}");

        var client = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Māka", client.Text("lastName"));
        Assert.NotEmpty(client["specialCautions"]!.AsArray());
        Assert.All(client["specialCautions"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace(c.Text("text"))));
        Assert.NotEmpty(client["mustViewNotes"]!.AsArray());
        Assert.NotNull(client["tags"]);
        Assert.Equal($"\"{client["version"]!.GetValue<int>()}\"", response.Headers.ETag?.Tag);
        Assert.Equal("Masterton", client.Text("homeSite"));
        Assert.False(client["viaBreakGlass"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_ClientWithBookings_ShowsTheEarliestBookedAppointmentAsNext_AndNoneOnceCancelled()
    {
        // The overview carries the next appointment (BENCHMARKS.md's overview: record, tags, cautions, next appointment, last 20 notes).
        var staffId = await Appointments.AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        var client = await Appointments.AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        var csr = await server.AsAsync(Accounts.Csr);
        var none = await csr.GetJsonAsync($"/api/clients/{client}");
        Assert.Null(none["nextAppointment"]);

        var later = await Appointments.AppointmentData.BookAsync(csr, client, await Appointments.AppointmentData.FreeSlotAsync(server, staffId, skip: 3));
        var sooner = await Appointments.AppointmentData.BookAsync(csr, client, await Appointments.AppointmentData.FreeSlotAsync(server, staffId));
        var soonerId = sooner["appointment"]!["id"]!.GetValue<Guid>();

        var overview = await csr.GetJsonAsync($"/api/clients/{client}");
        var next = overview["nextAppointment"]!;
        Assert.Equal(soonerId, next["id"]!.GetValue<Guid>());
        Assert.Equal(await server.StaffNameAsync(Accounts.EmploymentCaseManager), next.Text("with"));
        Assert.True(next["startsAt"]!.GetValue<DateTimeOffset>() < later["appointment"]!["startsAt"]!.GetValue<DateTimeOffset>());

        foreach (var id in new[] { soonerId, later["appointment"]!["id"]!.GetValue<Guid>() })
        {
            var version = (await csr.GetJsonAsync($"/api/appointments/{id}"))["appointment"]!["version"]!.GetValue<int>();
            using var cancelled = await csr.PostJsonAsync($"/api/appointments/{id}/cancel", new { by = "cancelledByClient", reason = "Client has a job interview that day.", version });
            await cancelled.ReadJsonAsync(HttpStatusCode.OK);
        }

        Assert.Null((await csr.GetJsonAsync($"/api/clients/{client}"))["nextAppointment"]);
    }

    [Fact]
    public async Task OverviewPage_ShowsTheNextAppointmentWithALinkToIt()
    {
        var staffId = await Appointments.AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager);
        var client = await Appointments.AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        using var pages = await server.PagesAsAsync(Accounts.EmploymentCaseManager);
        var before = await pages.GetAsync($"/clients/{client}");
        Assert.Contains("none booked", before.Document.QuerySelector("#next-appointment")?.TextContent, StringComparison.Ordinal);

        var booked = await Appointments.AppointmentData.BookAsync(await server.AsAsync(Accounts.Csr), client, await Appointments.AppointmentData.FreeSlotAsync(server, staffId));
        var id = booked["appointment"]!["id"]!.GetValue<Guid>();

        var after = await pages.GetAsync($"/clients/{client}");
        var next = after.Document.QuerySelector("#next-appointment")!;
        Assert.Contains(await server.StaffNameAsync(Accounts.EmploymentCaseManager), next.TextContent, StringComparison.Ordinal);
        Assert.NotNull(next.QuerySelector($"a[href='/appointments/{id}']"));
    }

    [Fact]
    public async Task Get_GenderAndEthnicity_NotRecordedUntilEdited_ThenShownWithMacrons_OnApiAndPage()
    {
        // The overview carries the client's self-identified gender (R-107's options) and Stats NZ level-1 ethnic groups.
        var site = await server.MastertonSiteIdAsync();
        var record = ClientRecords.Details(site, lastName: "Overview-Ethnicity");
        var details = record.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(record), StringComparer.Ordinal);
        var api = await server.AsAsync(Accounts.CaseManager);
        using var created = await api.PostJsonAsync("/api/clients", details);
        var node = await created.ReadJsonAsync(HttpStatusCode.Created);
        var id = node["id"]!.GetValue<Guid>();
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var before = await api.GetJsonAsync($"/api/clients/{id}");
        Assert.Null(before["gender"]);
        Assert.Equal("Not recorded", before.Text("genderName"));
        Assert.Empty(before["ethnicity"]!.AsArray());
        Assert.Equal("Not recorded", before.Text("ethnicityName"));
        var emptyPage = (await pages.GetAsync($"/clients/{id}")).Document;
        Assert.Equal("Not recorded", emptyPage.QuerySelector("#personal-details #client-gender")?.TextContent.Trim());
        Assert.Equal("Not recorded", emptyPage.QuerySelector("#personal-details #client-ethnicity")?.TextContent.Trim());

        details["gender"] = "anotherGender";
        details["ethnicity"] = new[] { "pacificPeoples", "maori" };
        using var updated = await api.PutJsonAsync($"/api/clients/{id}", details, ClientRecords.ETag(node["version"]!.GetValue<int>()));
        await updated.ReadJsonAsync(HttpStatusCode.OK);

        var after = await api.GetJsonAsync($"/api/clients/{id}");
        Assert.Equal("anotherGender", after.Text("gender"));
        Assert.Equal("Another gender", after.Text("genderName"));
        Assert.Equal(["maori", "pacificPeoples"], after["ethnicity"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("Māori, Pacific Peoples", after.Text("ethnicityName"));
        var page = (await pages.GetAsync($"/clients/{id}")).Document;
        Assert.Equal("Another gender", page.QuerySelector("#personal-details #client-gender")?.TextContent.Trim());
        Assert.Equal("Māori, Pacific Peoples", page.QuerySelector("#personal-details #client-ethnicity")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_UnknownClient_Returns404Problem()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync($"/api/clients/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_ByCaseManager_ManagerSeesTheReadInTheAudit()
    {
        // an audit row for every read of a client record, and the site's manager can see who looked.
        var maka = await server.MakaAsync();
        var caseManager = await server.AsAsync(Accounts.CaseManager);
        var caseManagerName = await server.StaffNameAsync(Accounts.CaseManager);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        using (var read = await caseManager.GetAsync($"/api/clients/{maka.WithWarnings}"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        var manager = await server.AsAsync(Accounts.Manager);
        var audit = await manager.GetJsonAsync($"/api/clients/{maka.WithWarnings}/audit?pageSize=100");
        var rows = audit["rows"]!.Items();
        Assert.Contains(rows, r =>
            r.Text("action") == "Read" &&
            r.Text("who") == caseManagerName &&
            r.Text("role") == "CaseManager" &&
            r!["at"]!.GetValue<DateTimeOffset>() >= before &&
            !string.IsNullOrEmpty(r.Text("from")));
    }

    [Fact]
    public async Task Get_NotesList_IsAuditedToo()
    {
        // reading the engagement log is a read of the client record.
        var maka = await server.MakaAsync();
        var caseManager = await server.AsAsync(Accounts.CaseManager);
        var caseManagerName = await server.StaffNameAsync(Accounts.CaseManager);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        await caseManager.GetJsonAsync($"/api/clients/{maka.WithWarnings}/notes?pageSize=5");

        var audit = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/clients/{maka.WithWarnings}/audit?pageSize=100");
        Assert.Contains(audit["rows"]!.Items(), r =>
            r.Text("action") == "Read" && r.Text("entity") == "EngagementLog" && r.Text("who") == caseManagerName && r!["at"]!.GetValue<DateTimeOffset>() >= before);
    }

    [Theory]
    [InlineData(Accounts.CaseManager)]
    [InlineData(Accounts.Csr)]
    [InlineData(Accounts.Quality)]
    public async Task Audit_NotAManager_Returns403Role(string account)
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(account);

        using var response = await api.GetAsync($"/api/clients/{maka.WithWarnings}/audit");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("role", problem.Text("rule"));
    }

    [Fact]
    public async Task Audit_NationalOffice_SeesAnySitesAudit()
    {
        var maka = await server.MakaAsync();
        var api = await server.AsAsync(Accounts.NationalOffice);

        var audit = await api.GetJsonAsync($"/api/clients/{maka.WithWarnings}/audit?pageSize=10");

        Assert.NotEmpty(audit["rows"]!.Items());
    }

    [Fact]
    public async Task OverviewPage_ClientWithWarnings_ShowsCautionBeforeTheName()
    {
        // special cautions and must-view notes come before anything else on the record.
        var maka = await server.MakaAsync();
        using var pages = await server.PagesAsAsync(Accounts.CaseManager);

        var page = await pages.GetAsync($"/clients/{maka.WithWarnings}");

        var main = page.Document.QuerySelector("main")!;
        var caution = main.QuerySelector(".caution");
        var mustView = main.QuerySelector(".mustview");
        var heading = main.QuerySelector("h1");
        Assert.NotNull(caution);
        Assert.NotNull(mustView);
        Assert.NotNull(heading);
        Assert.Contains("Māka", heading.TextContent, StringComparison.Ordinal);
        Assert.True(caution.CompareDocumentPosition(heading).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "The caution comes before the client's name.");
        Assert.True(mustView.CompareDocumentPosition(heading).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "The must-view note comes before the client's name.");
        Assert.Equal(main.QuerySelector("#warnings"), main.Children.First());
    }
}

[Collection(SqliteServer.Collection)]
public sealed class ClientOverviewTestsSqlite(SqliteServer server) : ClientOverviewTests(server);

[Collection(PostgresServer.Collection)]
public sealed class ClientOverviewTestsPostgres(PostgresServer server) : ClientOverviewTests(server);
