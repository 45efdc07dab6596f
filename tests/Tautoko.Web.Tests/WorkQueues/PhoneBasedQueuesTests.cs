using System.Net;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.WorkQueues;

/// <summary>002 "Connecting clients with phone-based case manager": site requests go to the phone teams' named centralised queues.</summary>
public abstract class PhoneBasedQueuesTests(TautokoServer server)
{
    [Theory]
    [InlineData("Whanganui Phone-based", "Centralised in-bound Whanganui")]
    [InlineData("Napier Phone-based", "Centralised Services Hawkes Bay Unit")]
    public async Task WorkOnHand_ForAPhoneBasedClient_GoesToTheTeamsCentralisedReadyForProcessingOrHold_AndTheSiteRaisesItThere(string unit, string centralised)
    {
        // 002: "Any work on hand requests submitted at sites should be referred to their appropriate CMS work queue for
        // Ready for Processing or Hold" — Whanganui and Napier use the seed's named centralised queues.
        var clientId = await CaseloadTestData.NewClientAsync(server);
        var caseManager = await PhoneCaseManagerAsync(unit);
        using (var placed = await (await server.AsAsync(Accounts.Connector)).PostJsonAsync($"/api/clients/{clientId}/placements", new { caseManagerId = caseManager, reason = "Kōrero Mahi attended; phone team assigns (R-028)." }))
        {
            await placed.ReadJsonAsync(HttpStatusCode.Created);
        }

        var site = await server.AsAsync(Accounts.CaseManager);
        var ready = await site.GetJsonAsync($"/api/clients/{clientId}/work-on-hand-queue");
        var hold = await site.GetJsonAsync($"/api/clients/{clientId}/work-on-hand-queue?hold=true");

        Assert.Equal($"{centralised} Ready for Processing", ready.Text("queue"));
        Assert.Equal("readyForProcessing", ready.Text("kind"));
        Assert.StartsWith(unit, ready.Text("site"), StringComparison.Ordinal);
        Assert.Equal($"{centralised} Hold", hold.Text("queue"));
        Assert.Equal("workOnHold", hold.Text("kind"));

        using var raised = await site.PostJsonAsync($"/api/work-queues/{ready["queueId"]!.GetValue<Guid>()}/tasks", new { clientId, need = "Client handed in a form for the phone team at the counter." });
        var task = await raised.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"{centralised} Ready for Processing", task.Text("queue"));
    }

    [Fact]
    public async Task WorkOnHand_ForAClientNotWithAPhoneTeam_GoesToTheHomeSitesQueue()
    {
        var clientId = await CaseloadTestData.NewClientAsync(server);

        var ready = await (await server.AsAsync(Accounts.CaseManager)).GetJsonAsync($"/api/clients/{clientId}/work-on-hand-queue");

        Assert.Equal("Ready for Processing", ready.Text("queue"));
        Assert.Equal("Masterton", ready.Text("site"));
    }

    private async Task<Guid> PhoneCaseManagerAsync(string unit)
    {
        var api = await server.AsAsync(Accounts.NationalOffice);
        var sites = await api.GetJsonAsync("/api/sites?pageSize=100");
        var site = sites.Items().First(s => s.Text("name")!.StartsWith(unit, StringComparison.Ordinal))!;
        var view = await api.GetJsonAsync($"/api/caseloads/sites/{site["id"]!.GetValue<Guid>()}");
        return view["caseloads"]!.AsArray().Where(c => c.Text("serviceShortName") == "PBCM").OrderByDescending(c => c!["free"]!.GetValue<int>()).First()!["staffId"]!.GetValue<Guid>();
    }
}

[Collection(SqliteServer.Collection)]
public sealed class PhoneBasedQueuesTestsSqlite(SqliteServer server) : PhoneBasedQueuesTests(server);

[Collection(PostgresServer.Collection)]
public sealed class PhoneBasedQueuesTestsPostgres(PostgresServer server) : PhoneBasedQueuesTests(server);
