using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Appointments;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;
using Tautoko.Web.Tests.WorkQueues;

namespace Tautoko.Web.Tests.Trust;

/// <summary>
/// The holes an outside probe found, each closed: extreme dates are a 400 with a field error (never a 500), dates have
/// plausible ranges by meaning, and writes refuse bodies without their required fields.
/// </summary>
public abstract class BadInputRangesTests(TautokoServer server)
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task ExtremeQueryDates_AreFieldErrors_NotServerErrors(string date)
    {
        var api = await server.AsAsync(Accounts.Manager);
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.CaseManager);
        var site = await server.MastertonSiteIdAsync();
        await AssertFieldErrorAsync(await api.GetAsync($"/api/staff/{staffId}/slots?from={date}"), "from");
        await AssertFieldErrorAsync(await api.GetAsync($"/api/staff/{staffId}/slots?to={date}"), "to");
        await AssertFieldErrorAsync(await api.GetAsync($"/api/sites/{site}/free-slots?from={date}"), "from");
        await AssertFieldErrorAsync(await api.GetAsync($"/api/messages/measures?from={date}"), "from");
        await AssertFieldErrorAsync(await api.GetAsync($"/api/messages/measures?to={date}"), "to");
    }

    [Fact]
    public async Task ImplausibleDatesOnWrites_AreRefusedByMeaning_R046()
    {
        // leave and block-outs are planned within a few years of today; things that happened did not happen decades ago or in the future.
        var api = await server.AsAsync(Accounts.CaseManager);
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.CaseManager);
        var (clientId, _) = await ClientRecords.CreateAsync(server);
        await AssertFieldErrorAsync(await api.PostJsonAsync($"/api/staff/{staffId}/leave", new { from = "0001-01-01", to = "9999-12-31", kind = "planned" }), "from");
        await AssertFieldErrorAsync(await api.PostJsonAsync($"/api/staff/{staffId}/leave", new { from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), to = "9999-12-31", kind = "planned" }), "to");
        await AssertFieldErrorAsync(await api.PostJsonAsync($"/api/staff/{staffId}/calendar/blockouts", new { from = "0001-01-01T00:00:00Z", to = "9999-12-31T00:00:00Z", reason = "training" }), "from");
        await AssertFieldErrorAsync(await api.PostJsonAsync("/api/messages", new { clientId, kind = "email", from = "Wiremu", subject = "Hi", body = "Call me.", receivedAt = "0001-01-01T00:00:00Z" }), "receivedAt");
        await AssertFieldErrorAsync(await api.PostJsonAsync($"/api/clients/{clientId}/transfer-requests", new { receivedOn = "0001-01-01", reasons = "Moving closer to whanau in Ohakune." }), "receivedOn");
        var queue = await WorkQueueRecords.QueueIdAsync(server, "serviceCentreReferral");
        await AssertFieldErrorAsync(await api.PostJsonAsync($"/api/work-queues/{queue}/tasks", new { clientId, need = "Call back about a form.", dueAt = "9999-12-31T00:00:00Z" }), "dueAt");
    }

    [Fact]
    public async Task WritesWithoutTheirRequiredFields_AreRefused_AndChangeNothing_R053()
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var staffId = await AppointmentData.StaffIdAsync(server, Accounts.CaseManager);
        var calendarBefore = await api.GetJsonAsync($"/api/staff/{staffId}/calendar");
        await AssertFieldErrorAsync(await api.PostJsonAsync($"/api/staff/{staffId}/calendar/settings", new { }), "bufferMinutes");
        Assert.Equal(calendarBefore["version"]!.GetValue<int>(), (await api.GetJsonAsync($"/api/staff/{staffId}/calendar"))["version"]!.GetValue<int>());

        // a voicemail check says how many messages it found, 0 or more.
        await AssertFieldErrorAsync(await api.PostJsonAsync("/api/messages/voicemail-checks", new { }), "messagesFound");
        await AssertFieldErrorAsync(await api.PostJsonAsync("/api/messages/voicemail-checks", new { messagesFound = -1 }), "messagesFound");
    }

    [Fact]
    public async Task OpenApiDocument_ListsRequiredFields_AndOnlyThose()
    {
        using var response = await server.Http.GetAsync("/openapi/v1.json");
        var schemas = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["components"]!["schemas"]!;
        string[] Required(string name) => schemas[name]?["required"]?.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray() ?? [];

        Assert.Equal(["mix", "version", "weights"], Required("PolicyInput"));
        Assert.Equal(["messagesFound"], Required("VoicemailCheckInput"));
        Assert.Equal(["from", "reason", "to"], Required("BlockoutInput"));
        Assert.Equal(["text"], Required("MustViewInput"));
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        using (response)
        {
            var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]?[field] is not null, $"A field error for `{field}`: {problem.ToJsonString()}");
        }
    }
}

[Collection(SqliteServer.Collection)]
public sealed class BadInputRangesTestsSqlite(SqliteServer server) : BadInputRangesTests(server);

[Collection(PostgresServer.Collection)]
public sealed class BadInputRangesTestsPostgres(PostgresServer server) : BadInputRangesTests(server);
