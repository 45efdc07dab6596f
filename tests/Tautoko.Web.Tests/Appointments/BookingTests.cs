using System.Globalization;
using System.Net;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>Booking through the API: slots, the booking itself, its log and messages, double bookings, cancellation, series.</summary>
public abstract class BookingTests(TautokoServer server)
{
    private const string Available = Accounts.EmploymentCaseManager;

    [Fact]
    public async Task Slots_ForACaseManager_FallOnWorkingDaysInOpeningHours_R005_R001()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Available);
        var api = await server.AsAsync(Accounts.Csr);
        // From tomorrow (New Zealand): other tests on this server write past or imminent appointments straight into the
        // database, at whatever hour they run, to test what happens at and after an appointment; the calendar made the rest.
        var tomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime).AddDays(1);

        var slots = (await api.GetJsonAsync($"/api/staff/{staffId}/slots?from={tomorrow:yyyy-MM-dd}&to={tomorrow.AddDays(28):yyyy-MM-dd}")).AsArray();

        Assert.NotEmpty(slots);
        Assert.All(slots, s =>
        {
            var start = TimeZoneInfo.ConvertTime(s!["startsAt"]!.GetValue<DateTimeOffset>(), TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"));
            Assert.NotEqual(DayOfWeek.Saturday, start.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, start.DayOfWeek);
            Assert.InRange(start.TimeOfDay, TimeSpan.FromHours(8.5), TimeSpan.FromHours(17));
            Assert.True(s["minutes"]!.GetValue<int>() >= 30, "R-038: at least 30 minutes");
        });
    }

    [Fact]
    public async Task Book_FreeSlot_Returns201_LogsTheBookingAndQueuesConfirmationAndReminders()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Available);
        var client = await AppointmentData.NewClientOfAsync(server, Available);
        var slot = await AppointmentData.FreeSlotAsync(server, staffId);
        var csr = await server.AsAsync(Accounts.Csr);

        using var response = await csr.PostJsonAsync("/api/appointments", new { clientId = client, slotId = slot, type = "firstAppointment" });

        var booked = await response.ReadJsonAsync(HttpStatusCode.Created);
        var appointment = booked["appointment"]!;
        var id = appointment["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/appointments/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("booked", appointment.Text("status"));
        Assert.Equal("ownCaseManager", appointment.Text("cover"));
        Assert.Equal(slot, appointment["slotId"]!.GetValue<Guid>());
        Assert.Equal(0.18, appointment["dnaRisk"]!.GetValue<double>(), 2);

        var detail = await csr.GetJsonAsync($"/api/appointments/{id}");
        var messages = detail["messages"]!.AsArray();
        Assert.Contains(messages, m => m.Text("purpose") == "bookingConfirmation" && m.Text("channel") == "email");
        Assert.Contains(messages, m => m.Text("purpose") == "appointmentLetter" && m.Text("letter") == "inviteToProactiveAppointment");

        // Every booking is written to the engagement log.
        var notes = await csr.GetJsonAsync($"/api/clients/{client}/notes");
        Assert.Contains(notes.Items(), n => n.Text("text")!.StartsWith("Appointment booked: First appointment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Book_SlotAlreadyBooked_Returns409ProblemDocument()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Available);
        var first = await AppointmentData.NewClientOfAsync(server, Available);
        var second = await AppointmentData.NewClientOfAsync(server, Available);
        var slot = await AppointmentData.FreeSlotAsync(server, staffId);
        var csr = await server.AsAsync(Accounts.Csr);
        await AppointmentData.BookAsync(csr, first, slot);

        using var response = await csr.PostJsonAsync("/api/appointments", new { clientId = second, slotId = slot });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("slot-taken", problem.Text("rule"));
    }

    [Fact]
    public async Task Cancel_BeforeTheStart_FreesTheSlotForSomeoneElse_R047()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Available);
        var first = await AppointmentData.NewClientOfAsync(server, Available);
        var second = await AppointmentData.NewClientOfAsync(server, Available);
        var slot = await AppointmentData.FreeSlotAsync(server, staffId);
        var csr = await server.AsAsync(Accounts.Csr);
        var booked = await AppointmentData.BookAsync(csr, first, slot);
        var id = booked["appointment"]!["id"]!.GetValue<Guid>();

        // The version read is required: without it the cancellation is refused, never applied blind.
        using (var blind = await csr.PostJsonAsync($"/api/appointments/{id}/cancel", new { by = "cancelledByClient", reason = "Client has a job interview" }))
        {
            Assert.NotNull((await blind.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["version"]);
        }

        var version = booked["appointment"]!["version"]!.GetValue<int>();
        using var cancel = await csr.PostJsonAsync($"/api/appointments/{id}/cancel", new { by = "cancelledByClient", reason = "Client has a job interview", version });

        var cancelled = await cancel.ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(cancelled["slotFreed"]!.GetValue<bool>());
        Assert.Equal("cancelledByClient", cancelled["appointment"].Text("status"));
        var rebooked = await AppointmentData.BookAsync(csr, second, slot);
        Assert.Equal(slot, rebooked["appointment"]!["slotId"]!.GetValue<Guid>());
        var detail = await csr.GetJsonAsync($"/api/appointments/{id}");
        Assert.All(detail["messages"]!.AsArray().Where(m => m.Text("purpose") == "reminder"), m => Assert.Equal("cancelled", m.Text("status")));
    }

    [Fact]
    public async Task Result_BeforeItsTime_Returns422_R048()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Available);
        var client = await AppointmentData.NewClientOfAsync(server, Available);
        var booked = await AppointmentData.BookAsync(await server.AsAsync(Available), client, await AppointmentData.FreeSlotAsync(server, staffId, skip: 3));
        var id = booked["appointment"]!["id"]!.GetValue<Guid>();

        using var response = await (await server.AsAsync(Available)).PostJsonAsync($"/api/appointments/{id}/result", new { outcome = "attended", version = booked["appointment"]!["version"]!.GetValue<int>() });

        Assert.Equal("R-048", (await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).Text("rule"));
    }

    [Fact]
    public async Task Book_EveryTwoWeeks_BooksASeriesOnTheCaseManagersCalendar()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Available);
        var client = await AppointmentData.NewClientOfAsync(server, Available);
        var api = await server.AsAsync(Available);

        var booked = await AppointmentData.BookAsync(api, client, await AppointmentData.FreeSlotAsync(server, staffId, skip: 5), new { repeat = new { everyWeeks = 2, occurrences = 3 } });

        var series = booked["series"]!.AsArray();
        Assert.Equal(3, series.Count);
        var dates = series.Select(s => DateOnly.Parse(s!["target"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(14, dates[1].DayNumber - dates[0].DayNumber);
        Assert.Equal(28, dates[2].DayNumber - dates[0].DayNumber);
        var appointments = await api.GetJsonAsync($"/api/clients/{client}/appointments");
        var booked3 = appointments.Items().Where(a => a.Text("status") == "booked").ToList();
        Assert.Equal(series.Count(s => s!["appointmentId"] is not null), booked3.Count);
        Assert.Single(booked3.Select(a => a!["seriesId"]!.GetValue<Guid>()).Distinct());
    }

    [Fact]
    public async Task Book_ByQualityChecker_Returns403()
    {
        var staffId = await AppointmentData.StaffIdAsync(server, Available);
        var client = await AppointmentData.NewClientOfAsync(server, Available);

        using var response = await (await server.AsAsync(Accounts.Quality)).PostJsonAsync("/api/appointments", new { clientId = client, slotId = await AppointmentData.FreeSlotAsync(server, staffId) });

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Book_WithoutASlot_Returns400WithErrors()
    {
        using var response = await (await server.AsAsync(Accounts.Csr)).PostJsonAsync("/api/appointments", new { clientId = Guid.NewGuid() });

        Assert.NotNull((await response.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]?["slotId"]);
    }

    [Fact]
    public async Task SiteFreeSlots_AcrossEveryCalendar_AreFreeAndInOrder()
    {
        var site = await server.MastertonSiteIdAsync();
        var api = await server.AsAsync(Accounts.Csr);

        var slots = (await api.GetJsonAsync($"/api/sites/{site}/free-slots?count=25")).AsArray();

        Assert.Equal(25, slots.Count);
        var starts = slots.Select(s => s!["startsAt"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.True(slots.Select(s => s!["staffId"]!.GetValue<Guid>()).Distinct().Count() > 1, "Slots come from several calendars.");
        Assert.Equal(25, slots.Select(s => s!["slotId"]!.GetValue<Guid>()).Distinct().Count());
    }
}

[Collection(SqliteServer.Collection)]
public sealed class BookingTestsSqlite(SqliteServer server) : BookingTests(server);

[Collection(PostgresServer.Collection)]
public sealed class BookingTestsPostgres(PostgresServer server) : BookingTests(server);
