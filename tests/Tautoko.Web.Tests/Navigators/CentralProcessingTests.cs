using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Navigators;

/// <summary>
/// The Central Processing Unit through HTTP (seed 004 §2.7): an ICS case manager sends an administrative change to the unit's
/// work queue, others may not; the unit's turnaround (sent to completed) is measured per month with the median and distribution.
/// </summary>
public abstract class CentralProcessingTests(TautokoServer server)
{
    [Fact]
    public async Task Send_IcsCaseManager_TaskInUnitQueue_OthersRefused_BadInput400()
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        var icsm = await server.AsAsync(Accounts.Icsm);
        using (var sent = await icsm.PostJsonAsync("/api/central-processing/requests", new { clientId = client, change = "Update the client's bank account for payments." }))
        {
            var body = await sent.ReadJsonAsync(HttpStatusCode.Created);
            var taskId = new WorkQueueTaskId(body["taskId"]!.GetValue<Guid>());
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var task = await db.WorkQueueTasks.AsNoTracking().SingleAsync(t => t.Id == taskId);
            var kind = await db.WorkQueues.AsNoTracking().Where(q => q.Id == task.QueueId).Select(q => q.Kind).SingleAsync();
            Assert.Equal(WorkQueueKind.CentralProcessing, kind);
            Assert.Equal(new ClientId(client), task.ClientId);
        }

        using (var byCaseManager = await (await server.AsAsync(Accounts.CaseManager)).PostJsonAsync("/api/central-processing/requests", new { clientId = client, change = "x" }))
        {
            await byCaseManager.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using var bad = await icsm.PostJsonAsync("/api/central-processing/requests", new { clientId = client, change = " " });
        Assert.NotNull((await bad.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["change"]);
    }

    [Fact]
    public async Task Turnaround_MedianAndDistributionPerMonth_FromOwnTasks()
    {
        var client = await CaseloadTestData.NewClientAsync(server);
        var icsm = await server.AsAsync(Accounts.Icsm);
        var ids = new List<WorkQueueTaskId>();
        foreach (var change in new[] { "Change A", "Change B", "Change C" })
        {
            using var sent = await icsm.PostJsonAsync("/api/central-processing/requests", new { clientId = client, change });
            ids.Add(new WorkQueueTaskId((await sent.ReadJsonAsync(HttpStatusCode.Created))["taskId"]!.GetValue<Guid>()));
        }

        // Move the three requests to the middle of a month five months ago, completed after 8, 40 and 150 minutes
        // (written straight into the store: the API completes tasks now, not in the past).
        var at = DateTimeOffset.UtcNow.AddMonths(-5);
        var sentAt = new DateTimeOffset(at.Year, at.Month, 15, 0, 0, 0, TimeSpan.Zero);
        int[] minutes = [8, 40, 150];
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                var done = sentAt.AddMinutes(minutes[i]);
                await db.WorkQueueTasks.Where(t => t.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.CreatedAt, sentAt).SetProperty(t => t.CompletedAt, done).SetProperty(t => t.Status, WorkQueueTaskStatus.Completed));
            }
        }

        var report = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync("/api/central-processing/turnaround?months=12");
        var month = report["months"]!.AsArray().Single(m => m!.Text("month") == CentralProcessing.Month(sentAt))!;
        Assert.Equal(3, month["completed"]!.GetValue<int>());
        Assert.Equal(40, month["medianMinutes"]!.GetValue<double>());
        Assert.Equal(1, month["withinTenMinutes"]!.GetValue<int>());
        Assert.Equal(1, month["tenToSixtyMinutes"]!.GetValue<int>());
        Assert.Equal(1, month["oneToFourHours"]!.GetValue<int>());
        Assert.Contains("ten minutes and an hour", report.Text("seedRange"), StringComparison.Ordinal);

        using (var csr = await (await server.AsAsync(Accounts.Csr)).GetAsync("/api/central-processing/turnaround"))
        {
            await csr.ReadProblemAsync(HttpStatusCode.Forbidden);
        }

        using var badMonths = await (await server.AsAsync(Accounts.Manager)).GetAsync("/api/central-processing/turnaround?months=99");
        Assert.NotNull((await badMonths.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["months"]);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CentralProcessingTestsSqlite(SqliteServer server) : CentralProcessingTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CentralProcessingTestsPostgres(PostgresServer server) : CentralProcessingTests(server);
