using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.WorkQueues;

/// <summary>A task is worked by one person at a time, enforced by the database, whichever web node answers.</summary>
public abstract class TakeConcurrencyTests(TautokoServer server)
{
    private static readonly string[] Takers =
    [
        Accounts.CaseManager, Accounts.EmploymentCaseManager, Accounts.Connector, Accounts.Manager, WorkQueueRecords.Icsm, WorkQueueRecords.Esr,
    ];

    [Fact]
    public async Task Take_ManyPeopleAtOnce_ExactlyOneWinsAndTheOthersGet409()
    {
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var apis = await Task.WhenAll(Takers.Select(server.AsAsync));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Four requests from each of six people, released together.
        var attempts = apis.SelectMany(api => Enumerable.Range(0, 4).Select(_ => api)).Select((api, i) => Task.Run(async () =>
        {
            await start.Task;
            using var response = await api.PostJsonAsync($"/api/tasks/{taskId}/take", new { });
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, Body: body, Taker: Takers[i / 4]);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        var winners = results.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var winner = Assert.Single(winners);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.True(r.StatusCode == HttpStatusCode.Conflict, $"Expected 409, got {(int)r.StatusCode}: {r.Body}");
            Assert.Contains("\"rule\":\"task-taken\"", r.Body, StringComparison.Ordinal);
        });

        var task = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal(await server.StaffNameAsync(winner.Taker), task["task"].Text("owner"));
        Assert.Single(task["history"]!.AsArray(), e => e.Text("kind") == "Taken");
    }
}

[Collection(SqliteServer.Collection)]
public sealed class TakeConcurrencyTestsSqlite(SqliteServer server) : TakeConcurrencyTests(server);

[Collection(PostgresServer.Collection)]
public sealed class TakeConcurrencyTestsPostgres(PostgresServer server) : TakeConcurrencyTests(server);
