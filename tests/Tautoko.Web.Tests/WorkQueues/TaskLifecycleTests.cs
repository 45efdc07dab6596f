using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.WorkQueues;

/// <summary>Queues and tasks: raised, taken by one person, held, completed, reassigned, age profiles .</summary>
public abstract class TaskLifecycleTests(TautokoServer server)
{
    [Fact]
    public async Task ListQueues_MastertonCaseManager_SeesTheServiceCentresStandardQueuesWithDemoTasks()
    {
        var api = await server.AsAsync(Accounts.CaseManager);

        var queues = (await api.GetJsonAsync("/api/work-queues")).AsArray();

        var kinds = queues.Select(q => q.Text("kind")).Where(k => k != "custom").ToList();
        Assert.Equal(["serviceCentreReferral", "readyForProcessing", "workOnHold", "approval", "siteFaceToFaceAppointments"], kinds);
        Assert.All(queues, q => Assert.Equal("Masterton", q.Text("site")));
        Assert.True(queues.Sum(q => q!["openTasks"]!.GetValue<int>()) > 0, "The demo data puts open tasks in Masterton's queues.");
        Assert.Equal(24, queues.Single(q => q.Text("kind") == "siteFaceToFaceAppointments")!["targetHours"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListQueues_OfAnotherSite_Returns403()
    {
        var ohakune = await WorkQueueRecords.SiteAsync(server, "Ohakune");
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.GetAsync($"/api/work-queues?siteId={ohakune.Id}");

        Assert.Equal("queue-scope", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task CreateTask_FromContactCentre_IsAReferralWithItsCreatorAndDueTime()
    {
        var (clientId, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        var task = await api.GetJsonAsync($"/api/tasks/{taskId}");

        Assert.Equal(clientId, task["task"]!["clientId"]!.GetValue<Guid>());
        Assert.Equal("contactCentreReferral", task["task"].Text("origin"));
        Assert.Equal("open", task["task"].Text("status"));
        Assert.Equal(await server.StaffNameAsync(Accounts.Csr), task.Text("createdBy"));
        Assert.True(task["task"]!["dueAt"]!.GetValue<DateTimeOffset>() > task["task"]!["createdAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("Created", Assert.Single(task["history"]!.AsArray())!.Text("kind"));
    }

    [Fact]
    public async Task CreateTask_WithoutNeed_Returns400()
    {
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var queue = await WorkQueueRecords.QueueIdAsync(server, "serviceCentreReferral");
        var csr = await server.AsAsync(Accounts.Csr);

        using var response = await csr.PostJsonAsync($"/api/work-queues/{queue}/tasks", new { clientId, need = " " });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["need"]);
    }

    [Fact]
    public async Task Take_WhenAnotherPersonHasIt_Returns409()
    {
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var first = await server.AsAsync(Accounts.CaseManager);
        var second = await server.AsAsync(Accounts.EmploymentCaseManager);
        using (var took = await first.PostJsonAsync($"/api/tasks/{taskId}/take", new { }))
        {
            Assert.Equal("inProgress", (await took.ReadJsonAsync(HttpStatusCode.OK)).Text("status"));
        }

        using var response = await second.PostJsonAsync($"/api/tasks/{taskId}/take", new { });

        Assert.Equal("task-taken", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        var task = await first.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal(await server.StaffNameAsync(Accounts.CaseManager), task["task"].Text("owner"));
    }

    [Fact]
    public async Task Take_ByStaffOfAnotherSite_Returns403()
    {
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var elsewhere = await server.AsAsync(Accounts.CaseManagerOtherSite);

        using var response = await elsewhere.PostJsonAsync($"/api/tasks/{taskId}/take", new { });

        Assert.Equal("queue-scope", (await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Text("rule"));
    }

    [Fact]
    public async Task HoldThenTakeAgainThenComplete_KeepsEachStepInTheHistory()
    {
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);
        var other = await server.AsAsync(Accounts.Connector);
        await WorkQueueRecords.TakeAsync(api, taskId);

        using (var noReason = await api.PostJsonAsync($"/api/tasks/{taskId}/hold", new { reason = "" }))
        {
            Assert.NotNull((await noReason.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["reason"]);
        }

        using (var held = await api.PostJsonAsync($"/api/tasks/{taskId}/hold", new { reason = "Waiting for the rent receipt." }))
        {
            var task = await held.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("onHold", task.Text("status"));
            Assert.Null(task.Text("owner"));
            Assert.Equal("Waiting for the rent receipt.", task.Text("holdReason"));
        }

        using (var taken = await other.PostJsonAsync($"/api/tasks/{taskId}/take", new { }))
        {
            Assert.Equal("inProgress", (await taken.ReadJsonAsync(HttpStatusCode.OK)).Text("status"));
        }

        using (var notMine = await api.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "resolved", note = "Done." }))
        {
            Assert.Equal("task-not-yours", (await notMine.ReadProblemAsync(HttpStatusCode.Conflict)).Text("rule"));
        }

        using (var done = await other.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "resolved", note = "Receipt arrived; grant processed." }))
        {
            Assert.Equal("completed", (await done.ReadJsonAsync(HttpStatusCode.OK)).Text("status"));
        }

        var detail = await api.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal(["Created", "Taken", "Put on hold", "Taken", "Completed"], detail["history"]!.AsArray().Select(e => e.Text("kind")));
        Assert.Equal("resolved", detail.Text("outcome"));
        Assert.Equal(await server.StaffNameAsync(Accounts.Connector), detail.Text("completedBy"));
    }

    [Fact]
    public async Task Reassign_ToAnotherRegionsSite_MovesTheTaskAndKeepsItsHistory()
    {
        // reassigned to another region (13 offered), then a site; the original task moves with its history.
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var ohakune = await WorkQueueRecords.SiteAsync(server, "Ohakune");
        var masterton = await WorkQueueRecords.SiteAsync(server, "Masterton");
        var api = await server.AsAsync(Accounts.CaseManager);
        Assert.Equal(13, (await api.GetJsonAsync("/api/regions")).AsArray().Count);
        await WorkQueueRecords.TakeAsync(api, taskId);

        using (var wrongRegion = await api.PostJsonAsync($"/api/tasks/{taskId}/reassign", new { regionId = masterton.RegionId == ohakune.RegionId ? Guid.NewGuid() : masterton.RegionId, siteId = ohakune.Id, reason = "Client lives in Ohakune." }))
        {
            Assert.NotNull((await wrongRegion.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["siteId"]);
        }

        using (var moved = await api.PostJsonAsync($"/api/tasks/{taskId}/reassign", new { regionId = ohakune.RegionId, siteId = ohakune.Id, reason = "Client moved to Ohakune last month." }))
        {
            var task = await moved.ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal("Ohakune", task.Text("site"));
            Assert.Equal("open", task.Text("status"));
            Assert.Equal("serviceCentreReferral", task.Text("queueKind"));
        }

        // Masterton staff no longer work it; Ohakune's do, and its history shows the move.
        using (var gone = await api.PostJsonAsync($"/api/tasks/{taskId}/take", new { }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, gone.StatusCode);
        }

        var there = await server.AsAsync(Accounts.CaseManagerOtherSite);
        var detail = await there.GetJsonAsync($"/api/tasks/{taskId}");
        var move = detail["history"]!.AsArray().Single(e => e.Text("kind") == "Reassigned")!;
        Assert.Equal("Masterton", move.Text("fromSite"));
        Assert.Equal("Ohakune", move.Text("toSite"));
        Assert.Equal("Client moved to Ohakune last month.", move.Text("detail"));
        Assert.Equal(["Created", "Taken", "Reassigned"], detail["history"]!.AsArray().Select(e => e.Text("kind")));
    }

    [Fact]
    public async Task AgeProfiles_Manager_SeesEachQueueWithOverdueFlags_CaseManagerDoesNot()
    {
        // managers monitor their site F2F queue (cleared within 24 hours) and every queue's age.
        var manager = await server.AsAsync(Accounts.Manager);
        var profiles = (await manager.GetJsonAsync("/api/work-queues/age-profiles")).AsArray();

        var f2f = profiles.Single(p => p.Text("kind") == "siteFaceToFaceAppointments")!;
        Assert.Equal(24, f2f["targetHours"]!.GetValue<int>());
        Assert.Equal(5, f2f["bands"]!.AsArray().Count);
        Assert.Equal(f2f["open"]!.GetValue<int>(), f2f["bands"]!.AsArray().Sum(b => b!["count"]!.GetValue<int>()));
        Assert.True(profiles.Sum(p => p!["overdue"]!.GetValue<int>()) > 0, "The demo data has overdue tasks to flag.");

        var caseManager = await server.AsAsync(Accounts.CaseManager);
        using var refused = await caseManager.GetAsync("/api/work-queues/age-profiles");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task OverdueFilter_SiteFaceToFaceQueue_ListsOnlyTasksPast24Hours()
    {
        // overdue tasks in the site F2F queue are flagged.
        var queue = await WorkQueueRecords.QueueIdAsync(server, "siteFaceToFaceAppointments");
        var api = await server.AsAsync(Accounts.CaseManager);

        var overdue = await api.GetJsonAsync($"/api/work-queues/{queue}/tasks?overdue=true&pageSize=100");
        var all = await api.GetJsonAsync($"/api/work-queues/{queue}/tasks?pageSize=100");

        Assert.All(overdue.Items(), t => Assert.True(t!["isOverdue"]!.GetValue<bool>()));
        Assert.Equal(all.Items().Count(t => t!["isOverdue"]!.GetValue<bool>()), overdue["totalCount"]!.GetValue<int>());
        Assert.All(all.Items(), t => Assert.True(t!["dueAt"]!.GetValue<DateTimeOffset>() - t["createdAt"]!.GetValue<DateTimeOffset>() <= TimeSpan.FromHours(24)));
    }

    [Fact]
    public async Task CreateTask_InSiteFaceToFaceQueueDueAfter24Hours_Returns422NamingR083()
    {
        // the site F2F queue is cleared within 24 hours.
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var queue = await WorkQueueRecords.QueueIdAsync(server, "siteFaceToFaceAppointments");
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/work-queues/{queue}/tasks", new { clientId, need = "Client asked to see someone in person.", dueAt = DateTimeOffset.UtcNow.AddDays(3) });

        Assert.Equal("R-083", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task CreateTask_FromServiceCentreIntoContactCentreQueue_Returns422NamingR070()
    {
        // a service centre does not send its clients to the contact centre.
        var national = await server.AsAsync(Accounts.NationalOffice);
        var contactCentre = await WorkQueueRecords.SiteAsync(server, "Palmerston North Contact Centre");
        var queue = await server.OnceAsync("contact-centre-queue", async () =>
        {
            using var created = await national.PostJsonAsync("/api/work-queues", new { siteId = contactCentre.Id, name = "Call-backs", targetHours = 8 });
            return (await created.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        });
        var (clientId, _) = await Clients.ClientRecords.CreateAsync(server);
        var api = await server.AsAsync(Accounts.CaseManager);

        using var response = await api.PostJsonAsync($"/api/work-queues/{queue}/tasks", new { clientId, need = "Please ring the client back." });

        Assert.Equal("R-070", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task CreateQueue_ByCaseManager_Returns403_ByManager_Returns201()
    {
        var caseManager = await server.AsAsync(Accounts.CaseManager);
        using (var refused = await caseManager.PostJsonAsync("/api/work-queues", new { name = "Benefit expiries", targetHours = 48 }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var manager = await server.AsAsync(Accounts.Manager);
        var name = $"Benefit expiries {Guid.NewGuid():N}"[..30];
        using var created = await manager.PostJsonAsync("/api/work-queues", new { name, targetHours = 48 });
        var queue = await created.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("custom", queue.Text("kind"));
        Assert.Equal("Masterton", queue.Text("site"));
        Assert.Contains((await manager.GetJsonAsync("/api/work-queues")).AsArray(), q => q.Text("name") == name);
    }

    [Fact]
    public async Task Mine_ListsTheTasksIAmWorking()
    {
        var (_, taskId) = await WorkQueueRecords.NewReferralAsync(server);
        var api = await server.AsAsync(WorkQueueRecords.Icsm);
        await WorkQueueRecords.TakeAsync(api, taskId);

        var mine = await api.GetJsonAsync("/api/tasks/mine?pageSize=100");

        Assert.Contains(mine.Items(), t => t!["id"]!.GetValue<Guid>() == taskId);
        Assert.All(mine.Items(), t => Assert.Equal("inProgress", t.Text("status")));
    }
}

[Collection(SqliteServer.Collection)]
public sealed class TaskLifecycleTestsSqlite(SqliteServer server) : TaskLifecycleTests(server);

[Collection(PostgresServer.Collection)]
public sealed class TaskLifecycleTestsPostgres(PostgresServer server) : TaskLifecycleTests(server);
