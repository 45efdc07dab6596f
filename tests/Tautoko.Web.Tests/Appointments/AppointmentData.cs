using System.Net;
using System.Text.Json.Nodes;
using Tautoko.Web.Tests.Clients;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>Fresh clients on a chosen case manager's caseload, and that case manager's free slots.</summary>
public static class AppointmentData
{
    /// <summary>The staff id behind a demo account (from its own My day).</summary>
    public static Task<Guid> StaffIdAsync(TautokoServer server, string account) =>
        server.OnceAsync($"staff-id:{account}", async () =>
        {
            var api = await server.AsAsync(account);
            var day = await api.GetJsonAsync("/api/appointments/my-day");
            return day["staffId"]!.GetValue<Guid>();
        });

    /// <summary>A new Masterton client with an employment case management tag added by <paramref name="caseManager"/>, who is then their case manager.</summary>
    public static async Task<Guid> NewClientOfAsync(TautokoServer server, string caseManager, string? email = "wiremu@example.co.nz")
    {
        var (id, version) = await ClientRecords.CreateAsync(server);
        if (email is null)
        {
            var details = ClientRecords.Details(await server.MastertonSiteIdAsync());
            var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(details))!;
            json["email"] = null;
            using var put = await (await server.AsAsync(Accounts.CaseManager)).PutJsonAsync($"/api/clients/{id}", json, ClientRecords.ETag(version));
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        // A client is on a case manager's caseload when a connector places them there (caseload placement);
        // placing adds the ECM tag and is what appointments read to find the client's case manager.
        var staffId = await StaffIdAsync(server, caseManager);
        var connector = await server.AsAsync(Accounts.Connector);
        using var placed = await connector.PostJsonAsync($"/api/clients/{id}/placements", new { caseManagerId = staffId, reason = "Employment case management: work obligations, placed for a test." });
        await placed.ReadJsonAsync(HttpStatusCode.Created);
        return id;
    }

    public static async Task<JsonArray> FreeSlotsAsync(TautokoServer server, Guid staffId, int days = 21)
    {
        var api = await server.AsAsync(Accounts.Manager);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);
        var slots = await api.GetJsonAsync($"/api/staff/{staffId}/slots?from={today:yyyy-MM-dd}&to={today.AddDays(days):yyyy-MM-dd}&free=true");
        return slots.AsArray();
    }

    /// <summary>A free proactive slot of the case manager, skipping the first <paramref name="skip"/>.</summary>
    public static async Task<Guid> FreeSlotAsync(TautokoServer server, Guid staffId, int skip = 0)
    {
        var free = (await FreeSlotsAsync(server, staffId)).Where(s => s!["kind"]!.GetValue<string>() == "proactive").ToList();
        Assert.True(free.Count > skip, $"The case manager has {free.Count} free proactive slots in three weeks.");
        return free[skip]!["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonNode> BookAsync(ApiClient api, Guid clientId, Guid slotId, object? extra = null)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(new { clientId, slotId }))!.AsObject();
        if (extra is not null)
        {
            foreach (var (key, value) in JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(extra))!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
        }

        using var response = await api.PostJsonAsync("/api/appointments", body);
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }
}
