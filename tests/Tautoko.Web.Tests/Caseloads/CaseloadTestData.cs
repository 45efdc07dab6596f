using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>Fresh clients and the demo caseloads the caseload tests use.</summary>
public static class CaseloadTestData
{
    /// <summary>A new Masterton client (JS-WR, full-time obligations by default) with the given changes to the details.</summary>
    public static async Task<Guid> NewClientAsync(TautokoServer server, Func<Dictionary<string, object?>, Dictionary<string, object?>>? change = null)
    {
        var api = await server.AsAsync(Accounts.CaseManager);
        var details = ToDictionary(ClientRecords.Details(await server.MastertonSiteIdAsync()));
        if (change is not null)
        {
            details = change(details);
        }

        using var response = await api.PostJsonAsync("/api/clients", details);
        return (await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }

    /// <summary>The Masterton caseloads, as its manager sees them.</summary>
    public static async Task<JsonArray> MastertonCaseloadsAsync(TautokoServer server)
    {
        var manager = await server.AsAsync(Accounts.Manager);
        var view = await manager.GetJsonAsync($"/api/caseloads/sites/{await server.MastertonSiteIdAsync()}");
        return view["caseloads"]!.AsArray();
    }

    public static async Task<JsonNode> CaseloadOfAsync(TautokoServer server, string service)
    {
        var caseloads = await MastertonCaseloadsAsync(server);
        return caseloads.First(c => c.Text("serviceShortName") == service)!;
    }

    /// <summary>
    /// The Masterton caseload of the service with the most free places: tests that only need "some caseload of this
    /// service" use it, so the many tests sharing one server never fill a single caseload to its capacity (R-014).
    /// </summary>
    public static async Task<JsonNode> CaseloadWithRoomAsync(TautokoServer server, string service)
    {
        var caseloads = await MastertonCaseloadsAsync(server);
        return caseloads.Where(c => c.Text("serviceShortName") == service)
            .OrderByDescending(c => c!["free"]!.GetValue<int>())
            .First()!;
    }

    /// <summary>The staff id of a demo account, read from its own caseload (case managers) or the directory.</summary>
    public static async Task<Guid> StaffIdAsync(TautokoServer server, string account)
    {
        var api = await server.AsAsync(account);
        var mine = await api.GetJsonAsync("/api/caseloads/mine");
        return mine["caseload"]!["staffId"]!.GetValue<Guid>();
    }

    public static async Task<JsonNode> ClientCaseloadAsync(TautokoServer server, Guid clientId, string account = Accounts.Manager) =>
        await (await server.AsAsync(account)).GetJsonAsync($"/api/clients/{clientId}/caseload");

    private static Dictionary<string, object?> ToDictionary(object details) =>
        details.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(details), StringComparer.Ordinal);
}
