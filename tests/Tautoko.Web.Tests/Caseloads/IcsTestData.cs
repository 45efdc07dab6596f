using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Caseloads;

/// <summary>
/// The demo ICS caseload (60) that several test classes share on one test server (assessments, Navigators, staircasing,
/// trials): a new client placed on it, and room made when the others filled it.
/// </summary>
public static class IcsTestData
{
    /// <summary>The staff id of a demo account.</summary>
    public static async Task<Guid> StaffIdOfAsync(TautokoServer server, string account)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var email = TautokoServer.Email(account).ToUpperInvariant();
        return (await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email).Select(u => u.StaffId).SingleAsync()).Value;
    }

    /// <summary>A new Masterton client on the ICS case manager's caseload (placed by the connector), making room when it is full.</summary>
    public static async Task<Guid> IcsClientAsync(TautokoServer server, Guid icsm, string purpose)
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        var connector = await server.AsAsync(Accounts.Connector);
        for (var attempt = 0; ; attempt++)
        {
            using var placed = await connector.PostJsonAsync($"/api/clients/{client}/placements", new { caseManagerId = icsm, reason = $"ICS client for {purpose}." });
            if (placed.StatusCode != HttpStatusCode.Conflict || attempt == 3)
            {
                await placed.ReadJsonAsync(HttpStatusCode.Created);
                return client;
            }

            await MakeRoomAsync(server, icsm);
        }
    }

    /// <summary>
    /// The longest-placed client on the ICS caseload (of <paramref name="among"/>, when given) is exited through the API,
    /// as a connector would.
    /// </summary>
    public static async Task MakeRoomAsync(TautokoServer server, Guid icsm, IReadOnlyList<ClientId>? among = null)
    {
        Guid placement;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var staff = new StaffId(icsm);
            placement = await db.Placements.AsNoTracking().Where(p => p.CaseManagerId == staff && p.EndedAt == null && (among == null || among.Contains(p.ClientId)))
                .OrderBy(p => p.StartedOn).ThenBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }

        using var exited = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/caseloads/placements/{placement}/exit", new
        {
            proactiveEngagementTried = true,
            exitInterviewWithAdvice = true,
            phoneBasedConsidered = false,
            reason = "LowMotivationOrContact",
            obligationsFailuresAndSanctionsConsidered = true,
            movingToService = (string?)null,
            handOverArranged = false,
            iepActivitiesClosed = true,
            startingWork = false,
            supportsDiscussed = Array.Empty<string>(),
            notes = "Exited to make room on the shared test server's ICS caseload.",
            mustViewNote = (string?)null,
        });
        Assert.True(exited.IsSuccessStatusCode, await exited.Content.ReadAsStringAsync());
    }
}
