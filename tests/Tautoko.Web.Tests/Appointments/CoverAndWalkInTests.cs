using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>Who takes a booking when the case manager is away, walk-ins, and the site queue .</summary>
public abstract class CoverAndWalkInTests(TautokoServer server)
{
    // The away case manager records their own leave, so no other test relies on them being in.
    private const string Away = Accounts.CaseManager;

    [Fact]
    public async Task BookingOptions_CaseManagerOnLeave_OffersTheBuddyThenTheSiteQueue_R050_R082()
    {
        var awayId = await AppointmentData.StaffIdAsync(server, Away);
        var client = await AppointmentData.NewClientOfAsync(server, Away);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);
        using (var leave = await (await server.AsAsync(Away)).PostJsonAsync($"/api/staff/{awayId}/leave", new { from = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), kind = "planned", note = "Annual leave" }))
        {
            await leave.ReadJsonAsync(HttpStatusCode.OK);
        }

        var csr = await server.AsAsync(Accounts.Csr);
        var options = await csr.GetJsonAsync($"/api/clients/{client}/booking-options");

        Assert.Equal(awayId, options["caseManager"]!["staffId"]!.GetValue<Guid>());
        Assert.True(options["caseManager"]!["onLeaveToday"]!.GetValue<bool>());
        Assert.Empty(options["caseManager"]!["slots"]!.AsArray());
        var buddy = options["buddy"]!;
        if (buddy["available"]!.GetValue<bool>())
        {
            Assert.Equal("buddy", options.Text("recommended"));
            var slot = buddy["slots"]![0]!["slotId"]!.GetValue<Guid>();
            var booked = await AppointmentData.BookAsync(csr, client, slot);
            Assert.Equal("buddy", booked["appointment"].Text("cover"));
            Assert.Equal(buddy["staffId"]!.GetValue<Guid>(), booked["appointment"]!["staffId"]!.GetValue<Guid>());
        }
        else
        {
            Assert.Equal("siteQueue", options.Text("recommended"));
            Assert.NotEmpty(options["siteSlots"]!.AsArray());
        }
    }

    [Fact]
    public async Task Book_CaseManagersSlotWhileOnLeave_Returns422_R050()
    {
        // Leave beyond the three weeks the other tests book in, so they are not affected.
        var account = Accounts.EmploymentCaseManager;
        var staffId = await AppointmentData.StaffIdAsync(server, account);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);
        var (from, to) = (today.AddDays(24), today.AddDays(30));
        var api = await server.AsAsync(account);
        using (var leave = await api.PostJsonAsync($"/api/staff/{staffId}/leave", new { from = Day(from), to = Day(to), kind = "planned", note = "Annual leave" }))
        {
            await leave.ReadJsonAsync(HttpStatusCode.OK);
        }

        var slots = (await api.GetJsonAsync($"/api/staff/{staffId}/slots?from={Day(from)}&to={Day(to)}")).AsArray();
        Assert.NotEmpty(slots);
        Assert.All(slots, s => Assert.Equal("R-050", s!["unavailableRule"]?.GetValue<string>()));
        var client = await AppointmentData.NewClientOfAsync(server, account);

        using var response = await (await server.AsAsync(Accounts.Csr)).PostJsonAsync("/api/appointments", new { clientId = client, slotId = slots[0]!["id"]!.GetValue<Guid>() });

        Assert.Equal("R-050", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("scanningDocuments")]
    [InlineData("generalQuery")]
    [InlineData("authentication")]
    public async Task WalkIn_ExcludedPurpose_Returns422_R049(string purpose)
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);

        using var response = await (await server.AsAsync(Accounts.EmploymentCaseManager)).PostJsonAsync("/api/walk-ins", new { clientId = client, purpose });

        Assert.Equal("R-049", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task WalkIn_NeedMetByCaseManager_IsRecordedAndLogged_R049()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        var api = await server.AsAsync(Accounts.EmploymentCaseManager);

        using var response = await api.PostJsonAsync("/api/walk-ins", new { clientId = client, purpose = "immediateNeed", note = "Food grant assessed and paid.", minutes = 20, identityVerified = true });

        var walkIn = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("walkIn", walkIn.Text("kind"));
        Assert.Equal("attended", walkIn.Text("status"));
        var notes = await api.GetJsonAsync($"/api/clients/{client}/notes");
        Assert.Contains(notes.Items(), n => n.Text("channel") == "Face-to-face" && n.Text("text")!.StartsWith("Walk-in:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WalkIn_ClientHasAnAppointmentBookedNow_Refused_R049()
    {
        // walk-ins are for visits without a booked appointment; a booked one is resulted instead.
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        var staffId = new StaffId(await AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager));
        AppointmentSlot slot;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            // An appointment that starts in two minutes (booked an hour ago), written directly: the API books only later slots.
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            var member = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == staffId);
            var start = DateTimeOffset.UtcNow.AddMinutes(2).AddSeconds(Random.Shared.Next(1, 59));
            slot = new AppointmentSlot(SlotId.New(), staffId, member.SiteId, DateOnly.FromDateTime(start.UtcDateTime), start, start.AddMinutes(30), SlotKind.Proactive);
            db.AppointmentSlots.Add(slot);
            db.Appointments.Add(Appointment.Book(AppointmentId.New(), new ClientId(client), slot, AppointmentChannel.FaceToFace, AppointmentType.Ongoing, null, BookingCover.OwnCaseManager, staffId, start.AddHours(-1), 0.1));
            await db.SaveChangesAsync();
        }

        try
        {
            using var response = await (await server.AsAsync(Accounts.EmploymentCaseManager)).PostJsonAsync("/api/walk-ins", new { clientId = client, purpose = "immediateNeed", minutes = 30 });

            var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("R-049", problem.Text("rule"));
            Assert.Contains("booked", problem.Text("detail") ?? problem.Text("title"), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            // The slot was written outside the calendar (any hour of any day): take it away again, so tests that read
            // this case manager's calendar see only what the calendar makes.
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
            await db.Appointments.Where(a => a.SlotId == slot.Id).ExecuteDeleteAsync();
            await db.AppointmentSlots.Where(s => s.Id == slot.Id).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task FaceToFaceRequest_CannotBeClosedWithoutABooking_StaysQueued_R071()
    {
        // a client's request for a face-to-face appointment is booked or stays queued — never dropped.
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        Guid taskId;
        using (var referred = await (await server.AsAsync(Accounts.Csr)).PostJsonAsync("/api/appointment-requests", new { clientId = client, reason = "Wants to see someone face-to-face about a bond." }))
        {
            taskId = (await referred.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        }

        var manager = await server.AsAsync(Accounts.Manager);
        using (var taken = await manager.PostJsonAsync($"/api/tasks/{taskId}/take", new { }))
        {
            await taken.ReadJsonAsync(HttpStatusCode.OK);
        }

        foreach (var outcome in new[] { "resolved", "referredElsewhere", "appointmentBooked" })
        {
            using var refused = await manager.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcome, note = "Told the client to ring the contact centre." });
            Assert.Equal("R-071", (await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
        }

        Assert.NotEqual("completed", (await manager.GetJsonAsync($"/api/tasks/{taskId}"))["task"].Text("status"));
        using var withdrawn = await manager.PostJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "noLongerNeeded", note = "Client rang back: bond sorted with the landlord, no appointment wanted." });
        Assert.Equal("completed", (await withdrawn.ReadJsonAsync(HttpStatusCode.OK)).Text("status"));
    }

    [Fact]
    public async Task Refer_ToTheSiteQueue_ShowsOnTheManagersWorklistDueIn24Hours_R083()
    {
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        using var response = await (await server.AsAsync(Accounts.Csr)).PostJsonAsync("/api/appointment-requests", new { clientId = client, reason = "High hardship count: needs a case manager" });
        var request = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(24, (request["dueBy"]!.GetValue<DateTimeOffset>() - request["referredAt"]!.GetValue<DateTimeOffset>()).TotalHours, 3);

        var worklist = await (await server.AsAsync(Accounts.Manager)).GetJsonAsync($"/api/sites/{await server.MastertonSiteIdAsync()}/worklist");

        Assert.Contains(worklist["queue"]!.AsArray(), r => r!["clientId"]!.GetValue<Guid>() == client && !r["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Refer_ToTheSiteQueue_IsATaskOnTheFaceToFaceWorkQueue_AndBookingCompletesIt_R082_R083()
    {
        // One model of the site's face-to-face queue: the referral is a work-queue task, and the booking clears it.
        var client = await AppointmentData.NewClientOfAsync(server, Accounts.EmploymentCaseManager);
        var csr = await server.AsAsync(Accounts.Csr);
        using var response = await csr.PostJsonAsync("/api/appointment-requests", new { clientId = client, reason = "Case manager and buddy away; needs a benefit review." });
        var taskId = (await response.ReadJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/tasks/{taskId}", response.Headers.Location?.OriginalString);

        var manager = await server.AsAsync(Accounts.Manager);
        var task = await manager.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal("siteFaceToFaceAppointments", task["task"].Text("queueKind"));
        Assert.Equal("siteQueueReferral", task["task"].Text("origin"));
        Assert.Equal("open", task["task"].Text("status"));
        Assert.Equal("Appointment wanted: Case manager and buddy away; needs a benefit review.", task["task"].Text("need"));
        Assert.Equal(await server.StaffNameAsync(Accounts.Csr), task.Text("createdBy"));
        var options = await csr.GetJsonAsync($"/api/clients/{client}/booking-options");
        Assert.Contains(options["openRequests"]!.AsArray(), r => r!["id"]!.GetValue<Guid>() == taskId);

        var slot = await AppointmentData.FreeSlotAsync(server, await AppointmentData.StaffIdAsync(server, Accounts.EmploymentCaseManager));
        await AppointmentData.BookAsync(csr, client, slot);

        var done = await manager.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal("completed", done["task"].Text("status"));
        Assert.Equal("appointmentBooked", done.Text("outcome"));
        Assert.StartsWith("Ongoing", done.Text("outcomeNote"), StringComparison.Ordinal);
        Assert.Empty((await csr.GetJsonAsync($"/api/clients/{client}/booking-options"))["openRequests"]!.AsArray());
        var worklist = await manager.GetJsonAsync($"/api/sites/{await server.MastertonSiteIdAsync()}/worklist");
        Assert.DoesNotContain(worklist["queue"]!.AsArray(), r => r!["id"]!.GetValue<Guid>() == taskId);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class CoverAndWalkInTestsSqlite(SqliteServer server) : CoverAndWalkInTests(server);

[Collection(PostgresServer.Collection)]
public sealed class CoverAndWalkInTestsPostgres(PostgresServer server) : CoverAndWalkInTests(server);
