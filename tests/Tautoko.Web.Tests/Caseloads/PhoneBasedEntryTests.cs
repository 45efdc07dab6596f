using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>R-028 (002) "Entering phone-based case management": Kōrero Mahi, the tag, the initial appointment and the letter.</summary>
public abstract class PhoneBasedEntryTests(TautokoServer server)
{
    [Fact]
    public async Task Enter_AfterKoreroMahi_TagsAssignsBooksTheInitialAppointmentAndPostsThePhoneBasedLetter_R028()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var caseManager = await PhoneCaseManagerAsync();
        var api = await server.AsAsync(Accounts.Connector);

        using var response = await api.PostJsonAsync($"/api/clients/{clientId}/phone-based-entry", new { caseManagerId = caseManager, koreroMahiAttendedOn = "2025-02-03" });

        var entry = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("PBCM", entry.Text("tag"));
        Assert.True(entry["appointmentBooked"]!.GetValue<bool>(), entry.Text("summary"));

        // The tag and the placement.
        var caseload = await CaseloadTestData.ClientCaseloadAsync(server, clientId);
        Assert.Equal("PhoneBased", caseload["current"]!["service"]!.GetValue<string>(), ignoreCase: true);

        // The initial appointment, in the phone-based case manager's calendar, by phone, with the phone-based letter.
        var manager = await server.AsAsync(Accounts.NationalOffice);
        var appointment = await manager.GetJsonAsync($"/api/appointments/{entry["appointmentId"]!.GetValue<Guid>()}");
        Assert.Equal(caseManager, appointment["appointment"]!["staffId"]!.GetValue<Guid>());
        Assert.Equal("firstAppointment", appointment["appointment"]!.Text("type"));
        Assert.Contains(appointment["messages"]!.AsArray(), m => m.Text("purpose") == "appointmentLetter" && m.Text("letter") == "phoneBasedAppointment");

        // Kōrero Mahi and the placement in the engagement log.
        var notes = await manager.GetJsonAsync($"/api/clients/{clientId}/notes?pageSize=50");
        Assert.Contains(notes.Items(), n => n.Text("text")!.StartsWith("Attended Kōrero Mahi – Let's talk work", StringComparison.Ordinal));
        Assert.Contains(notes.Items(), n => n.Text("text")!.Contains("Programme tag PBCM added", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2024-12-02")]
    [InlineData("2099-01-01")]
    public async Task Enter_WithoutKoreroMahiOrBeforeTheGrantOrInTheFuture_Returns400_AndPlacesNobody_R028(string? attendedOn)
    {
        // The test client was granted Jobseeker Support on 13 Jan 2025.
        var clientId = await CaseloadTestData.NewClientAsync(server);

        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/phone-based-entry", new { caseManagerId = await PhoneCaseManagerAsync(), koreroMahiAttendedOn = attendedOn });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("R-028", problem["errors"]!["koreroMahiAttendedOn"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null((await CaseloadTestData.ClientCaseloadAsync(server, clientId))["current"]);
    }

    [Fact]
    public async Task Enter_WithACaseManagerWhoIsNotPhoneBased_Returns400_R028()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var ecm = (await CaseloadTestData.CaseloadOfAsync(server, "ECM"))["staffId"]!.GetValue<Guid>();

        using var response = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/phone-based-entry", new { caseManagerId = ecm, koreroMahiAttendedOn = "2025-02-03" });

        Assert.Contains("phone-based", (await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["caseManagerId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<Guid> PhoneCaseManagerAsync()
    {
        var api = await server.AsAsync(Accounts.NationalOffice);
        var sites = await api.GetJsonAsync("/api/sites?pageSize=100");
        var unit = sites.Items().First(s => s.Text("name")!.StartsWith("Napier Phone-based", StringComparison.Ordinal))!;
        var view = await api.GetJsonAsync($"/api/caseloads/sites/{unit["id"]!.GetValue<Guid>()}");
        return view["caseloads"]!.AsArray().Where(c => c.Text("serviceShortName") == "PBCM").OrderByDescending(c => c!["free"]!.GetValue<int>()).First()!["staffId"]!.GetValue<Guid>();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class PhoneBasedEntryTestsSqlite(SqliteServer server) : PhoneBasedEntryTests(server);

[Collection(PostgresServer.Collection)]
public sealed class PhoneBasedEntryTestsPostgres(PostgresServer server) : PhoneBasedEntryTests(server);
