using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Hardship;

/// <summary>Hardship applications, decisions and reviews made through the API for the tests.</summary>
public static class HardshipRecords
{
    public static async Task<JsonNode> ApplyAsync(ApiClient api, Guid clientId, object? body = null)
    {
        using var response = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications",
            body ?? new { need = "food", amountAsked = 180.50m, recoverable = false, channel = "faceToFace", detail = "Food until payday; power bill took the week's money." });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<Guid> ApplicationIdAsync(ApiClient api, Guid clientId, object? body = null) =>
        (await ApplyAsync(api, clientId, body))["application"]!["id"]!.GetValue<Guid>();

    public static async Task<JsonNode> DecideAsync(ApiClient api, Guid clientId, Guid applicationId, object decision)
    {
        using var response = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{applicationId}/decision", decision);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static Task<JsonNode> DeclineAsync(ApiClient api, Guid clientId, Guid applicationId, string reason = "notAnEssentialNeed") =>
        DecideAsync(api, clientId, applicationId, new { decision = "decline", declineReason = reason, note = "The need can wait until the next payment." });

    public static async Task<JsonNode> RequestReviewAsync(ApiClient api, Guid clientId, Guid applicationId, object? body = null)
    {
        using var response = await api.PostJsonAsync($"/api/clients/{clientId}/hardship/applications/{applicationId}/reviews",
            body ?? new { requestedBy = "client", grounds = "The children had no food; it was essential." });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Moves the decision's notice back to <paramref name="noticeDate"/> (noon, New Zealand time), as if decided then.</summary>
    public static async Task BackdateDecisionAsync(TautokoServer server, Guid applicationId, DateOnly noticeDate)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var at = NzLocalTime.ToUtc(noticeDate, new TimeOnly(12, 0));
        var rows = await db.HardshipApplications.Where(a => a.Id == applicationId).ExecuteUpdateAsync(s => s.SetProperty(a => a.DecidedAt, at));
        Assert.Equal(1, rows);
    }

    /// <summary>Moves an application's receipt back to <paramref name="at"/>, as if received then.</summary>
    public static async Task BackdateReceiptAsync(TautokoServer server, Guid applicationId, DateTimeOffset at)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var rows = await db.HardshipApplications.Where(a => a.Id == applicationId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReceivedAt, at));
        Assert.Equal(1, rows);
    }

    public static async Task<List<Core.Messaging.OutboxMessage>> OutboxAsync(TautokoServer server, Guid clientId)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var id = new Core.Common.ClientId(clientId);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.ClientId == id).ToListAsync();
    }
}
