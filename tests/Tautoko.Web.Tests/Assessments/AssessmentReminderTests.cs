using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Common;
using Tautoko.Core.WorkQueues;
using Tautoko.Data;
using Tautoko.Web.Tests.Caseloads;
using Tautoko.Web.Tests.Infrastructure;
using Tautoko.Web.Tests.Staircase;

namespace Tautoko.Web.Tests.Assessments;

/// <summary>
/// The daily assessment reminders through HTTP: an ICS client's due entry Client Assessment and BEUT become tasks
/// in their ICS case manager's hands; running again raises nothing twice; a recorded assessment raises nothing more; only national office runs it.
/// </summary>
public abstract class AssessmentReminderTests(TautokoServer server)
{
    private async Task<Guid> StaffIdOfAsync(string account)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var email = TautokoServer.Email(account).ToUpperInvariant();
        return (await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email).Select(u => u.StaffId).SingleAsync()).Value;
    }

    private async Task<List<WorkQueueTask>> RemindersOfAsync(Guid client)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var cid = new ClientId(client);
        return await db.WorkQueueTasks.AsNoTracking().Where(t => t.ClientId == cid && t.Origin == TaskOrigin.AssessmentDue).ToListAsync();
    }

    private async Task RunAsync()
    {
        using var run = await (await server.AsAsync(Accounts.NationalOffice)).PostJsonAsync("/api/assessment-reminders", new { });
        var result = await run.ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(result["icsClients"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Run_DueEntryAssessments_RaisedOnceInTheCaseManagersHands_R114_R115()
    {
        var icsm = await StaffIdOfAsync(Accounts.Icsm);
        var client = await IcsTestData.IcsClientAsync(server, icsm, "the assessment reminder tests");
        await RunAsync();
        var first = await RemindersOfAsync(client);
        Assert.Equal(2, first.Count);
        Assert.All(first, t =>
        {
            Assert.Equal(WorkQueueTaskStatus.InProgress, t.Status);
            Assert.Equal(new StaffId(icsm), t.OwnerId);
            Assert.Equal(WorkQueueKind.ReadyForProcessing, t.QueueKind);
        });
        Assert.Contains(first, t => t.Need.Contains("Client Assessment", StringComparison.Ordinal) && t.Need.Contains("R-114", StringComparison.Ordinal));
        Assert.Contains(first, t => t.Need.Contains("Behavioural Evaluation Update Tool", StringComparison.Ordinal) && t.Need.Contains("R-115", StringComparison.Ordinal));

        // The case manager sees them among their tasks.
        var icsmApi = await server.AsAsync(Accounts.Icsm);
        var seen = 0;
        for (var page = 1; page <= 20; page++)
        {
            var mine = await icsmApi.GetJsonAsync($"/api/tasks/mine?page={page}&pageSize=100");
            var items = mine["items"]!.AsArray();
            seen += items.Count(t => t!["clientId"]!.GetValue<Guid>() == client);
            if (items.Count < 100)
            {
                break;
            }
        }

        Assert.Equal(2, seen);

        // Idempotent: running again raises nothing for the same due assessments.
        await RunAsync();
        Assert.Equal(2, (await RemindersOfAsync(client)).Count);

        // Done: once the entry BEUT is recorded and the reminder completed, another run raises nothing new either.
        using (var beut = await (await server.AsAsync(Accounts.Icsm)).PostJsonAsync($"/api/clients/{client}/beut", new
        {
            point = "entry",
            completedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(13)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ratings = AssessmentTests.AllRatings(3),
        }))
        {
            await beut.ReadJsonAsync(HttpStatusCode.Created);
        }

        await RunAsync();
        Assert.Equal(2, (await RemindersOfAsync(client)).Count);
    }

    [Fact]
    public async Task Run_NotNationalOffice_Refused()
    {
        foreach (var account in new[] { Accounts.Icsm, Accounts.Manager })
        {
            using var refused = await (await server.AsAsync(account)).PostJsonAsync("/api/assessment-reminders", new { });
            Assert.Equal("role", (await refused.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
        }
    }
}

[Collection(SqliteServer.Collection)]
public sealed class AssessmentReminderTestsSqlite(SqliteServer server) : AssessmentReminderTests(server);

[Collection(PostgresServer.Collection)]
public sealed class AssessmentReminderTestsPostgres(PostgresServer server) : AssessmentReminderTests(server);
