using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Tautoko.Browser.Tests.StaffPages;

namespace Tautoko.Browser.Tests;

/// <summary>
/// End to end in headless Chromium: a contact-centre officer books a client with their case manager;
/// the case manager goes on leave and the next booking falls back to the buddy (R-050, R-082); after the
/// appointment's time the case manager results it from My day (R-048).
/// </summary>
[Collection(AppointmentsBrowserServer.Collection)]
public sealed class AppointmentJourneyTests(AppointmentsBrowserServer server)
{
    private static readonly string[] CaseManagerAccounts = ["employment.casemanager", "icsm", "rcs.casemanager", "casemanager"];

    [Fact]
    public async Task ContactCentre_BooksWithCaseManager_ThenBuddyWhenOnLeave_CaseManagerResults_R050_R048()
    {
        var (account, caseManagerName, buddyName) = await ChooseCaseManagerAsync();
        var clientId = await NewClientOfAsync(account);
        var day = server.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var firstAppointment = string.Empty;

        // 1. The contact centre books with the client's case manager.
        var csr = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(csr, "book-with-case-manager", async () =>
        {
            await SignInAsync(csr, "csr");
            await csr.GotoAsync($"/clients/{clientId}/book");
            Assert.Contains($"Book with {caseManagerName}", await csr.Locator("#route").InnerTextAsync(), StringComparison.Ordinal);
            // One form lists every offered list of times; nothing is chosen until the user chooses.
            Assert.Equal(0, await csr.Locator("#book-form input[name=slotId]:checked").CountAsync());
            await csr.Locator("#book-casemanager input[name=slotId]").First.CheckAsync();
            await csr.Locator("#book-form").GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
            await csr.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Booked with {caseManagerName}" }).WaitForAsync();
            Assert.Equal("Booked", (await csr.Locator("#status").InnerTextAsync()).Trim());
            firstAppointment = new Uri(csr.Url).AbsolutePath;
            await SignOutAsync(csr);
        });

        // 2. The case manager records leave from today (R-046); bookings now go to their buddy.
        var caseManager = await server.NewPageAsync();
        await WithScreenshotOnFailureAsync(caseManager, "record-leave", async () =>
        {
            await SignInAsync(caseManager, account);
            await caseManager.GotoAsync("/appointments/calendar");
            await caseManager.Locator("#leave-from").FillAsync(day);
            await caseManager.Locator("#leave-to").FillAsync(server.Day.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await caseManager.Locator("#leave-note").FillAsync("Annual leave");
            await caseManager.GetByRole(AriaRole.Button, new() { Name = "Record leave" }).ClickAsync();
            await caseManager.GetByRole(AriaRole.Status).Filter(new() { HasText = "Leave recorded" }).WaitForAsync();
            await SignOutAsync(caseManager);
        });

        // 3. The contact centre books again: the case manager is on leave, so the buddy is offered first.
        await WithScreenshotOnFailureAsync(csr, "book-with-buddy", async () =>
        {
            await SignInAsync(csr, "csr");
            await csr.GotoAsync($"/clients/{clientId}/book");
            var route = await csr.Locator("#route").InnerTextAsync();
            Assert.Contains($"{caseManagerName} is on leave", route, StringComparison.Ordinal);
            Assert.Contains($"book with their buddy {buddyName}", route, StringComparison.Ordinal);
            Assert.Equal(0, await csr.Locator("#book-casemanager").CountAsync());
            // A later slot than the first booking, so the client is not double-booked.
            await csr.Locator("#book-buddy input[name=slotId]").Nth(4).CheckAsync();
            await csr.Locator("#book-form").GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
            await csr.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Booked with {buddyName}" }).WaitForAsync();
            Assert.Contains("buddy", await csr.Locator("#appointment").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
            await SignOutAsync(csr);
        });

        // 4. After the first appointment's time the case manager results it from My day.
        server.Clock.SetUtcNow(Tautoko.Core.Appointments.NzLocalTime.ToUtc(server.Day, new TimeOnly(17, 30)));
        await WithScreenshotOnFailureAsync(caseManager, "result", async () =>
        {
            await SignInAsync(caseManager, account);
            await caseManager.GotoAsync("/appointments/my-day");
            var row = caseManager.Locator("#unresulted tbody tr").Filter(new() { Has = caseManager.Locator($"a[href='{firstAppointment}']") });
            await row.GetByRole(AriaRole.Link, new() { Name = "Result" }).ClickAsync();
            await caseManager.GetByLabel("Attended").CheckAsync();
            await caseManager.GetByLabel("Identity verified and evidence saved").CheckAsync();
            await caseManager.Locator("#result-note").FillAsync("Met the client; talked about their CV and work goals.");
            await caseManager.GetByRole(AriaRole.Button, new() { Name = "Save result" }).ClickAsync();
            await caseManager.GetByRole(AriaRole.Status).Filter(new() { HasText = "Resulted: Attended" }).WaitForAsync();
            Assert.Equal("Attended", (await caseManager.Locator("#status").InnerTextAsync()).Trim());
            Assert.Equal(0, await caseManager.Locator("#result-form").CountAsync());
        });
    }

    /// <summary>A demo case manager at Masterton who, like their buddy, is at work on the test's day.</summary>
    private async Task<(string Account, string Name, string BuddyName)> ChooseCaseManagerAsync()
    {
        using var api = await server.ApiAsAsync("manager");
        foreach (var account in CaseManagerAccounts)
        {
            using var mine = await server.ApiAsAsync(account);
            var staffId = (await mine.GetFromJsonAsync<JsonNode>("/api/appointments/my-day"))!["staffId"]!.GetValue<Guid>();
            var staff = (await api.GetFromJsonAsync<JsonNode>($"/api/staff/{staffId}"))!;
            if (staff["site"]!.GetValue<string>() != "Masterton" || staff["buddy"] is null || Away(staff))
            {
                continue;
            }

            var buddy = (await api.GetFromJsonAsync<JsonNode>($"/api/staff/{staff["buddy"]!["id"]!.GetValue<Guid>()}"))!;
            var freeSlots = (await api.GetFromJsonAsync<JsonArray>($"/api/staff/{buddy["id"]!.GetValue<Guid>()}/slots?free=true"))!;
            if (!Away(buddy) && freeSlots.Count > 5)
            {
                return (account, staff["name"]!.GetValue<string>(), buddy["name"]!.GetValue<string>());
            }
        }

        throw new InvalidOperationException("No demo case manager at Masterton is at work with a buddy at work on the test day.");
    }

    private bool Away(JsonNode staff) => staff["currentAndUpcomingLeave"]!.AsArray().Any(l =>
        DateOnly.Parse(l!["from"]!.GetValue<string>(), CultureInfo.InvariantCulture) <= server.Day.AddDays(14) &&
        DateOnly.Parse(l["to"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= server.Day);

    private async Task<Guid> NewClientOfAsync(string account)
    {
        using var api = await server.ApiAsAsync(account);
        var sites = (await api.GetFromJsonAsync<JsonNode>("/api/sites?name=Masterton"))!;
        var site = sites["items"]![0]!["id"]!.GetValue<Guid>();
        using var created = await api.PostAsJsonAsync("/api/clients", new
        {
            firstName = "Aroha",
            lastName = "Browser-Tēst",
            dateOfBirth = "1996-03-14",
            phone = "021 555 0199",
            email = "aroha@example.co.nz",
            preferredChannel = "phone",
            addressLine1 = "3 Chapel Street",
            city = "Masterton",
            postcode = "5810",
            homeSiteId = site,
            benefit = "jobseekerSupportWorkReady",
            benefitStartDate = "2026-06-01",
            obligation = "fullTime",
            flags = Array.Empty<string>(),
        });
        created.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        // A connector places the client on the case manager's caseload; that adds the ECM tag (issue 4).
        using var mine = await server.ApiAsAsync(account);
        var staffId = (await mine.GetFromJsonAsync<JsonNode>("/api/appointments/my-day"))!["staffId"]!.GetValue<Guid>();
        using var connector = await server.ApiAsAsync("connector");
        using var placed = await connector.PostAsJsonAsync($"/api/clients/{id}/placements", new { caseManagerId = staffId, reason = "Employment case management: placed for the browser test." });
        placed.EnsureSuccessStatusCode();
        return id;
    }
}
