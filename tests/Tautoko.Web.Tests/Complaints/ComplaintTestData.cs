using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Audit;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Complaints;

/// <summary>Demo accounts' staff ids and complaints recorded through the API, for the complaint tests.</summary>
public static class ComplaintTestData
{
    public static async Task<Guid> StaffIdAsync(TautokoServer server, string account)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var email = TautokoServer.Email(account).ToUpperInvariant();
        return (await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email).Select(u => u.StaffId).SingleAsync()).Value;
    }

    /// <summary>A new Masterton client.</summary>
    public static Task<Guid> MastertonClientAsync(TautokoServer server) => Caseloads.CaseloadTestData.NewClientAsync(server);

    /// <summary>Records a complaint as <paramref name="by"/> about <paramref name="about"/>; returns its id.</summary>
    public static async Task<Guid> RecordAsync(TautokoServer server, string by, string about, Guid? clientId, string description = "Raised their voice at the client at the front counter.")
    {
        var api = await server.AsAsync(by);
        using var response = await api.PostJsonAsync("/api/complaints", new
        {
            staffId = await StaffIdAsync(server, about),
            clientId,
            receivedOn = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            channel = "phone",
            description,
        });
        return (await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
    }

    /// <summary>Audit rows about entity <paramref name="entityId"/> with the action.</summary>
    public static async Task<int> AuditRowsAsync(TautokoServer server, string entityId, AuditAction action)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        return await db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityId == entityId && a.Action == action);
    }
}
