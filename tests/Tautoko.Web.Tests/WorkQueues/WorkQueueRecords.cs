using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.WorkQueues;

/// <summary>Fresh referral tasks for tests that change them, and the demo queues they go into.</summary>
public static class WorkQueueRecords
{
    /// <summary>More Masterton staff who work queues (demo sign-ins).</summary>
    public const string Icsm = "icsm";
    public const string Esr = "esr";

    /// <summary>The id of a queue of the kind (camelCase, e.g. "serviceCentreReferral") at the account's own site.</summary>
    public static Task<Guid> QueueIdAsync(TautokoServer server, string kind, string account = Accounts.CaseManager) =>
        server.OnceAsync($"queue:{account}:{kind}", async () =>
        {
            var api = await server.AsAsync(account);
            var queues = (await api.GetJsonAsync("/api/work-queues")).AsArray();
            return queues.First(q => q.Text("kind") == kind)!["id"]!.GetValue<Guid>();
        });

    public static Task<(Guid Id, Guid RegionId)> SiteAsync(TautokoServer server, string name) =>
        server.OnceAsync($"site:{name}", async () =>
        {
            var api = await server.AsAsync(Accounts.CaseManager);
            var site = (await api.GetJsonAsync($"/api/sites?name={Uri.EscapeDataString(name)}")).Items().First(s => s.Text("name") == name)!;
            return (site["id"]!.GetValue<Guid>(), site["regionId"]!.GetValue<Guid>());
        });

    /// <summary>A new Masterton client with a Service Centre Referral task raised by the contact centre.</summary>
    public static async Task<(Guid ClientId, Guid TaskId)> NewReferralAsync(TautokoServer server, string kind = "serviceCentreReferral")
    {
        var (clientId, _) = await ClientRecords.CreateAsync(server);
        var queue = await QueueIdAsync(server, kind);
        var csr = await server.AsAsync(Accounts.Csr);
        using var response = await csr.PostJsonAsync($"/api/work-queues/{queue}/tasks", new { clientId, need = "Client asked for a call about food costs this week." });
        var task = await response.ReadJsonAsync(HttpStatusCode.Created);
        return (clientId, task["id"]!.GetValue<Guid>());
    }

    /// <summary>A referral taken and reviewed by the case manager, ready for contact attempts.</summary>
    public static async Task<(Guid ClientId, Guid TaskId, ApiClient Api)> TakenAndReviewedAsync(TautokoServer server)
    {
        var (clientId, taskId) = await NewReferralAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        await TakeAsync(api, taskId);

        using (var review = await api.PostJsonAsync($"/api/tasks/{taskId}/review", AllChecked()))
        {
            await review.ReadJsonAsync(HttpStatusCode.OK);
        }

        return (clientId, taskId, api);
    }

    public static async Task<JsonNode> TakeAsync(ApiClient api, Guid taskId)
    {
        using var response = await api.PostJsonAsync($"/api/tasks/{taskId}/take", new { });
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static object AllChecked(string? findings = null) => new
    {
        taskAndRecordReviewed = true,
        contactDetailsConfirmed = true,
        circumstancesConfirmed = true,
        clientEventsChecked = true,
        benefitExpiriesChecked = true,
        redirectionsAndDebtOffsetsChecked = true,
        findings,
    };

    public static async Task<JsonNode> AttemptAsync(ApiClient api, Guid taskId, object attempt)
    {
        using var response = await api.PostJsonAsync($"/api/tasks/{taskId}/attempts", attempt);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }
}
