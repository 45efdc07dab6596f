using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.ContactCentre;

/// <summary>Verified calls and staff ids for the contact-centre tests.</summary>
public static class ContactCentreRecords
{
    /// <summary>The case manager the tests' clients are placed with: one whose calendar has free slots to book.</summary>
    public const string ClientsCaseManager = Accounts.EmploymentCaseManager;

    public static readonly string[] ThreeQuestions = ["fullName", "currentAndPreviousAddress", "payDayAndBank"];

    /// <summary>A call started by the CSR about the client, with the client verified.</summary>
    public static async Task<Guid> VerifiedCallAsync(TautokoServer server, Guid clientId)
    {
        var csr = await server.AsAsync(Accounts.Csr);
        using var started = await csr.PostJsonAsync("/api/calls", new { clientId, direction = "inbound" });
        var callId = (await started.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        using var verified = await csr.PostJsonAsync($"/api/calls/{callId}/verification", new { callerKind = "client", asked = ThreeQuestions, correct = ThreeQuestions });
        Assert.Equal("verified", (await verified.ReadJsonAsync(HttpStatusCode.OK)).Text("verification"));
        return callId;
    }

    public static async Task<Guid> StaffIdAsync(TautokoServer server, string account) => (await StaffAsync(server, account))["id"]!.GetValue<Guid>();

    /// <summary>The staff directory's entry for a demo account (id, name, e-mail).</summary>
    public static Task<System.Text.Json.Nodes.JsonNode> StaffAsync(TautokoServer server, string account) =>
        server.OnceAsync($"staff:{account}", async () =>
        {
            var name = await server.StaffNameAsync(account);
            var found = await (await server.AsAsync(Accounts.Csr)).GetJsonAsync($"/api/staff?name={Uri.EscapeDataString(name.Split(' ')[0])}&pageSize=100");
            return found.Items().First(s => s.Text("name") == name)!.DeepClone();
        });

    /// <summary>A connector places the client on <see cref="ClientsCaseManager"/>'s caseload: that is who their case manager is.</summary>
    public static async Task PlaceWithCaseManagerAsync(TautokoServer server, Guid clientId)
    {
        var caseManagerId = await StaffIdAsync(server, ClientsCaseManager);
        using var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId, reason = "Employment case management: placed for a contact-centre test." });
        await placed.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Places the client with the demo case manager and starts the case-managed flow on a verified call.</summary>
    public static async Task<(Guid FlowId, ApiClient Csr)> FlowAsync(TautokoServer server, Guid clientId, string reason = "Needs food until payday.")
    {
        await PlaceWithCaseManagerAsync(server, clientId);
        var callId = await VerifiedCallAsync(server, clientId);
        var csr = await server.AsAsync(Accounts.Csr);
        using var started = await csr.PostJsonAsync($"/api/calls/{callId}/case-managed-flow", new { reasonForCall = reason });
        return ((await started.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>(), csr);
    }

    public static async Task<System.Text.Json.Nodes.JsonNode> StepAsync(ApiClient api, Guid flowId, string step, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await api.PostJsonAsync($"/api/case-managed-flows/{flowId}/{step}", body);
        return expected == HttpStatusCode.OK ? await response.ReadJsonAsync(expected) : await response.ReadProblemAsync(expected);
    }
}
